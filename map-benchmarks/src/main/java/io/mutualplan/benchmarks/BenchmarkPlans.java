package io.mutualplan.benchmarks;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded plans for the benchmarks. Every id in a dependency is its own {@link MilestoneId} and
 * {@link String}, as in a plan read from JSON, so no benchmark gains from shared instances.
 */
final class BenchmarkPlans {
  /** The as-of date of every benchmark. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private BenchmarkPlans() {}

  /**
   * A random DAG: milestone {@code i} depends on {@code min(i, 3)} distinct earlier milestones
   * chosen uniformly (so about three dependencies per milestone), 70% finish-to-start, the rest
   * spread over the other three types, with lags from -3 to 5 on 40% of the links; durations 0
   * to 20 days; an outcome far enough out for the plan to be feasible.
   *
   * @param size milestones
   * @param seed the random seed
   * @param shuffled list the milestones in random order instead of dependency order
   * @return the plan
   */
  static MutualActionPlan randomDag(int size, long seed, boolean shuffled) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] position = new int[size];
    for (int i = 0; i < size; i++) {
      position[i] = i;
    }
    if (shuffled) {
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = position[i];
        position[i] = position[j];
        position[j] = swap;
      }
    }
    Milestone[] milestones = new Milestone[size];
    int[] chosen = new int[3];
    for (int i = 0; i < size; i++) {
      Milestone.Builder milestone = step(i, random.nextInt(0, 21));
      int count = Math.min(i, 3);
      for (int k = 0; k < count; k++) {
        int predecessor;
        do {
          predecessor = random.nextInt(i);
        } while (contains(chosen, k, predecessor));
        chosen[k] = predecessor;
        milestone.addDependsOn(Dependency.builder()
            .milestone(MilestoneId.of("m" + predecessor))
            .type(type(random))
            .lagDays(random.nextInt(10) < 6 ? 0 : random.nextInt(-3, 6))
            .build());
      }
      milestones[position[i]] = milestone.build();
    }
    return plan("random-dag-" + size, Arrays.asList(milestones), Optional.of(AS_OF.plusYears(30)));
  }

  /**
   * A chain m0 -> m1 -> ... of 5-day steps, listed in order, without an outcome (a million steps
   * take longer than the plan format's dates reach).
   *
   * @param size milestones
   * @return the plan
   */
  static MutualActionPlan chain(int size) {
    Milestone[] milestones = new Milestone[size];
    for (int i = 0; i < size; i++) {
      Milestone.Builder milestone = step(i, 5);
      if (i > 0) {
        milestone.addDependsOn(Dependency.on(MilestoneId.of("m" + (i - 1))));
      }
      milestones[i] = milestone.build();
    }
    return plan("chain-" + size, Arrays.asList(milestones), Optional.empty());
  }

  /**
   * The seven milestones of the Acme example (examples/acme-go-live.json) with their statuses,
   * durations and dependencies: a typical plan.
   *
   * @return the plan
   */
  static MutualActionPlan sevenSteps() {
    return MutualActionPlan.builder()
        .id(PlanId.of("acme-2027"))
        .title("Acme x Globex")
        .buyer(Organization.of("Acme Corp"))
        .seller(Organization.of("Globex"))
        .outcome(Outcome.builder().date(LocalDate.of(2027, 3, 1)).leadTimeDays(21).build())
        .addMilestones(
            step("champion-alignment", 1).status(MilestoneStatus.COMPLETE)
                .completed(LocalDate.of(2026, 11, 20)).build(),
            step("security-docs", 3).status(MilestoneStatus.IN_PROGRESS)
                .started(LocalDate.of(2026, 11, 21))
                .addDependsOn(Dependency.on("champion-alignment")).build(),
            step("security-review", 15).addDependsOn(Dependency.on("security-docs")).build(),
            step("business-case", 10).addDependsOn(Dependency.on("champion-alignment")).build(),
            step("legal", 28).addDependsOn(Dependency.on("security-review")).build(),
            step("procurement", 10)
                .addDependsOn(Dependency.on("legal"), Dependency.on("business-case")).build(),
            step("signature", 0).addDependsOn(Dependency.on("procurement")).build())
        .build();
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }

  private static DependencyType type(SplittableRandom random) {
    int roll = random.nextInt(10);
    if (roll < 7) {
      return DependencyType.FINISH_TO_START;
    }
    return roll == 7 ? DependencyType.START_TO_START
        : roll == 8 ? DependencyType.FINISH_TO_FINISH : DependencyType.START_TO_FINISH;
  }

  private static Milestone.Builder step(int i, int days) {
    return step("m" + i, days);
  }

  private static Milestone.Builder step(String id, int days) {
    return Milestone.builder().id(MilestoneId.of(id)).title("Step " + id).durationDays(days);
  }

  private static MutualActionPlan plan(
      String id, Iterable<Milestone> milestones, Optional<LocalDate> outcome) {
    return MutualActionPlan.builder()
        .id(PlanId.of(id))
        .title("Benchmark " + id)
        .buyer(Organization.of("Buyer"))
        .seller(Organization.of("Seller"))
        .outcome(outcome.map(date -> Outcome.builder().date(date).build()))
        .addAllMilestones(milestones)
        .build();
  }
}

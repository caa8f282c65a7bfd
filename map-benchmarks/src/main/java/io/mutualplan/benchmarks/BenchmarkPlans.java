package io.mutualplan.benchmarks;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.testkit.CalendarStyle;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.GraphShape;
import io.mutualplan.testkit.PlanGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmarks' plans, all from map-testkit: seeded generators (a fixed seed per size, so every
 * run, fork and machine measures the same plans) and the Acme example. The plans carry everything
 * a generated plan has (owners, due dates, estimates, statuses with completion dates, every
 * dependency type, leads and lags), but on the every-day calendar, the one the JGraphT baseline
 * computes on, so that both sides of a comparison do the same arithmetic on the same input.
 *
 * <p>The generators give a dependency the very {@link MilestoneId} object of the milestone it
 * names; a plan read from JSON has a separate id, and a separate string, in every place. The
 * scheduling benchmarks' plans get ids of their own in every place too ({@link
 * #withIdsAsIfRead(MutualActionPlan)}), so that no benchmark gains from shared instances (an id
 * lookup that ends at the first reference comparison instead of reading the strings).
 */
final class BenchmarkPlans {
  /** The as-of date of every benchmark; the generated dates cluster around it. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  /** The seed of every generated plan, plus its size. */
  static final long SEED = 20261122L;

  /** Dependencies per milestone in the random DAGs. */
  static final int DEPENDENCIES_PER_MILESTONE = 3;

  private BenchmarkPlans() {}

  /**
   * A random DAG of {@code milestones} milestones and about three times as many dependencies:
   * {@link PlanGenerators#largePlans(int, long)}, on the every-day calendar, dated around {@link
   * #AS_OF}.
   *
   * @param milestones milestones
   * @param shuffled list the milestones in random order (the generator's default) instead of
   *     dependency order
   * @return the plan, the same for the same arguments
   */
  static MutualActionPlan randomDag(int milestones, boolean shuffled) {
    return withIdsAsIfRead(PlanGenerators.largePlans(milestones, (long) DEPENDENCIES_PER_MILESTONE * milestones)
        .calendar(CalendarStyle.EVERY_DAY)
        .anchor(AS_OF)
        .shuffled(shuffled)
        .plan(new SplittableRandom(SEED + milestones)));
  }

  /**
   * A large plan exactly as map-testkit makes it for benchmarks: {@link
   * PlanGenerators#largePlans(int, long)} with three dependencies per milestone, listed in random
   * order, on a weekday calendar with holidays, dated around {@link #AS_OF}. The command-line
   * benchmarks read it from a file, as a user's plan would be.
   *
   * @param milestones milestones
   * @return the plan, the same for the same size
   */
  static MutualActionPlan largePlan(int milestones) {
    return PlanGenerators.largePlans(milestones, (long) DEPENDENCIES_PER_MILESTONE * milestones)
        .anchor(AS_OF)
        .plan(new SplittableRandom(SEED + milestones));
  }

  /**
   * A random DAG like {@link #randomDag(int, boolean)}, listed in random order, in which every
   * milestone has a three-point estimate ({@code ValidPlanGenerator.estimates(1.0)}): what a
   * forecast draws from. A fifth of the milestones are complete, as in every generated plan.
   *
   * @param milestones milestones
   * @return the plan, the same for the same size
   */
  static MutualActionPlan estimatedDag(int milestones) {
    long dependencies = (long) DEPENDENCIES_PER_MILESTONE * milestones;
    return withIdsAsIfRead(PlanGenerators.largePlans(milestones, dependencies)
        .calendar(CalendarStyle.EVERY_DAY)
        .anchor(AS_OF)
        .estimates(1.0)
        .plan(new SplittableRandom(SEED + milestones)));
  }

  /**
   * A chain: each milestone depends on the one before it ({@link GraphShape#CHAIN}), listed in
   * dependency order, the deepest graph a plan can have. Generated like {@link #randomDag(int,
   * boolean)} otherwise.
   *
   * @param milestones milestones
   * @return the plan, the same for the same size
   */
  static MutualActionPlan chain(int milestones) {
    return withIdsAsIfRead(PlanGenerators.graph(GraphShape.CHAIN)
        .milestones(milestones, milestones)
        .calendar(CalendarStyle.EVERY_DAY)
        .anchor(AS_OF)
        .shuffled(false)
        .trickyText(0)
        .plan(new SplittableRandom(SEED + milestones)));
  }

  /**
   * A typical plan: the seven milestones of the Acme example ({@code examples/acme-go-live.json},
   * the testkit's fixture {@code acme-go-live}).
   *
   * @return the plan
   */
  static MutualActionPlan sevenSteps() {
    return Fixtures.plan("acme-go-live");
  }

  /**
   * The same plan with a separate {@link MilestoneId} and string for every milestone's id and
   * every dependency's, as {@code MapJson} would read it (a JSON round trip does the same but
   * takes about five times as long at a million milestones).
   *
   * @param plan the plan
   * @return an equal plan that shares no milestone id instance
   */
  static MutualActionPlan withIdsAsIfRead(MutualActionPlan plan) {
    List<Milestone> milestones = new ArrayList<>(plan.milestones().size());
    for (Milestone milestone : plan.milestones()) {
      List<Dependency> dependencies = new ArrayList<>(milestone.dependsOn().size());
      for (Dependency dependency : milestone.dependsOn()) {
        dependencies.add(Dependency.builder()
            .from(dependency)
            .milestone(separateCopy(dependency.milestone()))
            .build());
      }
      milestones.add(milestone.withId(separateCopy(milestone.id())).withDependsOn(dependencies));
    }
    return plan.withMilestones(milestones);
  }

  private static MilestoneId separateCopy(MilestoneId id) {
    // new String(String) would share the characters; a reader's strings have their own.
    return MilestoneId.of(String.valueOf(id.value().toCharArray()));
  }
}

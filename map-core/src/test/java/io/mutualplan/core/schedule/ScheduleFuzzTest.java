package io.mutualplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.FuzzedPlan;
import io.mutualplan.core.fixtures.ReferenceCpm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the scheduler with valid plans built from the fuzzer's data ({@link FuzzedPlan}): odd
 * calendars, leads and lags up to the format's limit, dates near 0001-01-01 and 9999-12-31, every
 * status, cycles now and then.
 *
 * <p>Invariant, for every plan and as-of date the data gives: when the naive {@link ReferenceCpm}
 * finds no topological order, {@code Scheduler.schedule} throws {@link CyclicDependencyException}
 * naming a real cycle; when the reference's schedule has a date outside 0001-01-01 to 9999-12-31,
 * it throws {@link DateOutOfRangeException}; otherwise it returns exactly the reference's schedule.
 * {@code Scheduler.deriveDueDates} throws only what its Javadoc declares, in the same cases, and
 * otherwise sets the due dates it promises to the reference's late finish dates and changes
 * nothing else. Under {@code ./mvnw verify} this replays the committed seed corpus in {@code
 * src/test/resources/io/mutualplan/core/schedule/ScheduleFuzzTestInputs}; docs/fuzzing.md tells how
 * to fuzz for longer.
 */
class ScheduleFuzzTest {

  @FuzzTest
  void aGeneratedPlanIsScheduledAndBuiltBackwardsAsTheReferenceDoes(FuzzedDataProvider data) {
    Optional<FuzzedPlan> fuzzed = FuzzedPlan.from(data);
    if (fuzzed.isEmpty()) {
      return; // the rare plan the data made invalid: nothing to schedule
    }
    MutualActionPlan plan = fuzzed.get().plan();
    LocalDate asOf = fuzzed.get().asOf();
    boolean overwrite = data.consumeBoolean();

    Optional<int[]> order = ReferenceCpm.topologicalOrder(plan);
    if (order.isEmpty()) {
      assertThatThrownBy(() -> Scheduler.schedule(plan, asOf))
          .isInstanceOfSatisfying(CyclicDependencyException.class,
              e -> assertIsACycle(plan, e.cycle()));
      assertThat(Scheduler.findCycle(plan)).as("the cycle found").isPresent();
      assertDeriveRefuses(plan, asOf, overwrite, CyclicDependencyException.class);
      return;
    }
    assertThat(Scheduler.findCycle(plan)).as("a cycle in a plan the reference orders").isEmpty();

    Schedule reference =
        ReferenceCpm.schedule(plan, asOf, order.get(), WorkCalendar.of(plan));
    if (!ReferenceCpm.inRange(reference)) {
      assertThatThrownBy(() -> Scheduler.schedule(plan, asOf))
          .as("the reference's schedule %s", reference)
          .isInstanceOf(DateOutOfRangeException.class);
      assertDeriveRefuses(plan, asOf, overwrite, DateOutOfRangeException.class);
      return;
    }
    Schedule schedule = Scheduler.schedule(plan, asOf);
    assertThat(schedule).as("the schedule of %s as of %s", plan, asOf).isEqualTo(reference);

    if (plan.outcome().isEmpty()) {
      assertDeriveRefuses(plan, asOf, overwrite, InvalidPlanException.class);
      return;
    }
    List<Milestone> expected = new ArrayList<>();
    for (int i = 0; i < plan.milestones().size(); i++) {
      Milestone milestone = plan.milestones().get(i);
      boolean derived = !milestone.isComplete() && (overwrite || milestone.due().isEmpty());
      expected.add(derived ? milestone.withDue(reference.milestone(i).lateFinish()) : milestone);
    }
    assertThat(Scheduler.deriveDueDates(plan, asOf, overwrite))
        .as("the plan built backwards, overwriting: %s", overwrite)
        .isEqualTo(plan.withMilestones(expected));
  }

  /**
   * Checks that {@code deriveDueDates} refuses the plan the documented way: at {@code /outcome}
   * without an outcome (checked first), else with {@code expected}.
   */
  private static void assertDeriveRefuses(
      MutualActionPlan plan, LocalDate asOf, boolean overwrite, Class<?> expected) {
    if (plan.outcome().isEmpty()) {
      assertThatThrownBy(() -> Scheduler.deriveDueDates(plan, asOf, overwrite))
          .isInstanceOfSatisfying(InvalidPlanException.class,
              e -> assertThat(e.problems()).allSatisfy(
                  problem -> assertThat(problem.pointer()).isEqualTo("/outcome")));
    } else {
      assertThatThrownBy(() -> Scheduler.deriveDueDates(plan, asOf, overwrite))
          .isInstanceOf(expected);
    }
  }

  /**
   * Checks that a reported cycle is one: it starts and ends at the same milestone, and each
   * milestone in it depends on the one before.
   */
  private static void assertIsACycle(MutualActionPlan plan, List<MilestoneId> cycle) {
    assertThat(cycle).as("the cycle").hasSizeGreaterThanOrEqualTo(2);
    assertThat(cycle.get(cycle.size() - 1)).as("the end of the cycle %s", cycle)
        .isEqualTo(cycle.get(0));
    for (int k = 1; k < cycle.size(); k++) {
      MilestoneId before = cycle.get(k - 1);
      Milestone after = plan.milestone(cycle.get(k)).orElseThrow();
      assertThat(after.dependsOn()).as("%s depends on %s in the cycle %s", after.id(), before, cycle)
          .anySatisfy(dependency -> assertThat(dependency.milestone()).isEqualTo(before));
    }
  }
}

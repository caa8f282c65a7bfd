package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.RuleEngine;
import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A plan checked with the schedule its caller already has gives the report it gives when the
 * engine schedules it: {@code RuleEngine.evaluate(plan, schedule)} is the same check, minus the
 * second schedule.
 */
class ScheduledEvaluationPropertyTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().profile(Profile.AUTO).build();
  private static final MapJson JSON = MapJson.standard();

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 12).optionalFields(0.8);
  }

  /** The plan's schedule, or none for a cycle or a date out of range. */
  private static Optional<Schedule> schedule(MutualActionPlan plan, LocalDate asOf) {
    try {
      return Optional.of(Scheduler.schedule(plan, asOf));
    } catch (CyclicDependencyException | DateOutOfRangeException e) {
      return Optional.empty();
    }
  }

  /**
   * Invariant: for every plan that has a schedule as of a date, the report of {@code
   * evaluate(plan, schedule)} equals the report of {@code evaluate(plan, asOf)}, finding for
   * finding.
   */
  @PlanProperty(cases = 400, generator = "plans")
  void theReportIsTheSameWithTheCallersSchedule(MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(300));
    Optional<Schedule> schedule = schedule(plan, asOf);
    assumeThat(schedule).isPresent();
    assertThat(ENGINE.evaluate(plan, schedule.get())).isEqualTo(ENGINE.evaluate(plan, asOf));
  }

  /**
   * Invariant: the schedule read back from its document, which does not carry the working
   * calendar, gives the same report too: the engine takes the calendar from the plan.
   */
  @PlanProperty(cases = 400, generator = "plans")
  void theReportIsTheSameWithTheScheduleReadBack(MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(300));
    Optional<Schedule> schedule = schedule(plan, asOf);
    assumeThat(schedule).isPresent();
    Schedule readBack = JSON.schedules().read(JSON.schedules().write(schedule.get()));
    assertThat(ENGINE.evaluate(plan, readBack)).isEqualTo(ENGINE.evaluate(plan, asOf));
  }

  /** Invariant: a schedule of another plan is refused, whatever the plan. */
  @PlanProperty(cases = 50, generator = "plans")
  void aScheduleOfAnotherPlanIsRefused(MutualActionPlan plan) {
    LocalDate asOf = LocalDate.of(2027, 1, 4);
    Optional<Schedule> schedule = schedule(plan, asOf);
    assumeThat(schedule).isPresent();
    MutualActionPlan other = plan.withId(PlanId.of(plan.id().value() + "-other"));
    assertThatThrownBy(() -> ENGINE.evaluate(other, schedule.get()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the schedule is of plan '" + plan.id() + "', not of plan '" + other.id()
            + "'");
  }
}

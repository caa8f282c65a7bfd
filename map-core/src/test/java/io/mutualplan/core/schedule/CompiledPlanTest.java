package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.completed;
import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.inProgress;
import static io.mutualplan.core.schedule.TestPlans.link;
import static io.mutualplan.core.schedule.TestPlans.outcome;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled plan and its passes: a what-if without a new plan, the same figures as the
 * schedule, buffers reused from run to run, and clear errors for a wrong vector of durations.
 */
class CompiledPlanTest {
  private static final LocalDate AS_OF = ExamplePlans.AS_OF;
  private static final MilestoneId LEGAL = id("legal");

  /** The README's what-if: legal takes 30 working days instead of 28. */
  @Test
  void aWhatIfIsTheScheduleOfThePlanWithThatDuration() {
    MutualActionPlan plan = ExamplePlans.acme();
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);
    int[] durations = compiled.durations();
    durations[compiled.indexOf(LEGAL).orElseThrow()] = 30;

    Schedule whatIf = compiled.schedule(durations);

    Milestone legal = plan.milestone(LEGAL).orElseThrow().withDurationDays(30);
    MutualActionPlan rewritten = plan.withMilestones(replace(plan, legal));
    assertThat(whatIf).isEqualTo(Scheduler.schedule(rewritten, AS_OF));
    assertThat(whatIf.milestone(LEGAL).orElseThrow().durationDays()).isEqualTo(30);
    assertThat(compiled.schedule()).isEqualTo(Scheduler.schedule(plan, AS_OF));
  }

  @Test
  void thePassesReportTheSchedulesBoundaries() {
    MutualActionPlan plan = ExamplePlans.acme();
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);
    SchedulePasses passes = compiled.newPasses();
    passes.run(compiled.durations());
    Schedule schedule = compiled.schedule();
    WorkCalendar calendar = compiled.calendar();

    assertThat(calendar.day(passes.finish() - 1)).isEqualTo(schedule.projectedFinish().get());
    assertThat(calendar.day(passes.deadline() - 1)).isEqualTo(schedule.deadline().get());
    assertThat(passes.slackDays()).isEqualTo(schedule.slackDays());
    assertThat(passes.feasible()).isEqualTo(schedule.feasible());
    for (int i = 0; i < compiled.size(); i++) {
      MilestoneSchedule line = schedule.milestone(i);
      String what = line.id().value();
      assertThat(compiled.complete(i)).as(what).isEqualTo(line.complete());
      assertThat(passes.critical(i)).as(what).isEqualTo(line.critical());
      assertThat(calendar.day(passes.earlyFinish(i) - 1)).as(what).isEqualTo(line.earlyFinish());
      assertThat(calendar.day(passes.lateFinish(i) - 1)).as(what).isEqualTo(line.lateFinish());
      assertThat(passes.totalFloat(i)).as(what).isEqualTo(line.totalFloat().orElse(0));
      if (line.durationDays() > 0) {
        assertThat(calendar.day(passes.earlyStart(i))).as(what).isEqualTo(line.earlyStart());
        assertThat(calendar.day(passes.lateStart(i))).as(what).isEqualTo(line.lateStart());
      }
    }
  }

  @Test
  void aRunLeavesNothingBehindForTheNext() {
    CompiledPlan compiled = CompiledPlan.of(ExamplePlans.acme(), AS_OF);
    SchedulePasses passes = compiled.newPasses();
    int[] planned = compiled.durations();
    int[] longer = compiled.durations();
    for (int i = 0; i < longer.length; i++) {
      longer[i] += 17;
    }

    passes.run(planned);
    long[] first = snapshot(passes);
    passes.run(longer);
    long[] second = snapshot(passes);
    passes.run(planned);

    assertThat(snapshot(passes)).containsExactly(first);
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void changingTheDurationsAfterARunChangesNothing() {
    CompiledPlan compiled = CompiledPlan.of(ExamplePlans.acme(), AS_OF);
    SchedulePasses passes = compiled.newPasses();
    int[] durations = compiled.durations();
    passes.run(durations);
    long[] before = snapshot(passes);

    java.util.Arrays.fill(durations, 99);

    assertThat(snapshot(passes)).containsExactly(before);
    assertThat(compiled.durations()).isNotEqualTo(durations);
  }

  @Test
  void aCompletedMilestonesStartFollowsItsDurationOnlyWithoutAStartDate() {
    // "a" was done on 2026-11-20 with no start recorded; "b" started on 2026-11-01.
    MutualActionPlan plan = plan(completed(step("a", 4), "2026-11-20"),
        completed(step("b", 4), "2026-11-20").withStarted(date("2026-11-01")),
        step("c", 2, link("a", DependencyType.START_TO_START, 0)));
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);
    SchedulePasses passes = compiled.newPasses();
    int[] durations = compiled.durations();
    durations[0] = 10;
    durations[1] = 10;

    passes.run(durations);

    WorkCalendar calendar = compiled.calendar();
    assertThat(calendar.day(passes.earlyStart(0))).isEqualTo(date("2026-11-11"));
    assertThat(calendar.day(passes.earlyStart(1))).isEqualTo(date("2026-11-01"));
    assertThat(passes.lateStart(0)).isEqualTo(passes.earlyStart(0));
    assertThat(passes.totalFloat(0)).isZero();
    assertThat(passes.critical(0)).isFalse();
  }

  @Test
  void exposesTheGraphInATopologicalOrder() {
    // Listed against the flow of work: the order puts each milestone after its predecessors.
    MutualActionPlan plan = plan(step("c", 1, "b"), step("b", 1, "a"), step("a", 1));
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);

    int[] order = compiled.topologicalOrder();
    order[0] = 99;

    assertThat(compiled.topologicalOrder()).containsExactly(2, 1, 0);
    assertThat(compiled.links()).isSameAs(plan.dependencyLinks());
    assertThat(compiled.size()).isEqualTo(3);
    assertThat(compiled.plan()).isSameAs(plan);
    assertThat(compiled.asOf()).isEqualTo(AS_OF);
    assertThat(compiled.indexOf(id("a"))).hasValue(2);
    assertThat(compiled.durationDays(0)).isEqualTo(1);
    assertThat(compiled.workLeft()).isTrue();
  }

  @Test
  void aCycleCannotBeCompiled() {
    MutualActionPlan plan = plan(step("a", 1, "b"), step("b", 1, "a"));

    assertThatThrownBy(() -> CompiledPlan.of(plan, AS_OF))
        .isInstanceOf(CyclicDependencyException.class)
        .hasMessage("dependency cycle: a -> b -> a");
  }

  @Test
  void refusesAVectorOfTheWrongLengthOrAnOutOfRangeDuration() {
    CompiledPlan compiled = CompiledPlan.of(ExamplePlans.acme(), AS_OF);
    SchedulePasses passes = compiled.newPasses();
    int[] negative = compiled.durations();
    negative[4] = -1;
    int[] tooLong = compiled.durations();
    tooLong[2] = PlanLimits.MAX_DAYS + 1;

    assertThatThrownBy(() -> passes.run(new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plan has 7 milestones; got 3 durations");
    assertThatThrownBy(() -> passes.run(negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the duration of milestone 'legal' (position 4) is -1 working days; it must"
            + " be between 0 and 10000");
    assertThatThrownBy(() -> compiled.schedule(tooLong))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> passes.finish())
        .as("a failed run leaves no results").isInstanceOf(IllegalStateException.class);
  }

  @Test
  void hasNoResultsBeforeItsFirstRun() {
    SchedulePasses passes = CompiledPlan.of(ExamplePlans.acme(), AS_OF).newPasses();

    assertThatThrownBy(() -> passes.earlyFinish(0)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the passes have not run yet; call run(durations) first");
    assertThatThrownBy(passes::slackDays).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> passes.earlyStart(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> passes.lateStart(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> passes.lateFinish(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> passes.critical(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(passes::deadline).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(passes::finish).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(passes::feasible).isInstanceOf(IllegalStateException.class);
  }

  /** A plan that meets its deadline with no day to spare is feasible; one day more is not. */
  @Test
  void isFeasibleWithNoSlackLeftAndNotOneDayPastIt() {
    // Every day works: 'a' must finish by 2027-01-09, the day before the outcome.
    MutualActionPlan plan = plan(outcome("2027-01-10", 0), step("a", 5));
    SchedulePasses passes = CompiledPlan.of(plan, date("2027-01-01")).newPasses();

    passes.run(new int[] {9});
    assertThat(passes.slackDays()).isZero();
    assertThat(passes.feasible()).isTrue();

    passes.run(new int[] {10});
    assertThat(passes.slackDays()).isEqualTo(-1);
    assertThat(passes.feasible()).isFalse();
  }

  /** Passes made from one compiled plan, e.g. one per thread, never see each other's runs. */
  @Test
  void passesOfOneCompiledPlanKeepTheirOwnResults() {
    CompiledPlan compiled = CompiledPlan.of(ExamplePlans.acme(), AS_OF);
    int[] longer = compiled.durations();
    longer[compiled.indexOf(LEGAL).orElseThrow()] += 30;
    SchedulePasses planned = compiled.newPasses();
    planned.run(compiled.durations());
    long[] before = snapshot(planned);

    compiled.newPasses().run(longer);

    assertThat(snapshot(planned)).containsExactly(before);
  }

  /**
   * A schedule is a value: scheduling the same compiled plan again, with other durations that
   * make other milestones critical, changes nothing in the schedules made before or after.
   */
  @Test
  void schedulesOfOneCompiledPlanKeepTheirOwnDatesAndCriticalMilestones() {
    MutualActionPlan plan = plan(outcome("2027-03-01", 0), step("a", 5), step("b", 3));
    MutualActionPlan bLonger = plan(outcome("2027-03-01", 0), step("a", 5), step("b", 10));
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);

    Schedule first = compiled.schedule();
    Schedule whatIf = compiled.schedule(new int[] {5, 10});
    Schedule again = compiled.schedule();

    assertThat(first.criticalPath()).containsExactly(id("a"));
    assertThat(whatIf.criticalPath()).containsExactly(id("b"));
    assertThat(first).isEqualTo(Scheduler.schedule(plan, AS_OF));
    assertThat(whatIf).isEqualTo(Scheduler.schedule(bLonger, AS_OF));
    assertThat(again).isEqualTo(first);
  }

  @Test
  void withNothingLeftToDoThereIsNoFinishButTheDeadlineStands() {
    MutualActionPlan plan = plan(outcome("2027-03-01", 21), completed(step("a", 1), "2026-11-20"));
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);
    SchedulePasses passes = compiled.newPasses();
    passes.run(compiled.durations());

    assertThat(compiled.workLeft()).isFalse();
    assertThatThrownBy(passes::finish).isInstanceOf(IllegalStateException.class);
    assertThat(compiled.calendar().day(passes.deadline() - 1)).isEqualTo(date("2027-02-07"));
    assertThat(passes.slackDays()).isZero();
  }

  @Test
  void anInProgressStartIsAFactInEveryRun() {
    MutualActionPlan plan = plan(inProgress(step("a", 5), "2026-11-02"));
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);
    SchedulePasses passes = compiled.newPasses();

    passes.run(new int[] {30});

    assertThat(compiled.calendar().day(passes.earlyStart(0))).isEqualTo(date("2026-11-02"));
    assertThat(compiled.calendar().day(passes.finish() - 1)).isEqualTo(date("2026-12-01"));
  }

  private static long[] snapshot(SchedulePasses passes) {
    int size = passes.compiled().size();
    long[] figures = new long[4 * size + 2];
    for (int i = 0; i < size; i++) {
      figures[4 * i] = passes.earlyStart(i);
      figures[4 * i + 1] = passes.earlyFinish(i);
      figures[4 * i + 2] = passes.lateFinish(i);
      figures[4 * i + 3] = passes.critical(i) ? 1 : 0;
    }
    figures[4 * size] = passes.finish();
    figures[4 * size + 1] = passes.slackDays();
    return figures;
  }

  private static List<Milestone> replace(MutualActionPlan plan, Milestone milestone) {
    List<Milestone> milestones = new ArrayList<>(plan.milestones());
    milestones.set(plan.indexOf(milestone.id()).orElseThrow(), milestone);
    return milestones;
  }
}

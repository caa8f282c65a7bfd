package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ReferenceCpm;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.core.schedule.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Properties of the scheduler (scheduling.md) over generated plans. Each states its invariant;
 * a failure reports the seed and the shrunk plan.
 *
 * <p>Boundaries are recovered from a schedule's reported dates as the spec defines them: a
 * finish date {@code f} is boundary {@code idx(f) + 1}; an incomplete milestone's start is its
 * finish less its duration, except an in-progress one with a start date, whose start is fixed at
 * {@code idx(started)}.
 */
class SchedulerPropertiesTest {

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 15);
  }

  /** Plans whose links all bound a finish (finish-to-start, finish-to-finish) with no lead. */
  static PlanGenerator finishLinksWithoutLeads() {
    return PlanGenerators.validPlans().milestones(0, 15)
        .dependencyTypes(DependencyType.FINISH_TO_START, DependencyType.FINISH_TO_FINISH)
        .lagDays(0, 10);
  }

  /** Plans whose calendar makes every day a working day, with or without a calendar field. */
  static PlanGenerator everyDayCalendars() {
    return PlanGenerators.validPlans().milestones(0, 15).calendar(CalendarStyle.EVERY_DAY)
        .map(plan -> plan.id().value().hashCode() % 2 == 0
            ? plan
            : plan.withCalendar(CalendarSettings.builder()
                .addWorkingDays(DayOfWeek.values()).build()));
  }

  /** Plans with a few dependencies added in random directions: most have a cycle. */
  static PlanGenerator plansWithExtraLinks() {
    PlanGenerator base = PlanGenerators.validPlans().milestones(1, 12);
    return random -> Graphs.withExtraLinks(base.plan(random), random);
  }

  /** The as-of date: around the generator's anchor, before or after it. */
  private static LocalDate asOf(RandomGenerator random) {
    return ValidPlanGenerator.DEFAULT_ANCHOR.plusDays(random.nextInt(-30, 91));
  }

  /** A topological order of a generated plan, which has no cycle, for {@link ReferenceCpm}. */
  private static int[] topologicalOrder(MutualActionPlan plan) {
    return ReferenceCpm.topologicalOrder(plan).orElseThrow(
        () -> new IllegalArgumentException("the reference schedules acyclic plans only"));
  }

  /** Whether a milestone is in progress with a start date, which fixes its start. */
  private static boolean startedInProgress(Milestone m) {
    return m.status() == MilestoneStatus.IN_PROGRESS && m.started().isPresent();
  }

  /**
   * Invariant: the schedule equals scheduling.md transcribed line by line ({@link ReferenceCpm},
   * from map-core's test-jar), in every date, float, critical flag, the deadline, slack,
   * feasibility, projected finish and critical path, on every calendar.
   */
  @PlanProperty(cases = 600, generator = "plans")
  void theScheduleIsTheOneTheSpecGives(MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    assertThat(Scheduler.schedule(plan, asOf)).isEqualTo(ReferenceCpm.schedule(
        plan, asOf, topologicalOrder(plan), WorkCalendar.of(plan)));
  }

  /**
   * Invariant: on a calendar where every day is a working day, the scheduler gives the same
   * boundaries as plain integer CPM with {@code idx(d)} the day's number and {@code day(i)} its
   * inverse.
   */
  @PlanProperty(cases = 400, generator = "everyDayCalendars")
  void everyDayCalendarsGivePlainIntegerCpm(MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    Schedule expected = ReferenceCpm.scheduleEveryDay(plan, asOf, topologicalOrder(plan));
    assertThat(Scheduler.schedule(plan, asOf)).isEqualTo(expected);
  }

  /**
   * Whether every incomplete milestone's total float is at least the plan's slack, as the spec
   * defines slack. Not so in one case: without an outcome the spec sets the slack to 0, while an
   * in-progress milestone whose fixed start is behind its predecessors has a negative total float.
   */
  private static boolean slackBoundsEveryFloat(MutualActionPlan plan) {
    return plan.outcome().isPresent()
        || plan.milestones().stream().noneMatch(SchedulerPropertiesTest::startedInProgress);
  }

  /**
   * Invariant: when the plan is feasible (slack {@code >= 0}), every incomplete milestone has
   * {@code earlyStart <= lateStart} and {@code earlyFinish <= lateFinish} -- except, without an
   * outcome, when an in-progress milestone has started ahead of its predecessors (see
   * {@link #withoutAnOutcomeTheSlackIsZeroAndFloatsAreNotNegative}).
   */
  @PlanProperty(cases = 600, generator = "plans")
  void earlyDatesAreNotAfterLateDatesWhenFeasible(MutualActionPlan plan, RandomGenerator random) {
    Schedule schedule = Scheduler.schedule(plan, asOf(random));
    if (schedule.slackDays() < 0 || !slackBoundsEveryFloat(plan)) {
      return;
    }
    for (MilestoneSchedule line : schedule.milestones()) {
      if (!line.complete()) {
        assertThat(line.earlyStart()).as(line.id().value()).isBeforeOrEqualTo(line.lateStart());
        assertThat(line.earlyFinish()).as(line.id().value()).isBeforeOrEqualTo(line.lateFinish());
      }
    }
  }

  /**
   * Invariant: an incomplete milestone's total float is {@code LF - EF} in working days, {@code
   * idx(lateFinish) - idx(earlyFinish)}; a complete milestone has none and is never critical.
   */
  @PlanProperty(cases = 600, generator = "plans")
  void totalFloatIsLateFinishLessEarlyFinishInWorkingDays(
      MutualActionPlan plan, RandomGenerator random) {
    Schedule schedule = Scheduler.schedule(plan, asOf(random));
    WorkCalendar calendar = WorkCalendar.of(plan);
    for (MilestoneSchedule line : schedule.milestones()) {
      if (line.complete()) {
        assertThat(line.totalFloat()).isEmpty();
        assertThat(line.freeFloat()).isEmpty();
        assertThat(line.critical()).isFalse();
      } else {
        assertThat(line.totalFloat()).hasValue(
            calendar.idx(line.lateFinish()) - calendar.idx(line.earlyFinish()));
      }
    }
  }

  /**
   * Invariant: every dependency's bound holds on the early dates (for an incomplete successor;
   * an in-progress successor with a start date has a fixed start, so only its finish bounds
   * apply) and on the late dates (between incomplete milestones).
   */
  @PlanProperty(cases = 600, generator = "plans")
  void everyDependencyHoldsOnEarlyAndOnLateDates(MutualActionPlan plan, RandomGenerator random) {
    Schedule schedule = Scheduler.schedule(plan, asOf(random));
    Boundaries b = new Boundaries(plan, schedule);
    for (int s = 0; s < plan.milestones().size(); s++) {
      Milestone successor = plan.milestones().get(s);
      if (successor.isComplete()) {
        continue;
      }
      for (Dependency dependency : successor.dependsOn()) {
        int p = plan.indexOf(dependency.milestone()).getAsInt();
        long lag = dependency.lagDays();
        String link = dependency.milestone() + " -> " + successor.id() + " " + dependency.type()
            + " " + lag;
        boolean fixedStart = startedInProgress(successor);
        switch (dependency.type()) {
          case FINISH_TO_START:
            if (!fixedStart) {
              assertThat(b.es[s]).as(link).isGreaterThanOrEqualTo(b.ef[p] + lag);
            }
            break;
          case START_TO_START:
            if (!fixedStart) {
              assertThat(b.es[s]).as(link).isGreaterThanOrEqualTo(b.es[p] + lag);
            }
            break;
          case FINISH_TO_FINISH:
            assertThat(b.ef[s]).as(link).isGreaterThanOrEqualTo(b.ef[p] + lag);
            break;
          default:
            assertThat(b.ef[s]).as(link).isGreaterThanOrEqualTo(b.es[p] + lag);
        }
        if (plan.milestones().get(p).isComplete()) {
          continue;
        }
        switch (dependency.type()) {
          case FINISH_TO_START:
            assertThat(b.ls[s]).as(link).isGreaterThanOrEqualTo(b.lf[p] + lag);
            break;
          case START_TO_START:
            assertThat(b.ls[s]).as(link).isGreaterThanOrEqualTo(b.ls[p] + lag);
            break;
          case FINISH_TO_FINISH:
            assertThat(b.lf[s]).as(link).isGreaterThanOrEqualTo(b.lf[p] + lag);
            break;
          default:
            assertThat(b.lf[s]).as(link).isGreaterThanOrEqualTo(b.ls[p] + lag);
        }
      }
    }
  }

  /**
   * Invariant: free float is at most total float when the plan is feasible and every link bounds
   * a finish (finish-to-start or finish-to-finish) with a lag {@code >= 0} (and, without an
   * outcome, no in-progress milestone has started ahead of its predecessors).
   *
   * <p>Outside those conditions the spec's definitions allow free float above total float, and
   * the scheduler rightly reports it: a start-to-start link measures slack from the
   * predecessor's start, while total float is capped by the deadline on its finish; a lead lets a
   * successor start before the end of the plan's last day; an infeasible successor has late
   * dates before its early ones.
   */
  @PlanProperty(cases = 600, generator = "finishLinksWithoutLeads")
  void freeFloatIsAtMostTotalFloat(MutualActionPlan plan, RandomGenerator random) {
    Schedule schedule = Scheduler.schedule(plan, asOf(random));
    if (!schedule.feasible() || !slackBoundsEveryFloat(plan)) {
      return;
    }
    for (MilestoneSchedule line : schedule.milestones()) {
      if (!line.complete()) {
        assertThat(line.freeFloat().getAsLong()).as(line.id().value())
            .isLessThanOrEqualTo(line.totalFloat().getAsLong());
      }
    }
  }

  /**
   * Invariant: a milestone is critical exactly when it is incomplete and its total float is the
   * plan's slack; the critical path is a chain of critical milestones, each joined to the next
   * by a driving link (a dependency with no slack), that starts at a milestone no critical
   * predecessor drives.
   */
  @PlanProperty(cases = 600, generator = "plans")
  void theCriticalPathIsAChainOfCriticalMilestonesJoinedByDrivingLinks(
      MutualActionPlan plan, RandomGenerator random) {
    Schedule schedule = Scheduler.schedule(plan, asOf(random));
    for (MilestoneSchedule line : schedule.milestones()) {
      assertThat(line.critical()).as(line.id().value()).isEqualTo(
          !line.complete() && line.totalFloat().getAsLong() == schedule.slackDays());
    }
    Boundaries b = new Boundaries(plan, schedule);
    List<MilestoneId> path = schedule.criticalPath();
    boolean anythingLeft = schedule.milestones().stream().anyMatch(l -> !l.complete());
    assertThat(path.isEmpty()).isEqualTo(!anythingLeft || noneCritical(schedule));
    for (int k = 0; k < path.size(); k++) {
      assertThat(schedule.milestone(path.get(k)).orElseThrow().critical()).isTrue();
      if (k > 0) {
        assertThat(b.drivingLink(path.get(k - 1), path.get(k)))
            .as("%s drives %s", path.get(k - 1), path.get(k)).isTrue();
      }
    }
    if (!path.isEmpty()) {
      MilestoneId first = path.get(0);
      for (Dependency dependency : plan.milestone(first).orElseThrow().dependsOn()) {
        boolean criticalPredecessor =
            schedule.milestone(dependency.milestone()).orElseThrow().critical();
        assertThat(criticalPredecessor && b.drivingLink(dependency.milestone(), first))
            .as("%s drives the first milestone %s", dependency.milestone(), first).isFalse();
      }
    }
  }

  /**
   * Invariant: without an outcome there is no deadline, so the slack is 0 and the plan is
   * feasible; and unless an in-progress milestone has started ahead of its predecessors, no
   * total float is negative and, when anything is left to do, some milestone is critical.
   */
  @PlanProperty(cases = 400, generator = "plans")
  void withoutAnOutcomeTheSlackIsZeroAndFloatsAreNotNegative(
      MutualActionPlan plan, RandomGenerator random) {
    MutualActionPlan noOutcome = plan.withOutcome(Optional.empty());
    Schedule schedule = Scheduler.schedule(noOutcome, asOf(random));
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.deadline()).isEmpty();
    if (slackBoundsEveryFloat(noOutcome)) {
      for (MilestoneSchedule line : schedule.milestones()) {
        line.totalFloat().ifPresent(
            totalFloat -> assertThat(totalFloat).as(line.id().value()).isNotNegative());
      }
      boolean anythingLeft = schedule.milestones().stream().anyMatch(l -> !l.complete());
      assertThat(schedule.criticalPath().isEmpty()).isEqualTo(!anythingLeft);
    }
  }

  private static boolean noneCritical(Schedule schedule) {
    return schedule.milestones().stream().noneMatch(MilestoneSchedule::critical);
  }

  /**
   * Invariant: listing the milestones in another order changes no milestone's line, nor the
   * deadline, slack, feasibility or projected finish; only the critical path may differ, since
   * the spec breaks its ties by plan order.
   */
  @PlanProperty(cases = 500, generator = "plans")
  void reorderingMilestonesChangesNothingButTheCriticalPathsTieBreaks(
      MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    List<Milestone> shuffled = new ArrayList<>(plan.milestones());
    Collections.shuffle(shuffled, new Random(random.nextLong()));
    MutualActionPlan reordered = plan.withMilestones(shuffled);
    Schedule original = Scheduler.schedule(plan, asOf);
    Schedule other = Scheduler.schedule(reordered, asOf);
    for (MilestoneSchedule line : original.milestones()) {
      assertThat(other.milestone(line.id())).hasValue(line);
    }
    assertThat(other.deadline()).isEqualTo(original.deadline());
    assertThat(other.slackDays()).isEqualTo(original.slackDays());
    assertThat(other.feasible()).isEqualTo(original.feasible());
    assertThat(other.projectedFinish()).isEqualTo(original.projectedFinish());
    assertThat(other.criticalPath().isEmpty()).isEqualTo(original.criticalPath().isEmpty());
  }

  /**
   * Invariant: making one more day a holiday never makes any milestone's early finish, nor the
   * projected finish, earlier.
   */
  @PlanProperty(cases = 600, generator = "plans")
  void addingAHolidayNeverMakesAFinishEarlier(MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    LocalDate holiday = asOf.plusDays(random.nextInt(-60, 240));
    CalendarSettings calendar = plan.calendar().orElse(CalendarSettings.builder().build());
    if (calendar.holidays().contains(holiday)) {
      return;
    }
    List<LocalDate> holidays = new ArrayList<>(calendar.holidays());
    holidays.add(holiday);
    MutualActionPlan moreHolidays = plan.withCalendar(calendar.withHolidays(holidays));
    Schedule before = Scheduler.schedule(plan, asOf);
    Schedule after = Scheduler.schedule(moreHolidays, asOf);
    for (int i = 0; i < plan.milestones().size(); i++) {
      assertThat(after.milestone(i).earlyFinish()).as("%s with holiday %s",
          plan.milestones().get(i).id(), holiday)
          .isAfterOrEqualTo(before.milestone(i).earlyFinish());
    }
    before.projectedFinish().ifPresent(
        finish -> assertThat(after.projectedFinish().orElseThrow()).isAfterOrEqualTo(finish));
  }

  /**
   * Invariant: scheduling never throws for an acyclic plan, and for a plan with a cycle throws
   * {@link CyclicDependencyException} naming a real cycle: it ends where it starts, and each
   * milestone in it is followed by one that depends on it.
   */
  @PlanProperty(cases = 600, generator = "plansWithExtraLinks")
  void onlyACycleStopsTheSchedulerAndItIsNamedInOrder(
      MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    if (!Graphs.hasCycle(plan)) {
      assertThat(Scheduler.schedule(plan, asOf).milestones()).hasSameSizeAs(plan.milestones());
      assertThat(Scheduler.findCycle(plan)).isEmpty();
      return;
    }
    CyclicDependencyException error = catchThrowableOfType(CyclicDependencyException.class,
        () -> Scheduler.schedule(plan, asOf));
    List<MilestoneId> cycle = error.cycle();
    assertThat(cycle).hasSizeGreaterThanOrEqualTo(2);
    assertThat(cycle.get(cycle.size() - 1)).isEqualTo(cycle.get(0));
    for (int k = 1; k < cycle.size(); k++) {
      MilestoneId predecessor = cycle.get(k - 1);
      assertThat(plan.milestone(cycle.get(k)).orElseThrow().dependsOn())
          .as("%s depends on %s", cycle.get(k), predecessor)
          .anyMatch(dep -> dep.milestone().equals(predecessor));
    }
    assertThat(Scheduler.findCycle(plan)).isPresent();
  }

  /**
   * Invariant: deriving due dates sets every incomplete milestone's missing due date to its late
   * finish, and changes nothing else.
   */
  @PlanProperty(cases = 400, generator = "plans")
  void derivedDueDatesAreTheLateFinishes(MutualActionPlan plan, RandomGenerator random) {
    if (plan.outcome().isEmpty()) {
      return;
    }
    LocalDate asOf = asOf(random);
    Schedule schedule = Scheduler.schedule(plan, asOf);
    MutualActionPlan derived = Scheduler.deriveDueDates(plan, asOf);
    for (int i = 0; i < plan.milestones().size(); i++) {
      Milestone before = plan.milestones().get(i);
      Milestone after = derived.milestones().get(i);
      if (before.isComplete() || before.due().isPresent()) {
        assertThat(after).isEqualTo(before);
      } else {
        assertThat(after).isEqualTo(before.withDue(schedule.milestone(i).lateFinish()));
      }
    }
    assertThat(derived.withMilestones(plan.milestones())).isEqualTo(plan);
  }

  /** Boundaries recovered from a schedule's reported dates (see the class comment). */
  private static final class Boundaries {
    final MutualActionPlan plan;
    final long[] es;
    final long[] ef;
    final long[] ls;
    final long[] lf;

    Boundaries(MutualActionPlan plan, Schedule schedule) {
      this.plan = plan;
      WorkCalendar calendar = WorkCalendar.of(plan);
      int n = plan.milestones().size();
      es = new long[n];
      ef = new long[n];
      ls = new long[n];
      lf = new long[n];
      for (int i = 0; i < n; i++) {
        Milestone m = plan.milestones().get(i);
        MilestoneSchedule line = schedule.milestone(i);
        long d = m.scheduledDurationDays();
        if (m.isComplete()) {
          ef[i] = calendar.idx(m.completed().orElseThrow().plusDays(1));
          es[i] = m.started().map(calendar::idx).orElse(ef[i] - d);
          lf[i] = ef[i];
          ls[i] = es[i];
        } else {
          ef[i] = calendar.idx(line.earlyFinish()) + 1;
          es[i] = startedInProgress(m)
              ? calendar.idx(m.started().orElseThrow()) : ef[i] - d;
          lf[i] = calendar.idx(line.lateFinish()) + 1;
          ls[i] = lf[i] - d;
        }
      }
    }

    /** Whether the link from {@code p} to {@code s} exists and has no slack on early dates. */
    boolean drivingLink(MilestoneId predecessor, MilestoneId successor) {
      int p = plan.indexOf(predecessor).getAsInt();
      int s = plan.indexOf(successor).getAsInt();
      Optional<Dependency> link = plan.milestones().get(s).dependsOn().stream()
          .filter(dep -> dep.milestone().equals(predecessor)).findFirst();
      if (link.isEmpty()) {
        return false;
      }
      long lag = link.get().lagDays();
      switch (link.get().type()) {
        case FINISH_TO_START: return es[s] - (ef[p] + lag) == 0;
        case START_TO_START: return es[s] - (es[p] + lag) == 0;
        case FINISH_TO_FINISH: return ef[s] - (ef[p] + lag) == 0;
        default: return ef[s] - (es[p] + lag) == 0;
      }
    }
  }
}

package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.completed;
import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.link;
import static io.mutualplan.core.schedule.TestPlans.outcome;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.DependencyType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which milestones are critical, and which one chain is reported as the critical path. */
class CriticalPathTest {
  private static final LocalDate AS_OF = date("2026-01-10");

  /** Two equally long chains: the path is the one whose start comes first in the plan. */
  @Test
  void followsTheChainThatStartsFirstInPlanOrder() {
    Schedule schedule = Scheduler.schedule(
        plan(step("b1", 3), step("a1", 3), step("a2", 2, "a1"), step("b2", 2, "b1")), AS_OF);

    assertThat(schedule.milestones()).allMatch(MilestoneSchedule::critical);
    assertThat(schedule.criticalPath()).containsExactly(id("b1"), id("b2"));
  }

  /** The path starts at a milestone no critical predecessor drives, even if later in the plan. */
  @Test
  void startsAtACriticalMilestoneThatNoCriticalPredecessorDrives() {
    Schedule schedule =
        Scheduler.schedule(plan(step("second", 2, "first"), step("first", 3)), AS_OF);

    assertThat(schedule.criticalPath()).containsExactly(id("first"), id("second"));
  }

  /**
   * A critical milestone with two critical successors, one reached by a link with slack: the path
   * steps to the one the link drives, although the other comes first in the plan. p2 (3 days)
   * precedes s (5 days, also after p1 of 5 days) and q (7 days): everything finishes at 10, but
   * the link p2 -> s has 2 days of slack.
   */
  @Test
  void stepsOnlyAlongDrivingLinks() {
    Schedule schedule = Scheduler.schedule(
        plan(step("p2", 3), step("s", 5, "p1", "p2"), step("q", 7, "p2"), step("p1", 5)), AS_OF);

    assertThat(schedule.milestones()).allMatch(MilestoneSchedule::critical);
    assertThat(schedule.milestone(0).freeFloat()).hasValue(0);
    assertThat(schedule.criticalPath()).containsExactly(id("p2"), id("q"));
  }

  /** Of several driving successors, the path takes the first in plan order. */
  @Test
  void takesTheFirstDrivenSuccessorInPlanOrder() {
    Schedule schedule = Scheduler.schedule(
        plan(step("start", 2), step("late", 4, "start"), step("early", 4, "start")), AS_OF);

    assertThat(schedule.criticalPath()).containsExactly(id("start"), id("late"));
  }

  /** Completed milestones are never critical, and a link from one does not count as driving. */
  @Test
  void leavesCompletedMilestonesOffThePath() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-19", 0),
            completed(step("done", 2), "2026-01-09"), step("next", 9, "done"), step("side", 1)),
        AS_OF);

    assertThat(schedule.milestone(0).critical()).isFalse();
    assertThat(schedule.criticalPath()).containsExactly(id("next"));
    assertThat(schedule.slackDays()).isZero();
  }

  /**
   * Critical means total float equal to the plan's slack, not zero: with 4 days of slack, the
   * longest chain is critical at 4.
   */
  @Test
  void marksMilestonesWhoseFloatIsThePlansSlack() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-24", 0), step("long", 10), step("short", 3)), AS_OF);

    assertThat(schedule.slackDays()).isEqualTo(4);
    assertThat(schedule.milestone(0).critical()).isTrue();
    assertThat(schedule.milestone(1).critical()).isFalse();
    assertThat(schedule.criticalPath()).containsExactly(id("long"));
  }

  /**
   * Start-to-start and finish-to-finish links drive too: design starts 2 days after research
   * starts, review finishes 1 day after design finishes, and every link has no slack.
   */
  @Test
  void followsDrivingLinksOfEveryType() {
    Schedule schedule = Scheduler.schedule(
        plan(step("research", 4),
            step("design", 6, link("research", DependencyType.START_TO_START, 2)),
            step("review", 1, link("design", DependencyType.FINISH_TO_FINISH, 1))),
        AS_OF);

    assertThat(schedule.criticalPath()).isEqualTo(List.of(id("research"), id("design"),
        id("review")));
  }
}

package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.ScheduleLines.assertCompleted;
import static io.mutualplan.core.schedule.ScheduleLines.assertLine;
import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.fixtures.ExamplePlans;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example plans of {@code examples/}, scheduled and checked against numbers worked out by hand
 * from the scheduling rules (docs/scheduling.md). Every example but the seven-step template uses
 * the default calendar, so boundaries are calendar days; a boundary is written below as the date
 * it starts.
 */
class ExamplePlanScheduleTest {

  /**
   * Acme as of 2026-11-22. By hand: T = idx(2027-03-01) - 21 = start of 2027-02-08, so the deadline
   * is 2027-02-07. champion-alignment is done (EF = start of 11-21). security-docs is in progress
   * since 11-21: ES = 11-21, EF = max(11-21 + 3, t0 + 1 = 11-23) = 11-24. security-review: ES =
   * 11-24, EF = 12-09; business-case: ES = max(t0 = 11-22, 11-21) = 11-22, EF = 12-02; legal: ES =
   * 12-09, EF = 2027-01-06; procurement: ES = 01-06, EF = 01-16; signature (event): ES = EF =
   * 01-16. Backward from 02-08: signature LF 02-08; procurement LF 02-08, LS 01-29; legal LF 01-29,
   * LS 01-01; business-case LF 01-29, LS 01-19; security-review LF 01-01, LS 12-17; security-docs
   * LF 12-17, LS 12-14. Total float 23 along the chain, 58 for business-case.
   */
  @Test
  void schedulesAcmeAsWorkedOutByHand() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.acme(), date("2026-11-22"));

    assertThat(schedule.deadline()).contains(date("2027-02-07"));
    assertThat(schedule.projectedFinish()).contains(date("2027-01-15"));
    assertThat(schedule.slackDays()).isEqualTo(23);
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath())
        .containsExactly(id("security-docs"), id("security-review"), id("legal"),
            id("procurement"), id("signature"));
    assertCompleted(schedule, "champion-alignment", "2026-11-20", "2026-11-20");
    assertLine(schedule, "security-docs",
        "2026-11-21", "2026-11-23", "2026-12-14", "2026-12-16", 23, 0, true);
    assertLine(schedule, "security-review",
        "2026-11-24", "2026-12-08", "2026-12-17", "2026-12-31", 23, 0, true);
    assertLine(schedule, "business-case",
        "2026-11-22", "2026-12-01", "2027-01-19", "2027-01-28", 58, 35, false);
    assertLine(schedule, "legal",
        "2026-12-09", "2027-01-05", "2027-01-01", "2027-01-28", 23, 0, true);
    assertLine(schedule, "procurement",
        "2027-01-06", "2027-01-15", "2027-01-29", "2027-02-07", 23, 0, true);
    assertLine(schedule, "signature",
        "2027-01-15", "2027-01-15", "2027-02-07", "2027-02-07", 23, 23, true);
    assertThat(schedule.milestones()).extracting(MilestoneSchedule::id)
        .containsExactly(id("champion-alignment"), id("security-docs"), id("security-review"),
            id("business-case"), id("legal"), id("procurement"), id("signature"));
  }

  /** The spec's worked example: outcome 2027-03-01, lead time 21 calendar days. */
  @Test
  void putsTheDeadlineOfTheSpecsWorkedExampleOnTheSeventhOfFebruary() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.acme(), date("2026-10-01"));

    assertThat(schedule.deadline()).contains(date("2027-02-07"));
    assertThat(schedule.calendar().idx(date("2027-03-01")) - 21)
        .isEqualTo(schedule.calendar().idx(date("2027-02-08")));
  }

  /**
   * Seven-step template as of Sunday 2026-11-22, on its weekday calendar (holidays 12-24, 12-25,
   * 12-31, 01-01), so boundaries count working days and t0 = start of Monday 11-23. By hand:
   * security-docs is done (started 11-17, completed 11-18). security-review is in progress since
   * 11-19: ES = 11-19, EF = 11-19 + 10 = start of 12-03. reference-call: ES = t0 = 11-23, EF =
   * 11-24; proposal: 11-24 to start of 11-27. legal starts 5 working days after security-review
   * starts (start-to-start, lag 5): ES = 11-26, EF = 11-26 + 20 = start of 12-28 (12-24 and 12-25
   * are holidays). exec-sign-off: 12-28 to start of 01-04 (12-31 and 01-01 are holidays);
   * contract, an event, at start of 01-04, dated 12-30. T = idx(2027-02-08) - 15 = start of 01-18,
   * so the deadline is Friday 01-15. Backward: contract and exec-sign-off LF 01-18, exec LS 01-13;
   * legal and proposal LF 01-13; legal LS 12-10, proposal LS 01-08; reference-call LF 01-08;
   * security-review LF = LS(legal) - 5 + 10 = start of 12-17. Total float 10 along the
   * start-to-start chain, 29 for reference-call and proposal; proposal's free float is its link to
   * exec-sign-off: 12-28 - 11-27 = 19 working days.
   */
  @Test
  void schedulesTheSevenStepTemplateInWorkingDaysAsWorkedOutByHand() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.sevenStepTemplate(), date("2026-11-22"));

    assertThat(schedule.deadline()).contains(date("2027-01-15"));
    assertThat(schedule.projectedFinish()).contains(date("2026-12-30"));
    assertThat(schedule.slackDays()).isEqualTo(10);
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath())
        .containsExactly(id("security-review"), id("legal"), id("exec-sign-off"), id("contract"));
    assertCompleted(schedule, "security-docs", "2026-11-17", "2026-11-18");
    assertLine(schedule, "security-review",
        "2026-11-19", "2026-12-02", "2026-12-03", "2026-12-16", 10, 0, true);
    assertLine(schedule, "reference-call",
        "2026-11-23", "2026-11-23", "2027-01-07", "2027-01-07", 29, 0, false);
    assertLine(schedule, "proposal",
        "2026-11-24", "2026-11-26", "2027-01-08", "2027-01-12", 29, 19, false);
    assertLine(schedule, "legal",
        "2026-11-26", "2026-12-23", "2026-12-10", "2027-01-12", 10, 0, true);
    assertLine(schedule, "exec-sign-off",
        "2026-12-28", "2026-12-30", "2027-01-13", "2027-01-15", 10, 0, true);
    assertLine(schedule, "contract",
        "2026-12-30", "2026-12-30", "2027-01-15", "2027-01-15", 10, 10, true);
  }

  /**
   * Classic mistakes as of 2026-11-22: no outcome, so no deadline; T is the projected finish and
   * the plan's slack is 0. By hand: demo done 11-20 (EF = start of 11-21). evaluation: ES =
   * max(t0 = 11-22, 11-21) = 11-22, EF = 11-27. security has no duration: an event, which cannot
   * happen before the end of the as-of date (EF = t0 + 1 = 11-23), so it is dated 11-22. legal:
   * 11-23 + 30 = start of 12-23; procurement: max(12-23, 11-27) + 5 = 12-28; signature, an event,
   * at 12-28, dated 12-27; migration: 12-28 + 20 = start of 2027-01-17, so T = 01-17 and the
   * projected finish is 01-16. Backward from T everything but evaluation has no float; evaluation's
   * LF = LS(procurement) = 12-23, so its float is 12-23 - 11-27 = 26 days.
   */
  @Test
  void schedulesTheClassicMistakesWithoutAnOutcomeAsWorkedOutByHand() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.classicMistakes(), date("2026-11-22"));

    assertThat(schedule.deadline()).isEmpty();
    assertThat(schedule.projectedFinish()).contains(date("2027-01-16"));
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath()).containsExactly(id("security"), id("legal"),
        id("procurement"), id("signature"), id("migration"));
    assertCompleted(schedule, "demo", "2026-11-20", "2026-11-20");
    assertLine(schedule, "evaluation",
        "2026-11-22", "2026-11-26", "2026-12-18", "2026-12-22", 26, 26, false);
    assertLine(schedule, "security",
        "2026-11-22", "2026-11-22", "2026-11-22", "2026-11-22", 0, 0, true);
    assertLine(schedule, "legal",
        "2026-11-23", "2026-12-22", "2026-11-23", "2026-12-22", 0, 0, true);
    assertLine(schedule, "procurement",
        "2026-12-23", "2026-12-27", "2026-12-23", "2026-12-27", 0, 0, true);
    assertLine(schedule, "signature",
        "2026-12-27", "2026-12-27", "2026-12-27", "2026-12-27", 0, 0, true);
    assertLine(schedule, "migration",
        "2026-12-28", "2027-01-16", "2026-12-28", "2027-01-16", 0, 0, true);
  }

  /**
   * Close plan in disguise as of 2026-11-20: T = start of 12-31. pricing has two successors that
   * are both critical and driven; the path steps to the first in plan order, pipeline-review, and
   * ends there.
   */
  @Test
  void schedulesTheClosePlanAndBreaksTheCriticalPathTieByPlanOrder() {
    Schedule schedule =
        Scheduler.schedule(ExamplePlans.closePlanInDisguise(), date("2026-11-20"));

    assertThat(schedule.deadline()).contains(date("2026-12-30"));
    assertThat(schedule.projectedFinish()).contains(date("2026-11-22"));
    assertThat(schedule.slackDays()).isEqualTo(38);
    assertThat(schedule.criticalPath())
        .containsExactly(id("demo"), id("pricing"), id("pipeline-review"));
    assertLine(schedule, "demo",
        "2026-11-20", "2026-11-20", "2026-12-28", "2026-12-28", 38, 0, true);
    assertLine(schedule, "pricing",
        "2026-11-21", "2026-11-21", "2026-12-29", "2026-12-29", 38, 0, true);
    assertLine(schedule, "pipeline-review",
        "2026-11-22", "2026-11-22", "2026-12-30", "2026-12-30", 38, 38, true);
    assertLine(schedule, "follow-up",
        "2026-11-22", "2026-11-22", "2026-12-30", "2026-12-30", 38, 0, true);
    assertLine(schedule, "close",
        "2026-11-22", "2026-11-22", "2026-12-30", "2026-12-30", 38, 38, true);
  }

  /** Lightweight e-mail plan as of 2026-11-20: T = start of 12-15, 20 days of float throughout. */
  @Test
  void schedulesTheLightweightEmailPlan() {
    Schedule schedule =
        Scheduler.schedule(ExamplePlans.lightweightEmailPlan(), date("2026-11-20"));

    assertThat(schedule.deadline()).contains(date("2026-12-14"));
    assertThat(schedule.projectedFinish()).contains(date("2026-11-24"));
    assertThat(schedule.slackDays()).isEqualTo(20);
    assertThat(schedule.criticalPath())
        .containsExactly(id("trial"), id("decision"), id("signature"));
    assertLine(schedule, "trial",
        "2026-11-20", "2026-11-21", "2026-12-10", "2026-12-11", 20, 0, true);
    assertLine(schedule, "decision",
        "2026-11-22", "2026-11-24", "2026-12-12", "2026-12-14", 20, 0, true);
    assertLine(schedule, "signature",
        "2026-11-24", "2026-11-24", "2026-12-14", "2026-12-14", 20, 20, true);
    assertThat(schedule.milestone(id("no-such-step"))).isEqualTo(Optional.empty());
  }
}

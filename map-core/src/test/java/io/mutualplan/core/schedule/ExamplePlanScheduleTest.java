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
 * from the scheduling spec. Every example uses the default calendar, so boundaries are calendar
 * days; a boundary is written below as the date it starts.
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
   * Seven-step template as of 2026-07-07 (t0 = start of 07-07). T = start of 09-01. security-docs
   * done 07-03 (2 days: started 07-02). security-review in progress since 07-06: EF = 07-16.
   * reference-call: 07-07..07-08; proposal 07-08..07-11; legal max(07-16, 07-11) = 07-16..07-26;
   * exec-sign-off 07-26..07-29; contract at 07-29. Backward from 09-01: exec LS 08-29; legal LF
   * 08-29, LS 08-19; proposal LF 08-19, LS 08-16; reference-call LF 08-16; review LF 08-19.
   */
  @Test
  void schedulesTheSevenStepTemplateAsWorkedOutByHand() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.sevenStepTemplate(), date("2026-07-07"));

    assertThat(schedule.deadline()).contains(date("2026-08-31"));
    assertThat(schedule.projectedFinish()).contains(date("2026-07-28"));
    assertThat(schedule.slackDays()).isEqualTo(34);
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath())
        .containsExactly(id("security-review"), id("legal"), id("exec-sign-off"), id("contract"));
    assertCompleted(schedule, "security-docs", "2026-07-02", "2026-07-03");
    assertLine(schedule, "security-review",
        "2026-07-06", "2026-07-15", "2026-08-09", "2026-08-18", 34, 0, true);
    assertLine(schedule, "reference-call",
        "2026-07-07", "2026-07-07", "2026-08-15", "2026-08-15", 39, 0, false);
    assertLine(schedule, "proposal",
        "2026-07-08", "2026-07-10", "2026-08-16", "2026-08-18", 39, 5, false);
    assertLine(schedule, "legal",
        "2026-07-16", "2026-07-25", "2026-08-19", "2026-08-28", 34, 0, true);
    assertLine(schedule, "exec-sign-off",
        "2026-07-26", "2026-07-28", "2026-08-29", "2026-08-31", 34, 0, true);
    assertLine(schedule, "contract",
        "2026-07-28", "2026-07-28", "2026-08-31", "2026-08-31", 34, 34, true);
  }

  /**
   * Five-step template as of 2026-06-08: no outcome and no durations, so every step is an event
   * that happens at the end of the as-of date, the deadline is the projected finish and the whole
   * chain is critical with no float.
   */
  @Test
  void schedulesTheFiveStepTemplateOfEventsWithoutAnOutcome() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.fiveStepTemplate(), date("2026-06-08"));

    assertThat(schedule.deadline()).isEmpty();
    assertThat(schedule.projectedFinish()).contains(date("2026-06-08"));
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath()).containsExactly(id("kickoff"), id("demo"),
        id("security"), id("exec-presentation"), id("contract-review"));
    for (String step :
        new String[] {"kickoff", "demo", "security", "exec-presentation", "contract-review"}) {
      assertLine(schedule, step, "2026-06-08", "2026-06-08", "2026-06-08", "2026-06-08", 0, 0,
          true);
    }
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

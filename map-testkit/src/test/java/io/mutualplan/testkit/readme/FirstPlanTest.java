package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.testkit.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A real mutual action plan meets its date and passes; a close plan in disguise does not. */
class FirstPlanTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
  static final RuleEngine ENGINE = RuleEngine.builder().build();

  @Test
  void theAcmePlanMeetsItsGoLiveDate() {
    MutualActionPlan plan = MapJson.standard().plans().read(Fixtures.json("acme-go-live"));

    Schedule schedule = Scheduler.schedule(plan, AS_OF);
    assertThat(schedule.deadline()).contains(LocalDate.parse("2027-02-07"));
    assertThat(schedule.projectedFinish()).contains(LocalDate.parse("2027-01-15"));
    assertThat(schedule.criticalPath()).extracting(MilestoneId::value)
        .startsWith("security-docs").endsWith("signature");

    QualityReport report = ENGINE.evaluate(plan, AS_OF);
    assertThat(report.verdict()).isEqualTo(Verdict.READY);
  }

  @Test
  void aClosePlanInDisguiseIsNotMutual() {
    MutualActionPlan plan = Fixtures.plan("close-plan-in-disguise");

    QualityReport report = ENGINE.evaluate(plan, AS_OF);
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_MUTUAL);
    assertThat(report.findings()).extracting(finding -> finding.ruleId())
        .contains("co-authored", "both-sides-own-steps");
  }
}

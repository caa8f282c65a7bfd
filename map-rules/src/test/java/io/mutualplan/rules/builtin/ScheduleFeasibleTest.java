package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleFeasibleTest {
  /**
   * The Acme plan has 23 days of slack along security-docs, security-review, legal, procurement
   * and signature, with legal at 28 days: legal can take 51 days and still make it.
   */
  private static MutualActionPlan legalTakes(int days) {
    return edit(ExamplePlans.acme(), "legal", m -> m.withDurationDays(days));
  }

  @Test
  void aPlanWithNoSlackLeftIsStillFeasible() {
    assertThat(findings("schedule-feasible", legalTakes(51))).isEmpty();
  }

  @Test
  void aPlanOneDayShortIsAnError() {
    assertThat(findings("schedule-feasible", legalTakes(52))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.milestone()).isEmpty();
      assertThat(f.path()).isEmpty();
      assertThat(f.message()).isEqualTo("From 2026-11-22, the plan cannot be done by 2027-02-07,"
          + " the last day work can finish for Go-live on 2027-03-01: it is 1 day short along the"
          + " critical path Security documentation sent (security-docs) -> IT security review"
          + " approved (security-review) -> MSA redlines agreed (legal) -> Purchase order issued"
          + " (procurement) -> Order form signed (signature).");
      assertThat(f.hint()).contains("start Security documentation sent (security-docs) sooner")
          .contains("shorten its longest step (MSA redlines agreed (legal), 52 days)")
          .contains("agree a later date with Sarah Chen");
    });
  }

  @Test
  void aPlanWithoutAnOutcomeHasNoDeadlineToMiss() {
    MutualActionPlan plan = legalTakes(400).withOutcome(Optional.<Outcome>empty());
    assertThat(findings("schedule-feasible", plan)).isEmpty();
  }

  @Test
  void lightweightPlansGetAWarningInstead() {
    assertThat(lightweightFindings("schedule-feasible", legalTakes(60))).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("9 days short");
        });
  }
}

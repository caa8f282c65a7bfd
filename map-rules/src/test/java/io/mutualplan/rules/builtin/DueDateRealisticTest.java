package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * As of 2026-11-22 the IT security review (15 days, after the security docs) can finish on
 * 2026-12-08 at the earliest; the business case must finish by 2027-01-28 for go-live to hold.
 */
class DueDateRealisticTest {
  private static MutualActionPlan due(String milestone, String date) {
    return edit(ExamplePlans.acme(), milestone, m -> m.withDue(LocalDate.parse(date)));
  }

  @Test
  void dueDatesBetweenEarlyAndLateFinishAreRealistic() {
    assertThat(findings("due-date-realistic", ExamplePlans.acme())).isEmpty();
    assertThat(findings("due-date-realistic", due("security-review", "2026-12-08"))).isEmpty();
    assertThat(findings("due-date-realistic", due("business-case", "2027-01-28"))).isEmpty();
  }

  @Test
  void aDueDateBeforeTheEarlyFinishCannotBeMet() {
    assertThat(findings("due-date-realistic", due("security-review", "2026-12-07")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.milestone().orElseThrow().value()).isEqualTo("security-review");
          assertThat(f.path()).contains("/milestones/2/due");
          assertThat(f.message()).isEqualTo("IT security review approved (security-review) is due"
              + " 2026-12-07 but cannot finish before 2026-12-08, given today's date, its 15 days"
              + " and the steps it waits for.");
          assertThat(f.hint()).startsWith("Move the due date to 2026-12-08 or later");
        });
  }

  @Test
  void aDueDateAfterTheLateFinishMakesTheOutcomeSlip() {
    assertThat(findings("due-date-realistic", due("business-case", "2027-01-29")))
        .singleElement().satisfies(f -> {
          assertThat(f.milestone().orElseThrow().value()).isEqualTo("business-case");
          assertThat(f.message()).isEqualTo("CFO reviews the ROI model (business-case) is due"
              + " 2027-01-29, but it must finish by 2027-01-28 for Go-live on 2027-03-01 to hold:"
              + " keeping 2027-01-29 makes the outcome slip.");
          assertThat(f.hint()).startsWith("Bring the due date forward to 2027-01-28 or earlier");
        });
  }

  @Test
  void withoutAnOutcomeOnlyTheEarlyFinishCounts() {
    MutualActionPlan plan =
        due("business-case", "2027-06-30").withOutcome(Optional.<Outcome>empty());
    assertThat(findings("due-date-realistic", plan)).isEmpty();
  }

  @Test
  void overdueMilestonesAreLeftToOverdue() {
    assertThat(findings("due-date-realistic", due("security-docs", "2026-11-21"))).isEmpty();
  }

  @Test
  void aMilestoneDueTodayThatCannotFinishTodayIsReported() {
    assertThat(findings("due-date-realistic", due("security-docs", "2026-11-22")))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("is due 2026-11-22 but cannot finish before 2026-11-23"));
  }

  @Test
  void theLightweightProfileSwitchesItOff() {
    assertThat(lightweightFindings("due-date-realistic", due("security-review", "2026-12-01")))
        .isEmpty();
  }
}

package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeAnchoredTest {
  /** Go-live 2027-03-01 with 21 days of lead time leaves 2027-02-07 as the deadline date. */
  private static MutualActionPlan signatureDue(String due) {
    return edit(ExamplePlans.acme(), "signature", m -> m.withDue(LocalDate.parse(due)));
  }

  @Test
  void aMilestoneDueOnTheDeadlineDateIsFine() {
    assertThat(findings("outcome-anchored", signatureDue("2027-02-07"))).isEmpty();
  }

  @Test
  void aMilestoneDueTheDayAfterTheDeadlineDateIsAnError() {
    assertThat(findings("outcome-anchored", signatureDue("2027-02-08"))).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.milestone().orElseThrow().value()).isEqualTo("signature");
          assertThat(f.path()).contains("/milestones/6/due");
          assertThat(f.message()).isEqualTo("Order form signed (signature) is due 2027-02-08,"
              + " after 2027-02-07, the last day work can finish for Go-live on 2027-03-01"
              + " (21 days of lead time after the last step).");
          assertThat(f.hint()).isEqualTo("Bring it forward to 2027-02-07 or earlier, or agree with"
              + " Sarah Chen to move Go-live.");
        });
  }

  @Test
  void aPlanWithoutAnOutcomeIsNotAnchored() {
    MutualActionPlan plan = ExamplePlans.acme().withOutcome(Optional.<Outcome>empty());
    assertThat(findings("outcome-anchored", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).contains("/outcome");
      assertThat(f.milestone()).isEmpty();
      assertThat(f.message()).startsWith("The plan has no outcome date");
      assertThat(f.hint()).contains("What date do you actually need to be live");
    });
  }

  @Test
  void completedMilestonesAreNotHeldToTheDeadline() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "champion-alignment",
        m -> m.withDue(LocalDate.parse("2027-02-20")));
    assertThat(findings("outcome-anchored", plan)).isEmpty();
  }

  @Test
  void theDeadlineIsCheckedEvenWhenThePlanHasACycle() {
    MutualActionPlan plan = edit(signatureDue("2027-02-08"), "security-docs",
        m -> m.withDependsOn(Dependency.on("legal")));
    assertThat(findings("outcome-anchored", plan)).hasSize(1);
  }

  @Test
  void lightweightPlansGetAWarningInstead() {
    assertThat(lightweightFindings("outcome-anchored", signatureDue("2027-02-08")))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aDeadlineBeforeTheFirstDateAPlanCanHoldIsNeverNamedAndEveryOpenStepIsTooLate() {
    MutualActionPlan plan = TestPlans.outcomeInTheFirstDays();

    List<Finding> findings =
        findings("outcome-anchored", plan, LocalDate.parse("0001-01-01"));

    assertThat(findings).extracting(f -> f.milestone().orElseThrow().value()).containsExactly(
        "security-docs", "security-review", "business-case", "legal", "procurement", "signature");
    assertThat(findings).allSatisfy(f -> assertThat(f.message() + f.hint()).doesNotContain("0000"));
    assertThat(findings.get(5)).satisfies(f -> {
      assertThat(f.path()).contains("/milestones/6/due");
      assertThat(f.message()).isEqualTo("Order form signed (signature) is due 0001-01-02, but the"
          + " last day work can finish for Go-live on 0001-01-03 (5 days of lead time after the"
          + " last step) would fall before 0001-01-01, the earliest date a plan can hold: no step"
          + " can be done in time.");
      assertThat(f.hint()).isEqualTo(
          "Agree with Sarah Chen on the real date of Go-live and the lead time it needs.");
    });
  }
}

package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.diff.FieldChange;
import io.mutualplan.core.diff.MilestoneChange;
import io.mutualplan.core.diff.MilestoneField;
import io.mutualplan.core.diff.PlanDiff;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The Java of {@code docs/diff.md}, compiled and run on the Acme plan and its next week, with the
 * values its comments show; the page must show the code between the markers word for word.
 */
class DiffPageTest {
  private static final MutualActionPlan lastWeek = Fixtures.plan("acme-go-live");
  private static final MutualActionPlan thisWeek = Fixtures.plan("acme-next-week");

  @Test
  void theDiffAndTheComparisonGiveWhatThePageSays() throws Exception {
    // DIFF-BEGIN
    PlanDiff diff = PlanDiff.between(lastWeek, thisWeek);
    for (MilestoneChange change : diff.milestones()) {
      System.out.println(change.id() + " " + change.type());          // business-case changed
      for (FieldChange<?> field : change.changes()) {
        System.out.println("  " + field.field().name() + ": " + field.from() + " -> " + field.to()
            + " " + field.workingDays());                               // due: ... OptionalLong[35]
      }
    }
    diff.milestone(MilestoneId.of("business-case"))
        .flatMap(change -> change.fieldChange(MilestoneField.DUE))     // a FieldChange<LocalDate>
        .flatMap(FieldChange::to);                                      // Optional[2027-01-15]
    diff.stakeholders().added();                                        // [nina]
    diff.outcome();                                                     // empty: same date and lead time
    diff.signOffsStale();                                               // [dan]
    // DIFF-END
    MilestoneChange first = diff.milestones().get(0);
    assertThat(first.id() + " " + first.type()).isEqualTo("business-case changed");
    assertThat(first.changes().get(0).field().name()).isEqualTo("due");
    assertThat(first.changes().get(0).workingDays()).isEqualTo(OptionalLong.of(35));
    Optional<FieldChange<LocalDate>> due = diff.milestone(MilestoneId.of("business-case"))
        .flatMap(change -> change.fieldChange(MilestoneField.DUE));
    assertThat(due.flatMap(FieldChange::to)).contains(LocalDate.parse("2027-01-15"));
    assertThat(diff.stakeholders().added()).containsExactly(StakeholderId.of("nina"));
    assertThat(diff.outcome()).isEmpty();
    assertThat(diff.signOffsStale()).containsExactly(StakeholderId.of("dan"));

    // COMPARISON-BEGIN
    PlanComparison comparison = PlanComparison.compare(lastWeek, thisWeek, LocalDate.parse("2026-11-22"));
    comparison.finishSlipDays();             // OptionalLong[5]
    comparison.from().projectedFinish();     // Optional[2027-01-15]
    comparison.to().criticalPath();          // Optional[[business-case, procurement, signature]]
    comparison.to().score();                 // 90
    comparison.changes();                    // the PlanDiff above
    // COMPARISON-END
    assertThat(comparison.finishSlipDays()).isEqualTo(OptionalLong.of(5));
    assertThat(comparison.from().projectedFinish()).contains(LocalDate.parse("2027-01-15"));
    assertThat(comparison.to().criticalPath()).contains(List.of(MilestoneId.of("business-case"),
        MilestoneId.of("procurement"), MilestoneId.of("signature")));
    assertThat(comparison.to().score()).isEqualTo(90);
    assertThat(comparison.changes()).isEqualTo(diff);

    String page = Files.readString(Path.of("..", "docs", "diff.md"));
    assertThat(page).contains("```java\n" + MarkedCode.between("DiffPageTest.java", "DIFF"))
        .contains("```java\n" + MarkedCode.between("DiffPageTest.java", "COMPARISON"));
  }
}

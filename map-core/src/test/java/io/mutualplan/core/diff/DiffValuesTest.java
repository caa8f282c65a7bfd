package io.mutualplan.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The diff's values refuse what no comparison can produce, so a diff read back is a real one. */
class DiffValuesTest {
  private static final LocalDate JAN_22 = LocalDate.parse("2027-01-22");
  private static final LocalDate FEB_5 = LocalDate.parse("2027-02-05");

  @Test
  void theFieldsComeInTheSpecsOrderAndAreFoundByTheirNameInTheFormat() {
    assertThat(MilestoneField.all()).extracting(MilestoneField::name).containsExactly(
        "title", "kind", "buyerOwner", "sellerOwner", "due", "baselineDue", "durationDays",
        "estimate", "exitCriteria", "status", "started", "completed", "dependsOn", "atRisk",
        "notes");
    assertThat(MilestoneField.all()).filteredOn(MilestoneField::isDate)
        .extracting(MilestoneField::name)
        .containsExactly("due", "baselineDue", "started", "completed");
    assertThat(MilestoneField.named("buyerOwner")).contains(MilestoneField.BUYER_OWNER);
    assertThat(MilestoneField.named("description")).isEmpty();
    assertThat(MilestoneField.named("attributes")).isEmpty();
  }

  @Test
  void aMilestonesValuesTakeTheirDefaults() {
    Milestone bare = Milestone.builder().id(MilestoneId.of("kickoff")).title("Kickoff").build();

    assertThat(MilestoneField.STATUS.valueIn(bare)).contains(MilestoneStatus.NOT_STARTED);
    assertThat(MilestoneField.AT_RISK.valueIn(bare)).contains(false);
    assertThat(MilestoneField.DEPENDS_ON.valueIn(bare)).isEmpty();
    assertThat(MilestoneField.DURATION_DAYS.valueIn(bare)).isEmpty();
    assertThat(MilestoneField.DURATION_DAYS.valueIn(bare.withDurationDays(0))).contains(0);
    assertThat(MilestoneField.DEPENDS_ON.valueIn(
        bare.withDependsOn(Dependency.on("b"), Dependency.on("a"))))
        .contains(List.of(Dependency.on("a"), Dependency.on("b")));
  }

  @Test
  void aFieldChangeNeedsTwoDifferentValues() {
    assertThatThrownBy(() -> FieldChange.of(MilestoneField.DUE, Optional.of(JAN_22),
        Optional.of(JAN_22), OptionalLong.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a change of due needs two different values; both are " + JAN_22);
  }

  @Test
  void onlyAChangeBetweenTwoDatesHasWorkingDays() {
    assertThatThrownBy(() -> FieldChange.of(MilestoneField.DURATION_DAYS, Optional.of(10),
        Optional.of(20), OptionalLong.of(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a change between two dates moves by working days");
    assertThatThrownBy(() -> FieldChange.of(MilestoneField.DUE, Optional.empty(),
        Optional.of(FEB_5), OptionalLong.of(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FieldChange.of(MilestoneField.DUE, Optional.empty(), Optional.of(FEB_5),
        OptionalLong.empty()).workingDays()).isEmpty();
  }

  @Test
  void onlyAChangedMilestoneHasFieldChangesAndEachFieldOnce() {
    FieldChange<LocalDate> due =
        FieldChange.of(MilestoneField.DUE, Optional.of(JAN_22), Optional.of(FEB_5),
            OptionalLong.of(14));
    MilestoneId legal = MilestoneId.of("legal");

    assertThatThrownBy(() -> MilestoneChange.builder().id(legal).type(ChangeType.CHANGED).build())
        .hasMessageContaining("at least one of its fields differs");
    assertThatThrownBy(() -> MilestoneChange.builder().id(legal).type(ChangeType.ADDED)
        .addChange(due).build())
        .hasMessageContaining("milestone 'legal' is added, so it has no field changes");
    assertThatThrownBy(() -> MilestoneChange.builder().id(legal).type(ChangeType.CHANGED)
        .addChange(due).addChange(due).build())
        .hasMessageContaining("lists the change of due twice");
  }

  @Test
  void anOutcomeChangeNeedsADifferenceAndALeadTimeExactlyWhenThereIsADate() {
    assertThatThrownBy(() -> OutcomeChange.builder().from(JAN_22).to(JAN_22)
        .leadTimeFrom(3).leadTimeTo(3).build())
        .hasMessageContaining("needs a different date or lead time");
    assertThatThrownBy(() -> OutcomeChange.builder().from(JAN_22).to(FEB_5).leadTimeTo(3).build())
        .hasMessageContaining("both a date and a lead time, or neither");
  }

  @Test
  void changeTypesAreSpelledAsTheDiffDocumentSpellsThem() {
    assertThat(ChangeType.CHANGED.spelling()).isEqualTo("changed");
    assertThat(ChangeType.parse("removed")).isEqualTo(ChangeType.REMOVED);
    assertThatThrownBy(() -> ChangeType.parse("moved"))
        .hasMessage("'moved' is not a change type; expected one of: added, removed, changed");
  }
}

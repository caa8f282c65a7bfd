package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.PlanComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The words of {@code map diff}: what its sentence tells of each kind of change, and how it says
 * an outcome's change, on the Acme example.
 */
class DiffWordsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  private static MutualActionPlan acme() throws Exception {
    return MapJson.standard().plans().read(MapRun.exampleText("acme-go-live.json"));
  }

  private static MutualActionPlan edit(
      MutualActionPlan plan, String id, UnaryOperator<Milestone> change) {
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone milestone : plan.milestones()) {
      milestones.add(milestone.id().value().equals(id) ? change.apply(milestone) : milestone);
    }
    return plan.withMilestones(milestones);
  }

  private static String headline(MutualActionPlan older, MutualActionPlan newer) {
    PlanComparison comparison = PlanComparison.compare(older, newer, AS_OF);
    return new DiffWords(older, newer, comparison, DisplayText::line).headline();
  }

  @Test
  void aDueDateMovedAloneIsToldAsAMove() throws Exception {
    MutualActionPlan acme = acme();

    assertThat(headline(acme, acme.moveDue(MilestoneId.of("legal"), LocalDate.parse("2027-01-29"))))
        .isEqualTo("Projected finish unchanged at 2027-01-15: legal moved from 2027-01-22 to"
            + " 2027-01-29 (+7).");
  }

  @Test
  void aStatusChangeIsToldAsWhatTheMilestoneIsNow() throws Exception {
    MutualActionPlan acme = acme();
    MutualActionPlan done = edit(acme, "security-docs", m -> m
        .withStatus(MilestoneStatus.COMPLETE).withCompleted(LocalDate.parse("2026-11-22")));

    // Done a day early: the whole chain after it moves one day earlier.
    assertThat(headline(acme, done)).isEqualTo("Projected finish 2027-01-15 -> 2027-01-14 (-1"
        + " day): security-docs is now complete and is no longer on the critical path.");
  }

  @Test
  void aLikelyEstimateIsTheDurationOfAStepWithoutDurationDays() throws Exception {
    MutualActionPlan estimated =
        edit(acme(), "legal", m -> m.withDurationDays(OptionalInt.empty()));
    MutualActionPlan longer =
        edit(estimated, "legal", m -> m.withEstimate(Estimate.of(14, 33, 42)));

    assertThat(headline(estimated, longer)).isEqualTo("Projected finish 2027-01-15 -> 2027-01-20"
        + " (+5 days): legal is now likely to take 33 days instead of 28.");
  }

  /** A step with durationDays keeps its duration: a new estimate changes its forecast only. */
  @Test
  void aNewEstimateOfAStepWithDurationDaysIsToldAsAChangeOnly() throws Exception {
    MutualActionPlan acme = acme();

    assertThat(headline(acme, edit(acme, "legal", m -> m.withEstimate(Estimate.of(14, 33, 42)))))
        .isEqualTo("Projected finish unchanged at 2027-01-15: legal's estimate changed.");
  }

  private static String outcome(MutualActionPlan older, MutualActionPlan newer) {
    PlanComparison comparison = PlanComparison.compare(older, newer, AS_OF);
    return new DiffWords(older, newer, comparison, DisplayText::line)
        .outcome(comparison.changes().outcome().orElseThrow());
  }

  @Test
  void anOutcomesChangeIsToldWithItsDatesAndItsLeadTime() throws Exception {
    MutualActionPlan acme = acme();
    Outcome goLive = acme.outcome().orElseThrow();
    MutualActionPlan later = acme.withOutcome(goLive.withDate(LocalDate.parse("2027-03-15")));
    MutualActionPlan shorter = acme.withOutcome(goLive.withLeadTimeDays(14));
    MutualActionPlan none = acme.withOutcome(Optional.empty());

    assertThat(outcome(acme, later)).isEqualTo("2027-03-01 -> 2027-03-15, lead time 21 days");
    assertThat(outcome(acme, shorter))
        .isEqualTo("2027-03-01 -> 2027-03-01, lead time 21 -> 14 days");
    assertThat(outcome(none, acme)).isEqualTo("none -> 2027-03-01, lead time 21 days");
    assertThat(outcome(acme, none)).isEqualTo("2027-03-01 -> none (it had 21 days of lead time)");
  }

  @Test
  void anOwnerChangeIsToldByNameAndADroppedDueDateAsLost() throws Exception {
    MutualActionPlan acme = acme();

    assertThat(headline(acme, edit(acme, "business-case",
        m -> m.withBuyerOwner(StakeholderId.of("dan")))))
        .isEqualTo("Projected finish unchanged at 2027-01-15: business-case's buyer owner is now"
            + " Dan Ortiz instead of Sarah Chen.");
    assertThat(headline(acme, edit(acme, "business-case", m -> m.withDue(Optional.empty()))))
        .isEqualTo("Projected finish unchanged at 2027-01-15: business-case lost its due date.");
  }

  /**
   * An import that made {@code lena-park} for the existing {@code lena}: the owner changed, the
   * name did not, so the ids tell the two apart.
   */
  @Test
  void anOwnerWhoseNameReadsTheSameIsToldWithTheIds() throws Exception {
    MutualActionPlan acme = acme();
    MutualActionPlan imported = MapJson.standard().plans().read(
        MapRun.exampleText("acme-go-live.json").replace("\"lena\"", "\"lena-park\""));

    assertThat(headline(acme, imported)).isEqualTo("Projected finish unchanged at 2027-01-15:"
        + " procurement's buyer owner is now Lena Park (lena-park) instead of Lena Park (lena).");
  }

  /** "Priya  Nair" and "Priya Nair" look the same in markdown, and nearly so on a terminal. */
  @Test
  void namesThatDifferOnlyByWhiteSpaceAreToldWithTheIds() throws Exception {
    MutualActionPlan acme = acme();
    MutualActionPlan imported = MapJson.standard().plans().read(
        MapRun.exampleText("acme-go-live.json").replace("\"priya\"", "\"priya-nair\"")
            .replace("\"Priya Nair\"", "\"Priya  Nair\""));

    assertThat(headline(acme, imported)).isEqualTo("Projected finish unchanged at 2027-01-15:"
        + " security-review's buyer owner is now Priya  Nair (priya-nair) instead of Priya Nair"
        + " (priya).");
  }

  @Test
  void atMostThreeChangesAreNamedCriticalOnesFirstAndTheRestCounted() throws Exception {
    MutualActionPlan acme = acme();
    MutualActionPlan noted = acme;
    for (String id : List.of("business-case", "champion-alignment", "legal", "signature",
        "procurement")) {
      noted = edit(noted, id, m -> m.withNotes("Checked"));
    }

    assertThat(headline(acme, noted)).isEqualTo("Projected finish unchanged at 2027-01-15:"
        + " legal's notes changed; procurement's notes changed; signature's notes changed;"
        + " 2 more milestone changes.");
  }

  @Test
  void aPlanWithoutMilestonesHasNoFinishAndSaysWhy() throws Exception {
    MutualActionPlan acme = acme();
    MutualActionPlan empty = acme.withMilestones(List.of());

    assertThat(headline(acme, empty)).startsWith("Projected finish 2027-01-15 -> none (the newer"
        + " version has no milestones): security-docs was removed;");
  }
}

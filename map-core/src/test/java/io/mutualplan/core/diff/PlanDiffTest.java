package io.mutualplan.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** PlanDiff.between, field by field, on the Acme example and small edits of it. */
class PlanDiffTest {
  private static final MilestoneId LEGAL = MilestoneId.of("legal");

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  /** The Acme plan with one milestone changed. */
  private static MutualActionPlan edit(String id, UnaryOperator<Milestone> change) {
    return edit(ExamplePlans.acme(), id, change);
  }

  private static MutualActionPlan edit(
      MutualActionPlan plan, String id, UnaryOperator<Milestone> change) {
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone milestone : plan.milestones()) {
      milestones.add(milestone.id().value().equals(id) ? change.apply(milestone) : milestone);
    }
    return plan.withMilestones(milestones);
  }

  /** The only field change of the only changed milestone. */
  private static FieldChange<?> onlyChange(MutualActionPlan older, MutualActionPlan newer) {
    PlanDiff diff = PlanDiff.between(older, newer);
    assertThat(diff.milestones()).hasSize(1);
    MilestoneChange change = diff.milestones().get(0);
    assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
    assertThat(change.changes()).hasSize(1);
    return change.changes().get(0);
  }

  @Test
  void aPlanComparedWithItselfHasNoChanges() {
    PlanDiff diff = PlanDiff.between(ExamplePlans.acme(), ExamplePlans.acme());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.milestones()).isEmpty();
    assertThat(diff.outcome()).isEmpty();
    assertThat(diff.stakeholders().added()).isEmpty();
    assertThat(diff.stakeholders().removed()).isEmpty();
    assertThat(diff.signOffsStale()).isEmpty();
  }

  @Test
  void aMovedDueDateIsReportedWithBothDatesAndTheWorkingDaysItMoved() {
    MutualActionPlan newer = ExamplePlans.acme().moveDue(LEGAL, date("2027-02-05"));

    PlanDiff diff = PlanDiff.between(ExamplePlans.acme(), newer);

    MilestoneChange legal = diff.milestone(LEGAL).orElseThrow();
    assertThat(legal.type()).isEqualTo(ChangeType.CHANGED);
    // moveDue keeps the first date as the baseline: two fields changed, in the spec's order.
    assertThat(legal.changes()).containsExactly(
        FieldChange.of(MilestoneField.DUE, Optional.of(date("2027-01-22")),
            Optional.of(date("2027-02-05")), OptionalLong.of(14)),
        FieldChange.of(MilestoneField.BASELINE_DUE, Optional.empty(),
            Optional.of(date("2027-01-22")), OptionalLong.empty()));
    assertThat(legal.fieldChange(MilestoneField.DUE).flatMap(FieldChange::to))
        .contains(date("2027-02-05"));
    assertThat(legal.fieldChange(MilestoneField.TITLE)).isEmpty();
  }

  @Test
  void everyComparedFieldIsReportedWithItsValuesAsThePlanFormatWritesThem() {
    StakeholderId marco = StakeholderId.of("marco");
    StakeholderId sarah = StakeholderId.of("sarah");
    StakeholderId alex = StakeholderId.of("alex");
    StakeholderId jordan = StakeholderId.of("jordan");
    assertThat(onlyChange(ExamplePlans.acme(), edit("legal", m -> m.withTitle("MSA signed"))))
        .isEqualTo(FieldChange.of(MilestoneField.TITLE, Optional.of("MSA redlines agreed"),
            Optional.of("MSA signed"), OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(), edit("legal", m -> m.withKind(Optional.empty()))))
        .isEqualTo(FieldChange.of(MilestoneField.KIND, Optional.of(MilestoneKind.LEGAL),
            Optional.empty(), OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(), edit("legal", m -> m.withBuyerOwner(sarah))))
        .isEqualTo(FieldChange.of(MilestoneField.BUYER_OWNER, Optional.of(marco),
            Optional.of(sarah), OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(), edit("legal", m -> m.withSellerOwner(jordan))))
        .isEqualTo(FieldChange.of(MilestoneField.SELLER_OWNER, Optional.of(alex),
            Optional.of(jordan), OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(), edit("legal", m -> m.withDurationDays(40))))
        .isEqualTo(FieldChange.of(MilestoneField.DURATION_DAYS, Optional.of(28),
            Optional.of(40), OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(),
        edit("legal", m -> m.withEstimate(Estimate.of(20, 30, 60)))))
        .isEqualTo(FieldChange.of(MilestoneField.ESTIMATE, Optional.of(Estimate.of(14, 28, 42)),
            Optional.of(Estimate.of(20, 30, 60)), OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(),
        edit("legal", m -> m.withExitCriteria(Optional.empty()))))
        .isEqualTo(FieldChange.of(MilestoneField.EXIT_CRITERIA,
            Optional.of("MSA countersigned by both legal teams"), Optional.empty(),
            OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(), edit("legal", m -> m.withNotes("Waiting on Marco"))))
        .isEqualTo(FieldChange.of(MilestoneField.NOTES, Optional.empty(),
            Optional.of("Waiting on Marco"), OptionalLong.empty()));
    assertThat(onlyChange(ExamplePlans.acme(), edit("legal", m -> m.withAtRisk(true))))
        .isEqualTo(FieldChange.of(MilestoneField.AT_RISK, Optional.of(false), Optional.of(true),
            OptionalLong.empty()));
  }

  @Test
  void startingAndCompletingAreReportedAsStatusAndDatesInTheSpecsOrder() {
    MutualActionPlan started = edit("legal",
        m -> m.withStatus(MilestoneStatus.IN_PROGRESS).withStarted(date("2026-12-09")));
    MutualActionPlan completed = edit(started, "legal",
        m -> m.withStatus(MilestoneStatus.COMPLETE).withCompleted(date("2027-01-11")));

    assertThat(PlanDiff.between(ExamplePlans.acme(), started).milestone(LEGAL).orElseThrow()
        .changes()).containsExactly(
            FieldChange.of(MilestoneField.STATUS, Optional.of(MilestoneStatus.NOT_STARTED),
                Optional.of(MilestoneStatus.IN_PROGRESS), OptionalLong.empty()),
            FieldChange.of(MilestoneField.STARTED, Optional.empty(),
                Optional.of(date("2026-12-09")), OptionalLong.empty()));
    assertThat(PlanDiff.between(started, completed).milestone(LEGAL).orElseThrow().changes())
        .containsExactly(
            FieldChange.of(MilestoneField.STATUS, Optional.of(MilestoneStatus.IN_PROGRESS),
                Optional.of(MilestoneStatus.COMPLETE), OptionalLong.empty()),
            FieldChange.of(MilestoneField.COMPLETED, Optional.empty(),
                Optional.of(date("2027-01-11")), OptionalLong.empty()));
  }

  @Test
  void defaultsWrittenOutAreNoChangeAndAChangeFromADefaultNamesTheDefault() {
    Milestone legal = ExamplePlans.acme().milestone(LEGAL).orElseThrow();
    // Built without status and atRisk, then with the defaults set explicitly.
    Milestone explicit = legal.withStatus(MilestoneStatus.NOT_STARTED).withAtRisk(false);
    assertThat(PlanDiff.between(ExamplePlans.acme(), edit("legal", m -> explicit)).isEmpty())
        .isTrue();

    FieldChange<?> blocked = onlyChange(ExamplePlans.acme(),
        edit("legal", m -> m.withStatus(MilestoneStatus.BLOCKED)));
    assertThat(blocked.from()).isEqualTo(Optional.of(MilestoneStatus.NOT_STARTED));
    assertThat(blocked.to()).isEqualTo(Optional.of(MilestoneStatus.BLOCKED));
  }

  @Test
  void dependenciesAreASetOrderAndTheBareIdFormDoNotCount() {
    Milestone procurement = ExamplePlans.acme().milestone(MilestoneId.of("procurement"))
        .orElseThrow();
    assertThat(procurement.dependsOn()).extracting(d -> d.milestone().value())
        .containsExactly("legal", "business-case");
    Milestone reordered = procurement.withDependsOn(
        Dependency.builder().milestone(MilestoneId.of("business-case"))
            .type(DependencyType.FINISH_TO_START).lagDays(0).build(),
        Dependency.on("legal"));

    assertThat(PlanDiff.between(ExamplePlans.acme(), edit("procurement", m -> reordered))
        .isEmpty()).isTrue();
  }

  @Test
  void aChangedDependencyListsBothSetsWrittenOutAndSortedByMilestone() {
    Dependency lagged = Dependency.builder().milestone(LEGAL)
        .type(DependencyType.START_TO_START).lagDays(5).build();
    MutualActionPlan newer = edit("procurement",
        m -> m.withDependsOn(lagged, Dependency.on("business-case")));

    FieldChange<?> change = onlyChange(ExamplePlans.acme(), newer);

    assertThat(change.field()).isEqualTo(MilestoneField.DEPENDS_ON);
    assertThat(change.from()).isEqualTo(
        Optional.of(List.of(Dependency.on("business-case"), Dependency.on("legal"))));
    assertThat(change.to()).isEqualTo(Optional.of(List.of(Dependency.on("business-case"), lagged)));
  }

  @Test
  void noDependenciesIsNoValue() {
    FieldChange<?> change = onlyChange(ExamplePlans.acme(),
        edit("legal", m -> m.withDependsOn(List.of())));

    assertThat(change.from()).isEqualTo(Optional.of(List.of(Dependency.on("security-review"))));
    assertThat(change.to()).isEmpty();
  }

  @Test
  void workingDaysSkipTheNewerPlansWeekendsAndHolidays() {
    // Monday to Friday, with Friday 2027-01-01 a holiday.
    CalendarSettings weekdays = CalendarSettings.builder()
        .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
        .addHoliday(date("2027-01-01"))
        .build();
    MutualActionPlan older = ExamplePlans.acme();
    MutualActionPlan newer = edit("legal", m -> m.withDue(date("2027-01-04"))
        .withStarted(date("2026-12-31")).withStatus(MilestoneStatus.IN_PROGRESS))
        .withCalendar(weekdays);
    older = edit(older, "legal", m -> m.withDue(date("2026-12-31"))
        .withStarted(date("2026-12-24")).withStatus(MilestoneStatus.IN_PROGRESS));

    MilestoneChange legal = PlanDiff.between(older, newer).milestone(LEGAL).orElseThrow();

    // Thursday 12-31 to Monday 01-04: the holiday and the weekend fall between, one working day.
    assertThat(legal.fieldChange(MilestoneField.DUE).orElseThrow().workingDays())
        .isEqualTo(OptionalLong.of(1));
    // Thursday 12-24 to Thursday 12-31: five working days on weekdays (seven in the older plan's
    // every-day calendar, which does not count).
    assertThat(legal.fieldChange(MilestoneField.STARTED).orElseThrow().workingDays())
        .isEqualTo(OptionalLong.of(5));
  }

  @Test
  void aDateMovedEarlierIsNegativeAndADateOnOneSideHasNoWorkingDays() {
    MilestoneChange earlier = PlanDiff.between(ExamplePlans.acme(),
        edit("legal", m -> m.withDue(date("2027-01-12")))).milestone(LEGAL).orElseThrow();
    MilestoneChange dropped = PlanDiff.between(ExamplePlans.acme(),
        edit("legal", m -> m.withDue(Optional.empty()))).milestone(LEGAL).orElseThrow();

    assertThat(earlier.fieldChange(MilestoneField.DUE).orElseThrow().workingDays())
        .isEqualTo(OptionalLong.of(-10));
    assertThat(dropped.fieldChange(MilestoneField.DUE).orElseThrow().workingDays()).isEmpty();
  }

  @Test
  void addedAndChangedComeInTheNewerOrderThenRemovedInTheOlderOrder() {
    MutualActionPlan acme = ExamplePlans.acme();
    List<Milestone> milestones = new ArrayList<>(acme.milestones());
    Milestone addendum = Milestone.builder().id(MilestoneId.of("security-addendum"))
        .title("Security addendum signed").buyerOwner(StakeholderId.of("priya")).build();
    milestones.removeIf(m -> m.id().value().equals("business-case")
        || m.id().value().equals("champion-alignment"));
    milestones.add(0, addendum);
    milestones.set(3, milestones.get(3).withDurationDays(30)); // legal
    milestones.set(1, milestones.get(1).withNotes("Waiting for the SOC 2 report")); // docs
    MutualActionPlan newer = acme.withMilestones(milestones.stream()
        .map(m -> m.withDependsOn(m.dependsOn().stream()
            .filter(d -> !d.milestone().value().equals("business-case")
                && !d.milestone().value().equals("champion-alignment"))
            .toList()))
        .toList());

    PlanDiff diff = PlanDiff.between(acme, newer);

    assertThat(diff.milestones()).extracting(c -> c.id().value() + " " + c.type())
        .containsExactly("security-addendum added", "security-docs changed", "legal changed",
            "procurement changed", "champion-alignment removed", "business-case removed");
    assertThat(diff.milestones().get(0).changes()).isEmpty();
  }

  @Test
  void theOutcomesDateAndLeadTimeCountButNotItsLabel() {
    MutualActionPlan acme = ExamplePlans.acme();
    Outcome outcome = acme.outcome().orElseThrow();

    assertThat(PlanDiff.between(acme, acme.withOutcome(outcome.withLabel("Launch"))).outcome())
        .isEmpty();
    assertThat(PlanDiff.between(acme, acme.withOutcome(outcome.withDate(date("2027-03-15"))))
        .outcome()).contains(OutcomeChange.builder()
            .from(date("2027-03-01")).to(date("2027-03-15"))
            .leadTimeFrom(21).leadTimeTo(21).build());
    assertThat(PlanDiff.between(acme, acme.withOutcome(outcome.withLeadTimeDays(0))).outcome())
        .hasValueSatisfying(change -> {
          assertThat(change.from()).isEqualTo(change.to());
          assertThat(change.leadTimeFrom()).isEqualTo(OptionalInt.of(21));
          assertThat(change.leadTimeTo()).isEqualTo(OptionalInt.of(0));
        });
    assertThat(PlanDiff.between(acme, acme.withOutcome(Optional.empty())).outcome())
        .contains(OutcomeChange.builder().from(date("2027-03-01")).leadTimeFrom(21).build());
    assertThat(PlanDiff.between(acme.withOutcome(Optional.empty()), acme).outcome())
        .contains(OutcomeChange.builder().to(date("2027-03-01")).leadTimeTo(21).build());
  }

  @Test
  void stakeholdersAddedAndRemovedAreListedInTheirPlansOrder() {
    MutualActionPlan acme = ExamplePlans.acme();
    List<Stakeholder> people = new ArrayList<>(acme.stakeholders());
    people.removeIf(p -> p.id().value().equals("lena") || p.id().value().equals("jordan"));
    people.add(0, Stakeholder.builder().id(StakeholderId.of("nina")).name("Nina Patel")
        .side(Side.BUYER).addRole(Role.LEGAL).build());
    people.add(Stakeholder.builder().id(StakeholderId.of("omar")).name("Omar Haddad")
        .side(Side.BUYER).build());
    MutualActionPlan newer = acme
        .withMilestones(acme.milestones().stream()
            .map(m -> m.withBuyerOwner(m.buyerOwner().filter(o -> !o.value().equals("lena")))
                .withSellerOwner(m.sellerOwner().filter(o -> !o.value().equals("jordan"))))
            .toList())
        .withStakeholders(people);

    StakeholderChanges changes = PlanDiff.between(acme, newer).stakeholders();

    assertThat(changes.added()).extracting(StakeholderId::value).containsExactly("nina", "omar");
    assertThat(changes.removed()).extracting(StakeholderId::value)
        .containsExactly("lena", "jordan");
  }

  /** "Did anything change?" is yes when any one thing the diff looks at changed, alone. */
  @Test
  void eachKindOfChangeAloneMakesTheDiffNotEmpty() {
    MutualActionPlan acme = ExamplePlans.acme();
    Outcome outcome = acme.outcome().orElseThrow();
    List<Stakeholder> people = new ArrayList<>(acme.stakeholders());
    people.add(Stakeholder.builder().id(StakeholderId.of("omar")).name("Omar Haddad")
        .side(Side.BUYER).build());
    MutualActionPlan newcomer = acme.withStakeholders(people);
    MutualActionPlan revised = acme.addRevision(StakeholderId.of("sarah"),
        java.time.Instant.parse("2026-12-14T09:00:00Z"), "Legal takes longer");

    PlanDiff milestone = PlanDiff.between(acme, edit("legal", m -> m.withDurationDays(30)));
    PlanDiff date = PlanDiff.between(acme, acme.withOutcome(outcome.withDate(date("2027-03-15"))));
    PlanDiff stakeholder = PlanDiff.between(acme, newcomer);
    PlanDiff signOff = PlanDiff.between(acme, revised);

    assertThat(milestone.isEmpty()).isFalse();
    assertThat(date.isEmpty()).isFalse();
    assertThat(stakeholder.stakeholders().isEmpty()).isFalse();
    assertThat(stakeholder.isEmpty()).isFalse();
    assertThat(signOff.signOffsStale()).isNotEmpty();
    assertThat(signOff.isEmpty()).isFalse();
  }

  @Test
  void whoSignedTheOlderLatestRevisionIsStaleOnceTheNewerOneMovesPastIt() {
    MutualActionPlan acme = ExamplePlans.acme(); // Dan signed revision 3, the latest
    MutualActionPlan edited = acme.addRevision(StakeholderId.of("sarah"),
        java.time.Instant.parse("2026-12-14T09:00:00Z"), "Legal takes longer");

    assertThat(PlanDiff.between(acme, edited).signOffsStale())
        .extracting(StakeholderId::value).containsExactly("dan");
    assertThat(PlanDiff.between(acme,
        edited.recordSignOff(StakeholderId.of("dan"), 4, date("2026-12-15"))).signOffsStale())
        .isEmpty();
    // Without a new revision, Dan's sign-off still covers the latest one.
    assertThat(PlanDiff.between(acme, edit("legal", m -> m.withDurationDays(30))).signOffsStale())
        .isEmpty();
    // A sign-off that was not of the older plan's latest revision was already stale.
    MutualActionPlan signedEarlier = acme.withSignOffs(
        acme.signOffs().get(0).withRevision(2));
    assertThat(PlanDiff.between(signedEarlier, edited.withSignOffs(signedEarlier.signOffs()))
        .signOffsStale()).isEmpty();
    // A sign-off no longer recorded in the newer plan does not cover its latest revision.
    assertThat(PlanDiff.between(acme, edited.withSignOffs(List.of())).signOffsStale())
        .extracting(StakeholderId::value).containsExactly("dan");
  }
}

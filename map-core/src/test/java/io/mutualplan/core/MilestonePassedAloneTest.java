package io.mutualplan.core;

import static io.mutualplan.core.TestPlans.ALEX;
import static io.mutualplan.core.TestPlans.LEGAL;
import static io.mutualplan.core.TestPlans.SARAH;
import static io.mutualplan.core.TestPlans.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A milestone runs the checks that need no plan when it is built, and a plan's check skips them
 * for milestones that passed. These tests pin that a defect a milestone has on its own makes it
 * fail alone, and that a plan with it reports exactly the problems it reported before the plan's
 * check learned to skip (pointers, messages and order; each expected list was also confirmed
 * against the validator as it was before that change).
 */
class MilestonePassedAloneTest {
  private static final String TOO_LONG = "x".repeat(PlanLimits.MAX_TEXT_LENGTH + 1);

  /** Each defect a milestone can have on its own, made to the test plan's milestone 1. */
  static Stream<Arguments> defects() {
    return Stream.of(
        defect("a title with an unpaired low surrogate", m -> m.withTitle("MSA \uDC00 agreed"),
            problem("/milestones/1/title",
                "the milestone's title contains a broken character (an unpaired UTF-16 surrogate)")),
        defect("a description over 10,000 characters", m -> m.withDescription(TOO_LONG),
            problem("/milestones/1/description",
                "the description is 10001 characters long; free text is at most 10000 characters")),
        defect("exit criteria ending in a high surrogate", m -> m.withExitCriteria("Done \uD83D"),
            problem("/milestones/1/exitCriteria",
                "the exit criteria contains a broken character (an unpaired UTF-16 surrogate)")),
        defect("notes over 10,000 characters", m -> m.withNotes(TOO_LONG),
            problem("/milestones/1/notes",
                "the notes is 10001 characters long; free text is at most 10000 characters")),
        defect("a due date after 9999", m -> m.withDue(LocalDate.of(10_000, 1, 1)),
            problem("/milestones/1/due",
                "due +10000-01-01 is out of range; dates are between 0001-01-01 and 9999-12-31")),
        defect("a baseline due date in year 0", m -> m.withBaselineDue(LocalDate.of(0, 12, 31)),
            problem("/milestones/1/baselineDue", "baselineDue 0000-12-31 is out of range;"
                + " dates are between 0001-01-01 and 9999-12-31")),
        defect("a started date before year 1", m -> m.withStarted(LocalDate.of(-1, 1, 1)),
            problem("/milestones/1/started",
                "started -0001-01-01 is out of range; dates are between 0001-01-01 and 9999-12-31")),
        defect("a completed date after 9999", m -> m.withStatus(MilestoneStatus.COMPLETE)
                .withCompleted(LocalDate.of(10_000, 1, 1)),
            problem("/milestones/1/completed", "completed +10000-01-01 is out of range;"
                + " dates are between 0001-01-01 and 9999-12-31")),
        defect("a negative duration", m -> m.withDurationDays(-1),
            problem("/milestones/1/durationDays",
                "durationDays -1 is out of range; it must be between 0 and 10000 working days")),
        defect("a duration over 10,000 days", m -> m.withDurationDays(10_001),
            problem("/milestones/1/durationDays",
                "durationDays 10001 is out of range; it must be between 0 and 10000 working days")),
        defect("an estimate out of order", m -> m.withEstimate(Estimate.of(10, 30, 20)),
            problem("/milestones/1/estimate", "the estimate is out of order (optimistic 10,"
                + " likely 30, pessimistic 20); it needs optimistic <= likely <= pessimistic")),
        defect("estimate values out of range", m -> m.withEstimate(Estimate.of(-1, 5, 10_001)),
            problem("/milestones/1/estimate/optimistic", "the optimistic estimate -1 is out of"
                + " range; it must be between 0 and 10000 working days"),
            problem("/milestones/1/estimate/pessimistic", "the pessimistic estimate 10001 is out"
                + " of range; it must be between 0 and 10000 working days")),
        defect("a complete status without a completed date",
            m -> m.withStatus(MilestoneStatus.COMPLETE),
            problem("/milestones/1/completed", "the status is complete but there is no"
                + " completed date; add the date it was done")),
        defect("a completed date on a blocked milestone", m -> m
                .withStatus(MilestoneStatus.BLOCKED).withCompleted(LocalDate.parse("2027-01-20")),
            problem("/milestones/1/completed", "there is a completed date but the status is"
                + " 'blocked'; set the status to complete or remove the date")),
        defect("completed before started", m -> m.withStatus(MilestoneStatus.COMPLETE)
                .withStarted(LocalDate.parse("2027-01-05"))
                .withCompleted(LocalDate.parse("2027-01-04")),
            problem("/milestones/1/completed",
                "completed 2027-01-04 is before started 2027-01-05")),
        defect("a repeated dependency", m -> m.withDependsOn(Dependency.on(SECURITY),
                Dependency.builder().milestone(SECURITY).type(DependencyType.START_TO_START)
                    .lagDays(3).build()),
            problem("/milestones/1/dependsOn/1", "'legal' depends on 'security-review' twice"
                + " (also at /milestones/1/dependsOn/0); keep one dependency")),
        defect("a lag over 10,000 days", m -> m.withDependsOn(
                Dependency.builder().milestone(SECURITY).lagDays(10_001).build()),
            problem("/milestones/1/dependsOn/0/lagDays", "lagDays 10001 is out of range;"
                + " a lag is between -10000 and 10000 working days")),
        defect("a lead over 10,000 days", m -> m.withDependsOn(
                Dependency.builder().milestone(SECURITY).lagDays(Integer.MIN_VALUE).build()),
            problem("/milestones/1/dependsOn/0/lagDays", "lagDays -2147483648 is out of range;"
                + " a lag is between -10000 and 10000 working days")),
        defect("an attribute value over 10,000 characters",
            m -> m.withAttributes(Map.of("crm/id", TOO_LONG)),
            problem("/milestones/1/attributes/crm~1id", "the attribute value is 10001"
                + " characters long; free text is at most 10000 characters")),
        defect("an attribute name with an unpaired surrogate",
            m -> m.withAttributes(Map.of("k\uD800", "v")),
            problem("/milestones/1/attributes/k\uD800",
                "the attribute name contains a broken character (an unpaired UTF-16 surrogate)")),
        defect("several defects at once", m -> m.withTitle(TOO_LONG)
                .withDue(LocalDate.of(10_000, 1, 1)).withDurationDays(-5)
                .withStatus(MilestoneStatus.COMPLETE)
                .withDependsOn(Dependency.on(SECURITY), Dependency.on(SECURITY)),
            problem("/milestones/1/title", "the milestone's title is 10001 characters long;"
                + " free text is at most 10000 characters"),
            problem("/milestones/1/due",
                "due +10000-01-01 is out of range; dates are between 0001-01-01 and 9999-12-31"),
            problem("/milestones/1/durationDays",
                "durationDays -5 is out of range; it must be between 0 and 10000 working days"),
            problem("/milestones/1/completed", "the status is complete but there is no"
                + " completed date; add the date it was done"),
            problem("/milestones/1/dependsOn/1", "'legal' depends on 'security-review' twice"
                + " (also at /milestones/1/dependsOn/0); keep one dependency")));
  }

  @ParameterizedTest
  @MethodSource("defects")
  void aMilestoneWithADefectOfItsOwnFailsAlone(
      UnaryOperator<Milestone> change, List<PlanProblem> problems) {
    assertThat(change.apply(legal()).passedAlone()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("defects")
  void aPlanWithTheDefectiveMilestoneReportsExactlyItsProblems(
      UnaryOperator<Milestone> change, List<PlanProblem> problems) {
    assertThat(problemsWithMilestone(1, change.apply(legal()))).containsExactlyElementsOf(problems);
  }

  @Test
  void theTestPlansMilestonesPassAlone() {
    assertThat(TestPlans.plan().milestones()).allSatisfy(m -> assertThat(m.passedAlone()).isTrue());
  }

  @Test
  void aMilestoneAtEveryLimitPassesAloneAndInAPlan() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("k".repeat(PlanLimits.MAX_TEXT_LENGTH), "v".repeat(PlanLimits.MAX_TEXT_LENGTH));
    attributes.put("rocket", "\uD83D\uDE80");
    Milestone atLimits = legal()
        .withTitle("t".repeat(PlanLimits.MAX_TEXT_LENGTH))
        .withDescription("Launch \uD83D\uDE80")
        .withDue(PlanLimits.MAX_DATE)
        .withBaselineDue(PlanLimits.MIN_DATE)
        .withDurationDays(PlanLimits.MAX_DAYS)
        .withEstimate(Estimate.of(0, 0, PlanLimits.MAX_DAYS))
        .withStatus(MilestoneStatus.COMPLETE)
        .withStarted(LocalDate.parse("2027-01-04"))
        .withCompleted(LocalDate.parse("2027-01-04"))
        .withDependsOn(
            Dependency.builder().milestone(SECURITY).lagDays(-PlanLimits.MAX_DAYS).build())
        .withAttributes(attributes);

    assertThat(atLimits.passedAlone()).isTrue();
    assertThat(problemsWithMilestone(1, atLimits)).isEmpty();
  }

  @Test
  void aMilestoneWhoseOnlyDefectsNeedAPlanPassesAloneAndThePlanStillReportsThem() {
    // Owners and predecessors are checked against the plan, never alone.
    Milestone milestone = legal().withBuyerOwner(StakeholderId.of("zoe")).withSellerOwner(SARAH)
        .withDependsOn(Dependency.on("procurement"), Dependency.on(SECURITY));

    assertThat(milestone.passedAlone()).isTrue();
    assertThat(problemsWithMilestone(1, milestone)).containsExactly(
        problem("/milestones/1/buyerOwner",
            "buyerOwner 'zoe' is not a stakeholder of this plan; add them to stakeholders"),
        problem("/milestones/1/sellerOwner", "sellerOwner 'sarah' is on the buyer side;"
            + " a seller owner must be a seller-side stakeholder"),
        problem("/milestones/1/dependsOn/0",
            "'legal' depends on 'procurement', which is not a milestone of this plan"));
  }

  @Test
  void defectsOfItsOwnAndDefectsAgainstThePlanAreReportedInTheirOldOrder() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("fine", "yes");
    attributes.put("long", TOO_LONG);
    Milestone milestone = legal()
        .withTitle("Broken \uDFFF title")
        .withBuyerOwner(ALEX)
        .withDue(LocalDate.of(10_000, 1, 1))
        .withDependsOn(
            Dependency.builder().milestone(MilestoneId.of("ghost")).lagDays(20_000).build(),
            Dependency.on("ghost"))
        .withAttributes(attributes);

    assertThat(milestone.passedAlone()).isFalse();
    assertThat(problemsWithMilestone(1, milestone)).containsExactly(
        problem("/milestones/1/title",
            "the milestone's title contains a broken character (an unpaired UTF-16 surrogate)"),
        problem("/milestones/1/buyerOwner", "buyerOwner 'alex' is on the seller side;"
            + " a buyer owner must be a buyer-side stakeholder"),
        problem("/milestones/1/due",
            "due +10000-01-01 is out of range; dates are between 0001-01-01 and 9999-12-31"),
        problem("/milestones/1/dependsOn/0",
            "'legal' depends on 'ghost', which is not a milestone of this plan"),
        problem("/milestones/1/dependsOn/0/lagDays", "lagDays 20000 is out of range;"
            + " a lag is between -10000 and 10000 working days"),
        problem("/milestones/1/dependsOn/1",
            "'legal' depends on 'ghost', which is not a milestone of this plan"),
        problem("/milestones/1/dependsOn/1", "'legal' depends on 'ghost' twice"
            + " (also at /milestones/1/dependsOn/0); keep one dependency"),
        problem("/milestones/1/attributes/long", "the attribute value is 10001 characters long;"
            + " free text is at most 10000 characters"));
  }

  @Test
  void aRepeatAmongManyDependenciesIsReported() {
    // More than 16 predecessors are checked for repeats with a map rather than a scan.
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    List<Dependency> dependsOn = new ArrayList<>();
    dependsOn.add(Dependency.on(SECURITY));
    for (int k = 0; k < 19; k++) {
      milestones.add(Milestone.builder().id(MilestoneId.of("x" + k)).title("Step " + k).build());
      dependsOn.add(Dependency.on("x" + k));
    }
    dependsOn.add(Dependency.on("x3"));
    Milestone legal = legal().withDependsOn(dependsOn);
    milestones.set(1, legal);

    assertThat(legal.passedAlone()).isFalse();
    assertThat(problems(TestPlans.builder().milestones(milestones))).containsExactly(
        problem("/milestones/1/dependsOn/20",
            "'legal' depends on 'x3' twice (also at /milestones/1/dependsOn/4); keep one"
                + " dependency"));
  }

  @Test
  void aCopyMadeWithAChangeIsCheckedAfresh() {
    Milestone broken = legal().withDurationDays(-1);
    Milestone mended = broken.withDurationDays(5);
    Milestone brokenAgain = mended.withNotes(TOO_LONG);

    assertThat(broken.passedAlone()).isFalse();
    assertThat(mended.passedAlone()).isTrue();
    assertThat(brokenAgain.passedAlone()).isFalse();
    assertThat(Milestone.builder().from(broken).durationDays(5).build().passedAlone()).isTrue();
  }

  @Test
  void aPlanWithSeveralDefectiveMilestonesAmongValidOnesReportsEveryProblemInDocumentOrder() {
    Map<String, String> badAttribute = new LinkedHashMap<>();
    badAttribute.put("note\uD800", "fine");
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    milestones.set(1, legal().withEstimate(Estimate.of(3, 2, 1)).withDurationDays(10_001));
    milestones.add(Milestone.builder().id(MilestoneId.of("kickoff")).title("Kickoff")
        .status(MilestoneStatus.IN_PROGRESS).completed(LocalDate.parse("2026-11-30")).build());
    milestones.add(Milestone.builder().id(MilestoneId.of("pilot")).title("Pilot")
        .addDependsOn(Dependency.on("kickoff"), Dependency.on("ghost")).build());
    milestones.add(Milestone.builder().id(MilestoneId.of("handover")).title("Handover")
        .sellerOwner(ALEX).putAllAttributes(badAttribute).build());
    milestones.add(Milestone.builder().id(MilestoneId.of("go-live")).title("Go live")
        .addDependsOn(Dependency.on("pilot")).build());
    milestones.add(Milestone.builder().id(LEGAL).title("Legal again")
        .notes(TOO_LONG).build());

    assertThat(milestones).extracting(Milestone::passedAlone)
        .containsExactly(true, false, true, false, true, false, true, false);
    assertThat(problems(TestPlans.builder().title(TOO_LONG).milestones(milestones)))
        .containsExactly(
            problem("/title", "title is 10001 characters long; free text is at most 10000"
                + " characters"),
            problem("/milestones/1/durationDays", "durationDays 10001 is out of range; it must"
                + " be between 0 and 10000 working days"),
            problem("/milestones/1/estimate", "the estimate is out of order (optimistic 3,"
                + " likely 2, pessimistic 1); it needs optimistic <= likely <= pessimistic"),
            problem("/milestones/3/completed", "there is a completed date but the status is"
                + " 'in-progress'; set the status to complete or remove the date"),
            problem("/milestones/4/dependsOn/1",
                "'pilot' depends on 'ghost', which is not a milestone of this plan"),
            problem("/milestones/5/attributes/note\uD800", "the attribute name contains a"
                + " broken character (an unpaired UTF-16 surrogate)"),
            problem("/milestones/7/id", "milestone id 'legal' is used twice (also at"
                + " /milestones/1); ids must be unique"),
            problem("/milestones/7/notes", "the notes is 10001 characters long; free text is at"
                + " most 10000 characters"));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Milestone legal() {
    return TestPlans.plan().milestones().get(1);
  }

  private static Arguments defect(
      String name, UnaryOperator<Milestone> change, PlanProblem... problems) {
    return Arguments.of(Named.of(name, change), List.of(problems));
  }

  private static PlanProblem problem(String pointer, String message) {
    return new PlanProblem(pointer, message);
  }

  /** The problems of the test plan with milestone {@code index} replaced; empty when valid. */
  private static List<PlanProblem> problemsWithMilestone(int index, Milestone milestone) {
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    milestones.set(index, milestone);
    return problems(TestPlans.builder().milestones(milestones));
  }

  private static List<PlanProblem> problems(MutualActionPlan.Builder builder) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, builder::build);
    return e == null ? List.of() : e.problems();
  }
}

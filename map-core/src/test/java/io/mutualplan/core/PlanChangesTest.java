package io.mutualplan.core;

import static io.mutualplan.core.TestPlans.ALEX;
import static io.mutualplan.core.TestPlans.DAN;
import static io.mutualplan.core.TestPlans.LEGAL;
import static io.mutualplan.core.TestPlans.SARAH;
import static io.mutualplan.core.TestPlans.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Changes are functions: each returns a new plan and leaves the old one as it was. */
class PlanChangesTest {
  private final MutualActionPlan plan = TestPlans.plan();

  @Test
  void completingAMilestoneSetsItsStatusAndDate() {
    MutualActionPlan changed = plan.completeMilestone(SECURITY, LocalDate.parse("2026-12-16"));
    Milestone security = changed.milestone(SECURITY).orElseThrow();
    assertThat(security.status()).isEqualTo(MilestoneStatus.COMPLETE);
    assertThat(security.completed()).contains(LocalDate.parse("2026-12-16"));
    assertThat(plan.milestone(SECURITY).orElseThrow().isComplete()).isFalse();
  }

  @Test
  void completingAnUnknownMilestoneSaysWhichId() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> plan.completeMilestone(MilestoneId.of("pilot"), LocalDate.parse("2026-12-16")));
    assertThat(e.problems()).containsExactly(
        new PlanProblem("/milestones", "the plan has no milestone with id 'pilot'"));
  }

  @Test
  void completingAMilestoneTwiceIsAnError() {
    MutualActionPlan done = plan.completeMilestone(SECURITY, LocalDate.parse("2026-12-16"));
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> done.completeMilestone(SECURITY, LocalDate.parse("2026-12-17")));
    assertThat(e.problems()).containsExactly(new PlanProblem("/milestones/0/status",
        "milestone 'security-review' is already complete (on 2026-12-16); it cannot be completed"
            + " again"));
  }

  @Test
  void completingBeforeTheStartIsAnErrorAtTheCompletedDate() {
    MutualActionPlan started = plan.withMilestones(plan.milestones().get(0)
        .withStatus(MilestoneStatus.IN_PROGRESS).withStarted(LocalDate.parse("2026-12-01")),
        plan.milestones().get(1), plan.milestones().get(2));
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> started.completeMilestone(SECURITY, LocalDate.parse("2026-11-30")));
    assertThat(e.problems()).containsExactly(new PlanProblem("/milestones/0/completed",
        "completed 2026-11-30 is before started 2026-12-01"));
  }

  @Test
  void theFirstMoveKeepsTheOriginalDateAsBaseline() {
    MutualActionPlan moved = plan.moveDue(LEGAL, LocalDate.parse("2027-01-29"))
        .moveDue(LEGAL, LocalDate.parse("2027-02-03"));
    Milestone legal = moved.milestone(LEGAL).orElseThrow();
    assertThat(legal.due()).contains(LocalDate.parse("2027-02-03"));
    assertThat(legal.baselineDue()).contains(LocalDate.parse("2027-01-22"));
  }

  @Test
  void movingAMilestoneWithoutADueDateSetsNoBaseline() {
    MutualActionPlan undated = plan.withMilestones(plan.milestones().get(0).withDue(
        java.util.Optional.empty()), plan.milestones().get(1), plan.milestones().get(2));
    Milestone security = undated.moveDue(SECURITY, LocalDate.parse("2026-12-20"))
        .milestone(SECURITY).orElseThrow();
    assertThat(security.due()).contains(LocalDate.parse("2026-12-20"));
    assertThat(security.baselineDue()).isEmpty();
  }

  @Test
  void aCompletedMilestonesDueDateDoesNotMove() {
    MutualActionPlan done = plan.completeMilestone(SECURITY, LocalDate.parse("2026-12-16"));
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> done.moveDue(SECURITY, LocalDate.parse("2026-12-30")));
    assertThat(e.problems()).extracting(PlanProblem::pointer).containsExactly("/milestones/0/due");
  }

  @Test
  void changingOneMilestoneLeavesTheOthersAndTheOldPlanAsTheyWere() {
    MutualActionPlan changed = plan.withMilestone(LEGAL, m -> m.withDurationDays(9));
    assertThat(changed.milestone(LEGAL).orElseThrow())
        .isEqualTo(plan.milestone(LEGAL).orElseThrow().withDurationDays(9));
    assertThat(changed.milestones()).hasSameSizeAs(plan.milestones());
    assertThat(changed.milestones().get(0)).isEqualTo(plan.milestones().get(0));
    assertThat(changed.milestones().get(2)).isEqualTo(plan.milestones().get(2));
    assertThat(changed.indexOf(LEGAL)).isEqualTo(plan.indexOf(LEGAL));
    assertThat(plan.milestone(LEGAL).orElseThrow().durationDays()).hasValue(28);
  }

  @Test
  void aChangeThatChangesNothingGivesTheSamePlan() {
    assertThat(plan.withMilestone(LEGAL, m -> m)).isSameAs(plan);
  }

  @Test
  void changingAnUnknownMilestoneSaysWhichId() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> plan.withMilestone(MilestoneId.of("pilot"), m -> m.withDurationDays(9)));
    assertThat(e.problems()).containsExactly(
        new PlanProblem("/milestones", "the plan has no milestone with id 'pilot'"));
  }

  @Test
  void theChangedPlanIsCheckedAsEveryPlanIs() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> plan.withMilestone(LEGAL, m -> m.withBuyerOwner(StakeholderId.of("zoe"))));
    assertThat(e.problems()).containsExactly(new PlanProblem("/milestones/1/buyerOwner",
        "buyerOwner 'zoe' is not a stakeholder of this plan; add them to stakeholders"));
  }

  @Test
  void aChangeMayNotGiveTheMilestoneAnotherId() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> plan.withMilestone(LEGAL, m -> m.withId(MilestoneId.of("legal-review"))));
    assertThat(e.problems()).containsExactly(new PlanProblem("/milestones/1/id",
        "the change of milestone 'legal' gave it the id 'legal-review'; a changed milestone keeps"
            + " its id (to rename one, replace the milestones and the dependencies on it)"));
  }

  @Test
  void changingAMilestoneNeedsAnIdAChangeAndAMilestoneBack() {
    assertThatNullPointerException()
        .isThrownBy(() -> plan.withMilestone(null, m -> m)).withMessage("id");
    assertThatNullPointerException()
        .isThrownBy(() -> plan.withMilestone(LEGAL, null)).withMessage("change");
    assertThatNullPointerException()
        .isThrownBy(() -> plan.withMilestone(LEGAL, m -> null))
        .withMessage("the change of milestone 'legal' returned null");
  }

  @Test
  void aRevisionIsNumberedAfterTheLatest() {
    MutualActionPlan revised =
        plan.addRevision(DAN, Instant.parse("2026-11-22T09:00:00Z"), "Moved legal a week");
    assertThat(revised.latestRevision().orElseThrow()).isEqualTo(Revision.builder().number(3)
        .author(DAN).at(Instant.parse("2026-11-22T09:00:00Z")).summary("Moved legal a week").build());
  }

  @Test
  void theFirstRevisionOfAPlanIsNumberOne() {
    MutualActionPlan fresh = plan.withSignOffs().withRevisions();
    assertThat(fresh.addRevision(ALEX, Instant.parse("2026-11-22T09:00:00Z"))
        .latestRevision().orElseThrow().number()).isEqualTo(1);
  }

  @Test
  void aRevisionByAStrangerOrBackInTimeIsRejected() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> plan.addRevision(StakeholderId.of("nobody"), Instant.parse("2026-11-01T00:00:00Z")));
    assertThat(e.problems()).extracting(PlanProblem::pointer)
        .containsExactly("/revisions/2/author", "/revisions/2/at");
  }

  @Test
  void aSignOffIsRecordedAgainstAnExistingRevision() {
    MutualActionPlan signed = plan.recordSignOff(SARAH, 1, LocalDate.parse("2026-11-22"));
    assertThat(signed.signOffs()).hasSize(2);
    assertThat(signed.signOffs().get(1).by()).isEqualTo(SARAH);
  }

  @Test
  void aSignOffOfARevisionThatDoesNotExistIsRejected() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> plan.recordSignOff(DAN, 3, LocalDate.parse("2026-11-22")));
    assertThat(e.problems()).containsExactly(new PlanProblem("/signOffs/1/revision",
        "the sign-off names revision 3, which is not in the plan's revisions"));
  }
}

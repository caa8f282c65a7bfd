package io.mutualplan.core;

import static io.mutualplan.core.TestPlans.ALEX;
import static io.mutualplan.core.TestPlans.DAN;
import static io.mutualplan.core.TestPlans.LEGAL;
import static io.mutualplan.core.TestPlans.SARAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanLookupsTest {
  private final MutualActionPlan plan = TestPlans.plan();

  @Test
  void findsMilestonesAndStakeholdersById() {
    assertThat(plan.milestone(LEGAL).orElseThrow().title()).isEqualTo("MSA redlines agreed");
    assertThat(plan.indexOf(LEGAL)).hasValue(1);
    assertThat(plan.milestone(MilestoneId.of("pilot"))).isEmpty();
    assertThat(plan.stakeholder(DAN).orElseThrow().name()).isEqualTo("Dan Ortiz");
    assertThat(plan.stakeholder(StakeholderId.of("nobody"))).isEmpty();
  }

  @Test
  void ownersAreTheBuyerOwnerThenTheSellerOwner() {
    Milestone signature = plan.milestones().get(2);
    assertThat(plan.owners(signature)).extracting(Stakeholder::id).containsExactly(DAN, ALEX);
  }

  @Test
  void stakeholdersAreFoundBySideAndRole() {
    assertThat(plan.buyerSide()).extracting(Stakeholder::id).containsExactly(SARAH, DAN);
    assertThat(plan.sellerSide()).extracting(Stakeholder::id).containsExactly(ALEX);
    assertThat(plan.stakeholdersWithRole(Role.ECONOMIC_BUYER))
        .extracting(Stakeholder::id).containsExactly(DAN);
    assertThat(plan.stakeholdersWithRole(Role.LEGAL)).isEmpty();
  }

  @Test
  void theStakeholdersOfASideCannotBeChanged() {
    assertThatThrownBy(() -> plan.stakeholdersOn(Side.BUYER).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.buyerSide().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.sellerSide().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(plan.buyerSide()).hasSize(2);
  }

  @Test
  void theStakeholdersWithARoleCannotBeChanged() {
    assertThatThrownBy(() -> plan.stakeholdersWithRole(Role.ECONOMIC_BUYER).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.stakeholdersWithRole(Role.LEGAL).add(plan.stakeholders().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theLatestRevisionIsTheLastOfTheHistory() {
    assertThat(plan.latestRevision().orElseThrow().number()).isEqualTo(2);
    assertThat(plan.withSignOffs().withRevisions().latestRevision()).isEmpty();
  }

  @Test
  void theScheduledDurationFallsBackToTheLikelyEstimateThenZero() {
    Milestone legal = plan.milestones().get(1);
    assertThat(legal.scheduledDurationDays()).isEqualTo(28);
    Milestone estimated = legal.withDurationDays(java.util.OptionalInt.empty())
        .withEstimate(Estimate.of(14, 21, 42));
    assertThat(estimated.scheduledDurationDays()).isEqualTo(21);
    assertThat(plan.milestones().get(2).scheduledDurationDays()).isZero();
  }
}

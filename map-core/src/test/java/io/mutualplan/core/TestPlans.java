package io.mutualplan.core;

import java.time.Instant;
import java.time.LocalDate;

/** A small valid plan to break one rule at a time. */
final class TestPlans {
  static final StakeholderId SARAH = StakeholderId.of("sarah");
  static final StakeholderId DAN = StakeholderId.of("dan");
  static final StakeholderId ALEX = StakeholderId.of("alex");
  static final MilestoneId SECURITY = MilestoneId.of("security-review");
  static final MilestoneId LEGAL = MilestoneId.of("legal");
  static final MilestoneId SIGNATURE = MilestoneId.of("signature");

  private TestPlans() {}

  static Stakeholder sarah() {
    return Stakeholder.builder().id(SARAH).name("Sarah Chen").side(Side.BUYER)
        .addRole(Role.CHAMPION).title("VP Operations").build();
  }

  static Stakeholder dan() {
    return Stakeholder.builder().id(DAN).name("Dan Ortiz").side(Side.BUYER)
        .addRole(Role.ECONOMIC_BUYER).build();
  }

  static Stakeholder alex() {
    return Stakeholder.builder().id(ALEX).name("Alex Kim").side(Side.SELLER)
        .addRole(Role.ACCOUNT_EXECUTIVE).build();
  }

  static Milestone security() {
    return Milestone.builder().id(SECURITY).title("IT security review approved")
        .kind(MilestoneKind.SECURITY_REVIEW).buyerOwner(SARAH).sellerOwner(ALEX)
        .due(LocalDate.parse("2026-12-18")).durationDays(15)
        .exitCriteria("Security approval signed").build();
  }

  static Milestone legal() {
    return Milestone.builder().id(LEGAL).title("MSA redlines agreed").kind(MilestoneKind.LEGAL)
        .buyerOwner(SARAH).sellerOwner(ALEX).due(LocalDate.parse("2027-01-22")).durationDays(28)
        .addDependsOn(Dependency.on(SECURITY)).build();
  }

  static Milestone signature() {
    return Milestone.builder().id(SIGNATURE).title("Order form signed")
        .kind(MilestoneKind.SIGNATURE).buyerOwner(DAN).sellerOwner(ALEX)
        .due(LocalDate.parse("2027-02-05")).addDependsOn(Dependency.on(LEGAL)).build();
  }

  static Revision revision(int number, StakeholderId author, String at) {
    return Revision.builder().number(number).author(author).at(Instant.parse(at)).build();
  }

  /** A valid plan; tests call {@code toBuilder()}-style {@code from()} and break one thing. */
  static MutualActionPlan.Builder builder() {
    return MutualActionPlan.builder()
        .id(PlanId.of("acme-2027"))
        .title("Acme x Globex")
        .buyer(Organization.of("Acme Corp"))
        .seller(Organization.of("Globex"))
        .outcome(Outcome.builder().date(LocalDate.parse("2027-03-01")).label("Go-live")
            .leadTimeDays(21).setBy(SARAH).build())
        .addStakeholders(sarah(), dan(), alex())
        .addMilestones(security(), legal(), signature())
        .addRevision(revision(1, ALEX, "2026-11-18T16:00:00Z"))
        .addRevision(revision(2, SARAH, "2026-11-19T10:30:00Z"))
        .addSignOff(SignOff.builder().by(DAN).revision(2).on(LocalDate.parse("2026-11-21")).build());
  }

  static MutualActionPlan plan() {
    return builder().build();
  }
}

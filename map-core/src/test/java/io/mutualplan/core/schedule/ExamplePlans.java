package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The example plans of {@code examples/*.json}, built in Java because map-core cannot read JSON.
 * {@link #acme()} is the whole document; the others carry the fields the scheduler reads
 * (outcome, calendar, durations, statuses, dates and dependencies) exactly as the files have them.
 */
final class ExamplePlans {
  private ExamplePlans() {}

  /** {@code examples/acme-go-live.json}, field for field. */
  static MutualActionPlan acme() {
    return MutualActionPlan.builder()
        .id(PlanId.of("acme-2027"))
        .title("Acme x Globex")
        .goal("Acme's operations team live on the new platform before the fiscal year starts")
        .buyer(Organization.of("Acme Corp"))
        .seller(Organization.of("Globex"))
        .outcome(Outcome.builder().date(date("2027-03-01")).label("Go-live").leadTimeDays(21)
            .setBy(StakeholderId.of("sarah")).build())
        .dealValue(Money.builder().amount(new BigDecimal("120000")).currency("USD").build())
        .createdOn(date("2026-11-18"))
        .addStakeholders(
            person("sarah", "Sarah Chen", Side.BUYER, Role.CHAMPION, "VP Operations"),
            person("dan", "Dan Ortiz", Side.BUYER, Role.ECONOMIC_BUYER, "CFO"),
            person("priya", "Priya Nair", Side.BUYER, Role.SECURITY, "IT Security Lead"),
            person("marco", "Marco Ruiz", Side.BUYER, Role.LEGAL, "Corporate Counsel"),
            person("lena", "Lena Park", Side.BUYER, Role.PROCUREMENT, "Procurement Manager"),
            Stakeholder.builder().id(StakeholderId.of("alex")).name("Alex Kim").side(Side.SELLER)
                .addRoles(Role.ACCOUNT_EXECUTIVE).build(),
            Stakeholder.builder().id(StakeholderId.of("jordan")).name("Jordan Blake")
                .side(Side.SELLER).addRoles(Role.SALES_ENGINEER).build())
        .addMilestones(
            Milestone.builder().id(MilestoneId.of("champion-alignment"))
                .title("Evaluation team and go-live date confirmed")
                .kind(MilestoneKind.CHAMPION_ALIGNMENT)
                .buyerOwner(StakeholderId.of("sarah")).sellerOwner(StakeholderId.of("alex"))
                .due(date("2026-11-20")).durationDays(1)
                .exitCriteria(
                    "Sarah confirms the evaluation team and the March 1 go-live in writing")
                .status(MilestoneStatus.COMPLETE).completed(date("2026-11-20"))
                .build(),
            Milestone.builder().id(MilestoneId.of("security-docs"))
                .title("Security documentation sent")
                .kind(MilestoneKind.SECURITY_REVIEW)
                .sellerOwner(StakeholderId.of("jordan"))
                .due(date("2026-11-27")).durationDays(3)
                .exitCriteria("SOC 2 report and completed questionnaire delivered to Priya")
                .status(MilestoneStatus.IN_PROGRESS).started(date("2026-11-21"))
                .addDependsOn(Dependency.on("champion-alignment"))
                .build(),
            Milestone.builder().id(MilestoneId.of("security-review"))
                .title("IT security review approved")
                .kind(MilestoneKind.SECURITY_REVIEW)
                .buyerOwner(StakeholderId.of("priya")).sellerOwner(StakeholderId.of("jordan"))
                .due(date("2026-12-18")).durationDays(15)
                .estimate(Estimate.of(10, 15, 30))
                .exitCriteria("Priya's team signs the security approval")
                .addDependsOn(Dependency.on("security-docs"))
                .build(),
            Milestone.builder().id(MilestoneId.of("business-case"))
                .title("CFO reviews the ROI model")
                .kind(MilestoneKind.BUSINESS_CASE)
                .buyerOwner(StakeholderId.of("sarah")).sellerOwner(StakeholderId.of("alex"))
                .due(date("2026-12-11")).durationDays(10)
                .exitCriteria("Dan accepts the ROI model in the December budget review")
                .addDependsOn(Dependency.on("champion-alignment"))
                .build(),
            Milestone.builder().id(MilestoneId.of("legal"))
                .title("MSA redlines agreed")
                .kind(MilestoneKind.LEGAL)
                .buyerOwner(StakeholderId.of("marco")).sellerOwner(StakeholderId.of("alex"))
                .due(date("2027-01-22")).durationDays(28)
                .estimate(Estimate.of(14, 28, 42))
                .exitCriteria("MSA countersigned by both legal teams")
                .addDependsOn(Dependency.on("security-review"))
                .build(),
            Milestone.builder().id(MilestoneId.of("procurement"))
                .title("Purchase order issued")
                .kind(MilestoneKind.PROCUREMENT)
                .buyerOwner(StakeholderId.of("lena")).sellerOwner(StakeholderId.of("alex"))
                .due(date("2027-02-03")).durationDays(10)
                .exitCriteria("PO number sent to Globex")
                .addDependsOn(Dependency.on("legal"), Dependency.on("business-case"))
                .build(),
            Milestone.builder().id(MilestoneId.of("signature"))
                .title("Order form signed")
                .kind(MilestoneKind.SIGNATURE)
                .buyerOwner(StakeholderId.of("dan")).sellerOwner(StakeholderId.of("alex"))
                .due(date("2027-02-05")).durationDays(0)
                .exitCriteria("Order form countersigned by Dan and Globex")
                .addDependsOn(Dependency.on("procurement"))
                .build())
        .addRevisions(
            revision(1, "alex", "2026-11-18T16:00:00Z", "First draft after the discovery call"),
            revision(2, "sarah", "2026-11-19T10:30:00Z",
                "Added the security review and procurement steps"),
            revision(3, "alex", "2026-11-20T09:00:00Z", "Dates from the backward build"))
        .addSignOffs(SignOff.builder().by(StakeholderId.of("dan")).revision(3)
            .on(date("2026-11-21")).build())
        .build();
  }

  /** The scheduling fields of {@code examples/seven-step-template.json}. */
  static MutualActionPlan sevenStepTemplate() {
    return TestPlans.planBuilder()
        .id(PlanId.of("seven-step-template"))
        .outcome(Outcome.builder().date(date("2026-09-01")).label("Decision").build())
        .addMilestones(
            dated("security-docs", 2, "2026-07-06")
                .status(MilestoneStatus.COMPLETE).completed(date("2026-07-03")).build(),
            dated("security-review", 10, "2026-07-24")
                .status(MilestoneStatus.IN_PROGRESS).started(date("2026-07-06"))
                .addDependsOn(Dependency.on("security-docs")).build(),
            dated("reference-call", 1, "2026-07-17").status(MilestoneStatus.SCHEDULED).build(),
            dated("proposal", 3, "2026-07-31")
                .addDependsOn(Dependency.on("reference-call")).build(),
            dated("legal", 10, "2026-08-14")
                .addDependsOn(Dependency.on("security-review"), Dependency.on("proposal"))
                .build(),
            dated("exec-sign-off", 3, "2026-08-21").addDependsOn(Dependency.on("legal")).build(),
            dated("contract", 0, "2026-08-28").addDependsOn(Dependency.on("exec-sign-off"))
                .build())
        .build();
  }

  /**
   * The scheduling fields of {@code examples/five-step-template.json}: no outcome and no
   * durations, so every step is an event.
   */
  static MutualActionPlan fiveStepTemplate() {
    return TestPlans.planBuilder()
        .id(PlanId.of("five-step-template"))
        .addMilestones(
            undated("kickoff", "2026-06-10").build(),
            undated("demo", "2026-06-15").status(MilestoneStatus.SCHEDULED)
                .addDependsOn(Dependency.on("kickoff")).build(),
            undated("security", "2026-06-20").status(MilestoneStatus.IN_PROGRESS)
                .addDependsOn(Dependency.on("demo")).build(),
            undated("exec-presentation", "2026-06-25")
                .addDependsOn(Dependency.on("security")).build(),
            undated("contract-review", "2026-06-30")
                .addDependsOn(Dependency.on("exec-presentation")).build())
        .build();
  }

  /** The scheduling fields of {@code examples/close-plan-in-disguise.json}. */
  static MutualActionPlan closePlanInDisguise() {
    return TestPlans.planBuilder()
        .id(PlanId.of("close-plan-in-disguise"))
        .outcome(Outcome.builder().date(date("2026-12-31")).label("Contract signed").build())
        .addMilestones(
            dated("demo", 1, "2026-11-25").build(),
            dated("pricing", 1, "2026-12-02").addDependsOn(Dependency.on("demo")).build(),
            dated("pipeline-review", 1, "2026-12-03").addDependsOn(Dependency.on("pricing"))
                .build(),
            dated("follow-up", 1, "2026-12-10").addDependsOn(Dependency.on("pricing")).build(),
            dated("close", 0, "2026-12-30").addDependsOn(Dependency.on("follow-up")).build())
        .build();
  }

  /** The scheduling fields of {@code examples/lightweight-email-plan.json}. */
  static MutualActionPlan lightweightEmailPlan() {
    return TestPlans.planBuilder()
        .id(PlanId.of("lightweight-email-plan"))
        .outcome(
            Outcome.builder().date(date("2026-12-15")).label("Live for the holiday rush").build())
        .addMilestones(
            dated("trial", 2, "2026-11-27").build(),
            dated("decision", 3, "2026-12-04").addDependsOn(Dependency.on("trial")).build(),
            dated("signature", 0, "2026-12-07").addDependsOn(Dependency.on("decision")).build())
        .build();
  }

  private static Milestone.Builder dated(String id, int days, String due) {
    return undated(id, due).durationDays(days);
  }

  private static Milestone.Builder undated(String id, String due) {
    return Milestone.builder().id(MilestoneId.of(id)).title("Step " + id).due(date(due));
  }

  private static Stakeholder person(String id, String name, Side side, Role role, String title) {
    return Stakeholder.builder().id(StakeholderId.of(id)).name(name).side(side).addRoles(role)
        .title(title).build();
  }

  private static Revision revision(int number, String author, String at, String summary) {
    return Revision.builder().number(number).author(StakeholderId.of(author))
        .at(Instant.parse(at)).summary(summary).build();
  }
}

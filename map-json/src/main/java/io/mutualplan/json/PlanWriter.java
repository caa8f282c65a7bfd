package io.mutualplan.json;

import static io.mutualplan.json.PlanFields.CALENDAR;
import static io.mutualplan.json.PlanFields.DEPENDENCY;
import static io.mutualplan.json.PlanFields.ESTIMATE;
import static io.mutualplan.json.PlanFields.MILESTONE;
import static io.mutualplan.json.PlanFields.MONEY;
import static io.mutualplan.json.PlanFields.ORGANIZATION;
import static io.mutualplan.json.PlanFields.OUTCOME;
import static io.mutualplan.json.PlanFields.PLAN;
import static io.mutualplan.json.PlanFields.REVISION;
import static io.mutualplan.json.PlanFields.SIGN_OFF;
import static io.mutualplan.json.PlanFields.STAKEHOLDER;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.json.PlanFields.CalendarField;
import io.mutualplan.json.PlanFields.DependencyField;
import io.mutualplan.json.PlanFields.EstimateField;
import io.mutualplan.json.PlanFields.MilestoneField;
import io.mutualplan.json.PlanFields.MoneyField;
import io.mutualplan.json.PlanFields.OrganizationField;
import io.mutualplan.json.PlanFields.OutcomeField;
import io.mutualplan.json.PlanFields.PlanField;
import io.mutualplan.json.PlanFields.RevisionField;
import io.mutualplan.json.PlanFields.SignOffField;
import io.mutualplan.json.PlanFields.StakeholderField;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code mutual-action-plan/1} in its canonical form: fields in the order of the format's
 * tables, absent optional values and default values omitted ({@code status} {@code not-started},
 * {@code atRisk} false, {@code leadTimeDays} 0, all seven {@code workingDays} Monday first, empty
 * optional arrays and maps), dependencies as bare ids where the form allows, amounts in plain
 * decimal notation.
 */
final class PlanWriter {
  private static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

  private PlanWriter() {}

  /** Writes a whole plan document. */
  static void plan(JsonGenerator gen, MutualActionPlan plan) throws IOException {
    gen.writeStartObject();
    PLAN.string(gen, PlanField.FORMAT, DocumentFormat.PLAN.formatName());
    PLAN.string(gen, PlanField.ID, plan.id().value());
    PLAN.string(gen, PlanField.TITLE, plan.title());
    PLAN.string(gen, PlanField.GOAL, plan.goal());
    PLAN.name(gen, PlanField.BUYER);
    organization(gen, plan.buyer());
    PLAN.name(gen, PlanField.SELLER);
    organization(gen, plan.seller());
    PLAN.optional(gen, PlanField.OUTCOME, plan.outcome(), PlanWriter::outcome);
    PLAN.optional(gen, PlanField.CALENDAR, plan.calendar(), PlanWriter::calendar);
    PLAN.optional(gen, PlanField.DEAL_VALUE, plan.dealValue(), PlanWriter::money);
    PLAN.date(gen, PlanField.CREATED_ON, plan.createdOn());
    PLAN.array(gen, PlanField.STAKEHOLDERS, plan.stakeholders(), PlanWriter::stakeholder);
    PLAN.array(gen, PlanField.MILESTONES, plan.milestones(), PlanWriter::milestone);
    if (!plan.revisions().isEmpty()) {
      PLAN.array(gen, PlanField.REVISIONS, plan.revisions(), PlanWriter::revision);
    }
    if (!plan.signOffs().isEmpty()) {
      PLAN.array(gen, PlanField.SIGN_OFFS, plan.signOffs(), PlanWriter::signOff);
    }
    if (!plan.attributes().isEmpty()) {
      PLAN.name(gen, PlanField.ATTRIBUTES);
      attributes(gen, plan.attributes());
    }
    gen.writeEndObject();
  }

  static void organization(JsonGenerator gen, Organization organization) throws IOException {
    gen.writeStartObject();
    ORGANIZATION.string(gen, OrganizationField.NAME, organization.name());
    gen.writeEndObject();
  }

  static void outcome(JsonGenerator gen, Outcome outcome) throws IOException {
    gen.writeStartObject();
    OUTCOME.date(gen, OutcomeField.DATE, outcome.date());
    OUTCOME.string(gen, OutcomeField.LABEL, outcome.label());
    if (outcome.leadTimeDays() != 0) {
      OUTCOME.number(gen, OutcomeField.LEAD_TIME_DAYS, outcome.leadTimeDays());
    }
    OUTCOME.string(gen, OutcomeField.SET_BY, outcome.setBy().map(StakeholderId::value));
    gen.writeEndObject();
  }

  static void calendar(JsonGenerator gen, CalendarSettings calendar) throws IOException {
    gen.writeStartObject();
    if (!calendar.workingDays().equals(EVERY_DAY)) {
      CALENDAR.array(gen, CalendarField.WORKING_DAYS, calendar.workingDays(),
          (out, day) -> out.writeString(PlanFields.weekday(day)));
    }
    if (!calendar.holidays().isEmpty()) {
      CALENDAR.array(gen, CalendarField.HOLIDAYS, calendar.holidays(), IsoDates::write);
    }
    gen.writeEndObject();
  }

  static void money(JsonGenerator gen, Money money) throws IOException {
    gen.writeStartObject();
    MONEY.name(gen, MoneyField.AMOUNT);
    gen.writeNumber(money.amount().toPlainString());
    MONEY.string(gen, MoneyField.CURRENCY, money.currency());
    gen.writeEndObject();
  }

  static void stakeholder(JsonGenerator gen, Stakeholder stakeholder) throws IOException {
    gen.writeStartObject();
    STAKEHOLDER.string(gen, StakeholderField.ID, stakeholder.id().value());
    STAKEHOLDER.string(gen, StakeholderField.NAME, stakeholder.name());
    STAKEHOLDER.string(gen, StakeholderField.SIDE, stakeholder.side().spelling());
    if (!stakeholder.roles().isEmpty()) {
      STAKEHOLDER.array(gen, StakeholderField.ROLES, stakeholder.roles(),
          (out, role) -> out.writeString(role.spelling()));
    }
    STAKEHOLDER.string(gen, StakeholderField.TITLE, stakeholder.title());
    STAKEHOLDER.string(gen, StakeholderField.EMAIL, stakeholder.email());
    gen.writeEndObject();
  }

  static void milestone(JsonGenerator gen, Milestone milestone) throws IOException {
    gen.writeStartObject();
    MILESTONE.string(gen, MilestoneField.ID, milestone.id().value());
    MILESTONE.string(gen, MilestoneField.TITLE, milestone.title());
    MILESTONE.string(gen, MilestoneField.DESCRIPTION, milestone.description());
    MILESTONE.string(gen, MilestoneField.KIND, milestone.kind().map(MilestoneKind::spelling));
    MILESTONE.string(gen, MilestoneField.BUYER_OWNER,
        milestone.buyerOwner().map(StakeholderId::value));
    MILESTONE.string(gen, MilestoneField.SELLER_OWNER,
        milestone.sellerOwner().map(StakeholderId::value));
    MILESTONE.date(gen, MilestoneField.DUE, milestone.due());
    MILESTONE.date(gen, MilestoneField.BASELINE_DUE, milestone.baselineDue());
    if (milestone.durationDays().isPresent()) {
      MILESTONE.number(gen, MilestoneField.DURATION_DAYS, milestone.durationDays().getAsInt());
    }
    MILESTONE.optional(gen, MilestoneField.ESTIMATE, milestone.estimate(), PlanWriter::estimate);
    MILESTONE.string(gen, MilestoneField.EXIT_CRITERIA, milestone.exitCriteria());
    if (milestone.status() != MilestoneStatus.NOT_STARTED) {
      MILESTONE.string(gen, MilestoneField.STATUS, milestone.status().spelling());
    }
    MILESTONE.date(gen, MilestoneField.STARTED, milestone.started());
    MILESTONE.date(gen, MilestoneField.COMPLETED, milestone.completed());
    if (!milestone.dependsOn().isEmpty()) {
      MILESTONE.array(gen, MilestoneField.DEPENDS_ON, milestone.dependsOn(),
          PlanWriter::dependency);
    }
    if (milestone.atRisk()) {
      MILESTONE.bool(gen, MilestoneField.AT_RISK, true);
    }
    MILESTONE.string(gen, MilestoneField.NOTES, milestone.notes());
    if (!milestone.attributes().isEmpty()) {
      MILESTONE.name(gen, MilestoneField.ATTRIBUTES);
      attributes(gen, milestone.attributes());
    }
    gen.writeEndObject();
  }

  static void estimate(JsonGenerator gen, Estimate estimate) throws IOException {
    gen.writeStartObject();
    ESTIMATE.number(gen, EstimateField.OPTIMISTIC, estimate.optimistic());
    ESTIMATE.number(gen, EstimateField.LIKELY, estimate.likely());
    ESTIMATE.number(gen, EstimateField.PESSIMISTIC, estimate.pessimistic());
    gen.writeEndObject();
  }

  /** A bare id for {@code finish-to-start} with no lag, else the object with its non-defaults. */
  static void dependency(JsonGenerator gen, Dependency dependency) throws IOException {
    if (dependency.isPlain()) {
      gen.writeString(dependency.milestone().value());
      return;
    }
    gen.writeStartObject();
    DEPENDENCY.string(gen, DependencyField.MILESTONE, dependency.milestone().value());
    if (dependency.type() != DependencyType.FINISH_TO_START) {
      DEPENDENCY.string(gen, DependencyField.TYPE, dependency.type().spelling());
    }
    if (dependency.lagDays() != 0) {
      DEPENDENCY.number(gen, DependencyField.LAG_DAYS, dependency.lagDays());
    }
    gen.writeEndObject();
  }

  static void revision(JsonGenerator gen, Revision revision) throws IOException {
    gen.writeStartObject();
    REVISION.number(gen, RevisionField.NUMBER, revision.number());
    REVISION.string(gen, RevisionField.AUTHOR, revision.author().value());
    REVISION.string(gen, RevisionField.AT, revision.at().toString());
    REVISION.string(gen, RevisionField.SUMMARY, revision.summary());
    gen.writeEndObject();
  }

  static void signOff(JsonGenerator gen, SignOff signOff) throws IOException {
    gen.writeStartObject();
    SIGN_OFF.string(gen, SignOffField.BY, signOff.by().value());
    SIGN_OFF.number(gen, SignOffField.REVISION, signOff.revision());
    SIGN_OFF.date(gen, SignOffField.ON, signOff.on());
    gen.writeEndObject();
  }

  private static void attributes(JsonGenerator gen, Map<String, String> attributes)
      throws IOException {
    gen.writeStartObject();
    for (Map.Entry<String, String> entry : attributes.entrySet()) {
      gen.writeFieldName(entry.getKey());
      gen.writeString(entry.getValue());
    }
    gen.writeEndObject();
  }
}

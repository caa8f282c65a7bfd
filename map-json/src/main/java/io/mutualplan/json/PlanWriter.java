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
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code mutual-action-plan/1} in its canonical form: fields in the order of the format's
 * tables, absent optional values and default values omitted ({@code status} {@code not-started},
 * {@code atRisk} false, {@code leadTimeDays} 0, all seven {@code workingDays} Monday first, empty
 * optional arrays and maps), dependencies as bare ids where the form allows, amounts in plain
 * decimal notation.
 */
final class PlanWriter {
  private PlanWriter() {}

  private static final SerializedString FORMAT_VALUE = new SerializedString(PlanFields.FORMAT_NAME);
  private static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

  /** Writes a whole plan document. */
  static void plan(JsonGenerator gen, MutualActionPlan plan) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(PLAN.encoded(PlanField.FORMAT));
    gen.writeString(FORMAT_VALUE);
    gen.writeFieldName(PLAN.encoded(PlanField.ID));
    gen.writeString(plan.id().value());
    gen.writeFieldName(PLAN.encoded(PlanField.TITLE));
    gen.writeString(plan.title());
    text(gen, PLAN.encoded(PlanField.GOAL), plan.goal());
    gen.writeFieldName(PLAN.encoded(PlanField.BUYER));
    organization(gen, plan.buyer());
    gen.writeFieldName(PLAN.encoded(PlanField.SELLER));
    organization(gen, plan.seller());
    if (plan.outcome().isPresent()) {
      gen.writeFieldName(PLAN.encoded(PlanField.OUTCOME));
      outcome(gen, plan.outcome().get());
    }
    if (plan.calendar().isPresent()) {
      gen.writeFieldName(PLAN.encoded(PlanField.CALENDAR));
      calendar(gen, plan.calendar().get());
    }
    if (plan.dealValue().isPresent()) {
      gen.writeFieldName(PLAN.encoded(PlanField.DEAL_VALUE));
      money(gen, plan.dealValue().get());
    }
    date(gen, PLAN.encoded(PlanField.CREATED_ON), plan.createdOn());
    gen.writeFieldName(PLAN.encoded(PlanField.STAKEHOLDERS));
    List<Stakeholder> stakeholders = plan.stakeholders();
    gen.writeStartArray(stakeholders, stakeholders.size());
    for (int i = 0, size = stakeholders.size(); i < size; i++) {
      stakeholder(gen, stakeholders.get(i));
    }
    gen.writeEndArray();
    gen.writeFieldName(PLAN.encoded(PlanField.MILESTONES));
    List<Milestone> milestones = plan.milestones();
    gen.writeStartArray(milestones, milestones.size());
    for (int i = 0, size = milestones.size(); i < size; i++) {
      milestone(gen, milestones.get(i));
    }
    gen.writeEndArray();
    List<Revision> revisions = plan.revisions();
    if (!revisions.isEmpty()) {
      gen.writeFieldName(PLAN.encoded(PlanField.REVISIONS));
      gen.writeStartArray(revisions, revisions.size());
      for (Revision revision : revisions) {
        revision(gen, revision);
      }
      gen.writeEndArray();
    }
    List<SignOff> signOffs = plan.signOffs();
    if (!signOffs.isEmpty()) {
      gen.writeFieldName(PLAN.encoded(PlanField.SIGN_OFFS));
      gen.writeStartArray(signOffs, signOffs.size());
      for (SignOff signOff : signOffs) {
        signOff(gen, signOff);
      }
      gen.writeEndArray();
    }
    attributes(gen, PLAN.encoded(PlanField.ATTRIBUTES), plan.attributes());
    gen.writeEndObject();
  }

  static void organization(JsonGenerator gen, Organization organization)
      throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ORGANIZATION.encoded(OrganizationField.NAME));
    gen.writeString(organization.name());
    gen.writeEndObject();
  }

  static void outcome(JsonGenerator gen, Outcome outcome) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(OUTCOME.encoded(OutcomeField.DATE));
    IsoDates.write(gen, outcome.date());
    text(gen, OUTCOME.encoded(OutcomeField.LABEL), outcome.label());
    if (outcome.leadTimeDays() != 0) {
      gen.writeFieldName(OUTCOME.encoded(OutcomeField.LEAD_TIME_DAYS));
      gen.writeNumber(outcome.leadTimeDays());
    }
    if (outcome.setBy().isPresent()) {
      gen.writeFieldName(OUTCOME.encoded(OutcomeField.SET_BY));
      gen.writeString(outcome.setBy().get().value());
    }
    gen.writeEndObject();
  }

  static void calendar(JsonGenerator gen, CalendarSettings calendar) throws IOException {
    gen.writeStartObject();
    List<DayOfWeek> workingDays = calendar.workingDays();
    if (!workingDays.equals(EVERY_DAY)) {
      gen.writeFieldName(CALENDAR.encoded(CalendarField.WORKING_DAYS));
      gen.writeStartArray(workingDays, workingDays.size());
      for (DayOfWeek day : workingDays) {
        gen.writeString(PlanFields.weekday(day));
      }
      gen.writeEndArray();
    }
    List<LocalDate> holidays = calendar.holidays();
    if (!holidays.isEmpty()) {
      gen.writeFieldName(CALENDAR.encoded(CalendarField.HOLIDAYS));
      gen.writeStartArray(holidays, holidays.size());
      for (LocalDate holiday : holidays) {
        IsoDates.write(gen, holiday);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  static void money(JsonGenerator gen, Money money) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(MONEY.encoded(MoneyField.AMOUNT));
    gen.writeNumber(money.amount().toPlainString());
    gen.writeFieldName(MONEY.encoded(MoneyField.CURRENCY));
    gen.writeString(money.currency());
    gen.writeEndObject();
  }

  static void stakeholder(JsonGenerator gen, Stakeholder stakeholder) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(STAKEHOLDER.encoded(StakeholderField.ID));
    gen.writeString(stakeholder.id().value());
    gen.writeFieldName(STAKEHOLDER.encoded(StakeholderField.NAME));
    gen.writeString(stakeholder.name());
    gen.writeFieldName(STAKEHOLDER.encoded(StakeholderField.SIDE));
    gen.writeString(stakeholder.side().spelling());
    List<Role> roles = stakeholder.roles();
    if (!roles.isEmpty()) {
      gen.writeFieldName(STAKEHOLDER.encoded(StakeholderField.ROLES));
      gen.writeStartArray(roles, roles.size());
      for (Role role : roles) {
        gen.writeString(role.spelling());
      }
      gen.writeEndArray();
    }
    text(gen, STAKEHOLDER.encoded(StakeholderField.TITLE), stakeholder.title());
    text(gen, STAKEHOLDER.encoded(StakeholderField.EMAIL), stakeholder.email());
    gen.writeEndObject();
  }

  static void milestone(JsonGenerator gen, Milestone milestone) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(MILESTONE.encoded(MilestoneField.ID));
    gen.writeString(milestone.id().value());
    gen.writeFieldName(MILESTONE.encoded(MilestoneField.TITLE));
    gen.writeString(milestone.title());
    text(gen, MILESTONE.encoded(MilestoneField.DESCRIPTION), milestone.description());
    if (milestone.kind().isPresent()) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.KIND));
      gen.writeString(milestone.kind().get().spelling());
    }
    if (milestone.buyerOwner().isPresent()) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.BUYER_OWNER));
      gen.writeString(milestone.buyerOwner().get().value());
    }
    if (milestone.sellerOwner().isPresent()) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.SELLER_OWNER));
      gen.writeString(milestone.sellerOwner().get().value());
    }
    date(gen, MILESTONE.encoded(MilestoneField.DUE), milestone.due());
    date(gen, MILESTONE.encoded(MilestoneField.BASELINE_DUE), milestone.baselineDue());
    if (milestone.durationDays().isPresent()) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.DURATION_DAYS));
      gen.writeNumber(milestone.durationDays().getAsInt());
    }
    if (milestone.estimate().isPresent()) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.ESTIMATE));
      estimate(gen, milestone.estimate().get());
    }
    text(gen, MILESTONE.encoded(MilestoneField.EXIT_CRITERIA), milestone.exitCriteria());
    if (milestone.status() != MilestoneStatus.NOT_STARTED) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.STATUS));
      gen.writeString(milestone.status().spelling());
    }
    date(gen, MILESTONE.encoded(MilestoneField.STARTED), milestone.started());
    date(gen, MILESTONE.encoded(MilestoneField.COMPLETED), milestone.completed());
    List<Dependency> dependsOn = milestone.dependsOn();
    if (!dependsOn.isEmpty()) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.DEPENDS_ON));
      gen.writeStartArray(dependsOn, dependsOn.size());
      for (int i = 0, size = dependsOn.size(); i < size; i++) {
        dependency(gen, dependsOn.get(i));
      }
      gen.writeEndArray();
    }
    if (milestone.atRisk()) {
      gen.writeFieldName(MILESTONE.encoded(MilestoneField.AT_RISK));
      gen.writeBoolean(true);
    }
    text(gen, MILESTONE.encoded(MilestoneField.NOTES), milestone.notes());
    attributes(gen, MILESTONE.encoded(MilestoneField.ATTRIBUTES), milestone.attributes());
    gen.writeEndObject();
  }

  static void estimate(JsonGenerator gen, Estimate estimate) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ESTIMATE.encoded(EstimateField.OPTIMISTIC));
    gen.writeNumber(estimate.optimistic());
    gen.writeFieldName(ESTIMATE.encoded(EstimateField.LIKELY));
    gen.writeNumber(estimate.likely());
    gen.writeFieldName(ESTIMATE.encoded(EstimateField.PESSIMISTIC));
    gen.writeNumber(estimate.pessimistic());
    gen.writeEndObject();
  }

  /** A bare id for {@code finish-to-start} with no lag, else the object with its non-defaults. */
  static void dependency(JsonGenerator gen, Dependency dependency) throws IOException {
    if (dependency.isPlain()) {
      gen.writeString(dependency.milestone().value());
      return;
    }
    gen.writeStartObject();
    gen.writeFieldName(DEPENDENCY.encoded(DependencyField.MILESTONE));
    gen.writeString(dependency.milestone().value());
    if (dependency.type() != io.mutualplan.core.DependencyType.FINISH_TO_START) {
      gen.writeFieldName(DEPENDENCY.encoded(DependencyField.TYPE));
      gen.writeString(dependency.type().spelling());
    }
    if (dependency.lagDays() != 0) {
      gen.writeFieldName(DEPENDENCY.encoded(DependencyField.LAG_DAYS));
      gen.writeNumber(dependency.lagDays());
    }
    gen.writeEndObject();
  }

  static void revision(JsonGenerator gen, Revision revision) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(REVISION.encoded(RevisionField.NUMBER));
    gen.writeNumber(revision.number());
    gen.writeFieldName(REVISION.encoded(RevisionField.AUTHOR));
    gen.writeString(revision.author().value());
    gen.writeFieldName(REVISION.encoded(RevisionField.AT));
    gen.writeString(revision.at().toString());
    text(gen, REVISION.encoded(RevisionField.SUMMARY), revision.summary());
    gen.writeEndObject();
  }

  static void signOff(JsonGenerator gen, SignOff signOff) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(SIGN_OFF.encoded(SignOffField.BY));
    gen.writeString(signOff.by().value());
    gen.writeFieldName(SIGN_OFF.encoded(SignOffField.REVISION));
    gen.writeNumber(signOff.revision());
    gen.writeFieldName(SIGN_OFF.encoded(SignOffField.ON));
    IsoDates.write(gen, signOff.on());
    gen.writeEndObject();
  }

  private static void text(JsonGenerator gen, SerializableString name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      gen.writeFieldName(name);
      gen.writeString(value.get());
    }
  }

  private static void date(JsonGenerator gen, SerializableString name, Optional<LocalDate> value)
      throws IOException {
    if (value.isPresent()) {
      gen.writeFieldName(name);
      IsoDates.write(gen, value.get());
    }
  }

  private static void attributes(JsonGenerator gen, SerializableString name,
      Map<String, String> attributes) throws IOException {
    if (attributes.isEmpty()) {
      return;
    }
    gen.writeFieldName(name);
    gen.writeStartObject();
    for (Map.Entry<String, String> entry : attributes.entrySet()) {
      gen.writeFieldName(entry.getKey());
      gen.writeString(entry.getValue());
    }
    gen.writeEndObject();
  }
}

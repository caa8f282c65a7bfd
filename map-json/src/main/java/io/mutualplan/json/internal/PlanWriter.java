package io.mutualplan.json.internal;

import static io.mutualplan.json.internal.PlanFields.*;

import com.fasterxml.jackson.core.JsonGenerator;
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

  private static final SerializedString[] PLAN_NAMES = Names.of(PLAN);
  private static final SerializedString[] ORGANIZATION_NAMES = Names.of(ORGANIZATION);
  private static final SerializedString[] OUTCOME_NAMES = Names.of(OUTCOME);
  private static final SerializedString[] CALENDAR_NAMES = Names.of(CALENDAR);
  private static final SerializedString[] MONEY_NAMES = Names.of(MONEY);
  private static final SerializedString[] STAKEHOLDER_NAMES = Names.of(STAKEHOLDER);
  private static final SerializedString[] MILESTONE_NAMES = Names.of(MILESTONE);
  private static final SerializedString[] ESTIMATE_NAMES = Names.of(ESTIMATE);
  private static final SerializedString[] DEPENDENCY_NAMES = Names.of(DEPENDENCY);
  private static final SerializedString[] REVISION_NAMES = Names.of(REVISION);
  private static final SerializedString[] SIGN_OFF_NAMES = Names.of(SIGN_OFF);
  private static final SerializedString FORMAT_VALUE = new SerializedString(FORMAT);
  private static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

  /** Writes a whole plan document. */
  static void plan(JsonGenerator gen, MutualActionPlan plan) throws IOException {
    SerializedString[] n = PLAN_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[P_FORMAT]);
    gen.writeString(FORMAT_VALUE);
    gen.writeFieldName(n[P_ID]);
    gen.writeString(plan.id().value());
    gen.writeFieldName(n[P_TITLE]);
    gen.writeString(plan.title());
    text(gen, n[P_GOAL], plan.goal());
    gen.writeFieldName(n[P_BUYER]);
    organization(gen, plan.buyer());
    gen.writeFieldName(n[P_SELLER]);
    organization(gen, plan.seller());
    if (plan.outcome().isPresent()) {
      gen.writeFieldName(n[P_OUTCOME]);
      outcome(gen, plan.outcome().get());
    }
    if (plan.calendar().isPresent()) {
      gen.writeFieldName(n[P_CALENDAR]);
      calendar(gen, plan.calendar().get());
    }
    if (plan.dealValue().isPresent()) {
      gen.writeFieldName(n[P_DEAL_VALUE]);
      money(gen, plan.dealValue().get());
    }
    date(gen, n[P_CREATED_ON], plan.createdOn());
    gen.writeFieldName(n[P_STAKEHOLDERS]);
    List<Stakeholder> stakeholders = plan.stakeholders();
    gen.writeStartArray(stakeholders, stakeholders.size());
    for (int i = 0, size = stakeholders.size(); i < size; i++) {
      stakeholder(gen, stakeholders.get(i));
    }
    gen.writeEndArray();
    gen.writeFieldName(n[P_MILESTONES]);
    List<Milestone> milestones = plan.milestones();
    gen.writeStartArray(milestones, milestones.size());
    for (int i = 0, size = milestones.size(); i < size; i++) {
      milestone(gen, milestones.get(i));
    }
    gen.writeEndArray();
    List<Revision> revisions = plan.revisions();
    if (!revisions.isEmpty()) {
      gen.writeFieldName(n[P_REVISIONS]);
      gen.writeStartArray(revisions, revisions.size());
      for (Revision revision : revisions) {
        revision(gen, revision);
      }
      gen.writeEndArray();
    }
    List<SignOff> signOffs = plan.signOffs();
    if (!signOffs.isEmpty()) {
      gen.writeFieldName(n[P_SIGN_OFFS]);
      gen.writeStartArray(signOffs, signOffs.size());
      for (SignOff signOff : signOffs) {
        signOff(gen, signOff);
      }
      gen.writeEndArray();
    }
    attributes(gen, n[P_ATTRIBUTES], plan.attributes());
    gen.writeEndObject();
  }

  static void organization(JsonGenerator gen, Organization organization)
      throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ORGANIZATION_NAMES[O_NAME]);
    gen.writeString(organization.name());
    gen.writeEndObject();
  }

  static void outcome(JsonGenerator gen, Outcome outcome) throws IOException {
    SerializedString[] n = OUTCOME_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[OC_DATE]);
    IsoDates.write(gen, outcome.date());
    text(gen, n[OC_LABEL], outcome.label());
    if (outcome.leadTimeDays() != 0) {
      gen.writeFieldName(n[OC_LEAD_TIME_DAYS]);
      gen.writeNumber(outcome.leadTimeDays());
    }
    if (outcome.setBy().isPresent()) {
      gen.writeFieldName(n[OC_SET_BY]);
      gen.writeString(outcome.setBy().get().value());
    }
    gen.writeEndObject();
  }

  static void calendar(JsonGenerator gen, CalendarSettings calendar) throws IOException {
    gen.writeStartObject();
    List<DayOfWeek> workingDays = calendar.workingDays();
    if (!workingDays.equals(EVERY_DAY)) {
      gen.writeFieldName(CALENDAR_NAMES[C_WORKING_DAYS]);
      gen.writeStartArray(workingDays, workingDays.size());
      for (DayOfWeek day : workingDays) {
        gen.writeString(PlanFields.weekday(day));
      }
      gen.writeEndArray();
    }
    List<LocalDate> holidays = calendar.holidays();
    if (!holidays.isEmpty()) {
      gen.writeFieldName(CALENDAR_NAMES[C_HOLIDAYS]);
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
    gen.writeFieldName(MONEY_NAMES[M_AMOUNT]);
    gen.writeNumber(money.amount().toPlainString());
    gen.writeFieldName(MONEY_NAMES[M_CURRENCY]);
    gen.writeString(money.currency());
    gen.writeEndObject();
  }

  static void stakeholder(JsonGenerator gen, Stakeholder stakeholder) throws IOException {
    SerializedString[] n = STAKEHOLDER_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[S_ID]);
    gen.writeString(stakeholder.id().value());
    gen.writeFieldName(n[S_NAME]);
    gen.writeString(stakeholder.name());
    gen.writeFieldName(n[S_SIDE]);
    gen.writeString(stakeholder.side().spelling());
    List<Role> roles = stakeholder.roles();
    if (!roles.isEmpty()) {
      gen.writeFieldName(n[S_ROLES]);
      gen.writeStartArray(roles, roles.size());
      for (Role role : roles) {
        gen.writeString(role.spelling());
      }
      gen.writeEndArray();
    }
    text(gen, n[S_TITLE], stakeholder.title());
    text(gen, n[S_EMAIL], stakeholder.email());
    gen.writeEndObject();
  }

  static void milestone(JsonGenerator gen, Milestone milestone) throws IOException {
    SerializedString[] n = MILESTONE_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[MS_ID]);
    gen.writeString(milestone.id().value());
    gen.writeFieldName(n[MS_TITLE]);
    gen.writeString(milestone.title());
    text(gen, n[MS_DESCRIPTION], milestone.description());
    if (milestone.kind().isPresent()) {
      gen.writeFieldName(n[MS_KIND]);
      gen.writeString(milestone.kind().get().spelling());
    }
    if (milestone.buyerOwner().isPresent()) {
      gen.writeFieldName(n[MS_BUYER_OWNER]);
      gen.writeString(milestone.buyerOwner().get().value());
    }
    if (milestone.sellerOwner().isPresent()) {
      gen.writeFieldName(n[MS_SELLER_OWNER]);
      gen.writeString(milestone.sellerOwner().get().value());
    }
    date(gen, n[MS_DUE], milestone.due());
    date(gen, n[MS_BASELINE_DUE], milestone.baselineDue());
    if (milestone.durationDays().isPresent()) {
      gen.writeFieldName(n[MS_DURATION_DAYS]);
      gen.writeNumber(milestone.durationDays().getAsInt());
    }
    if (milestone.estimate().isPresent()) {
      gen.writeFieldName(n[MS_ESTIMATE]);
      estimate(gen, milestone.estimate().get());
    }
    text(gen, n[MS_EXIT_CRITERIA], milestone.exitCriteria());
    if (milestone.status() != MilestoneStatus.NOT_STARTED) {
      gen.writeFieldName(n[MS_STATUS]);
      gen.writeString(milestone.status().spelling());
    }
    date(gen, n[MS_STARTED], milestone.started());
    date(gen, n[MS_COMPLETED], milestone.completed());
    List<Dependency> dependsOn = milestone.dependsOn();
    if (!dependsOn.isEmpty()) {
      gen.writeFieldName(n[MS_DEPENDS_ON]);
      gen.writeStartArray(dependsOn, dependsOn.size());
      for (int i = 0, size = dependsOn.size(); i < size; i++) {
        dependency(gen, dependsOn.get(i));
      }
      gen.writeEndArray();
    }
    if (milestone.atRisk()) {
      gen.writeFieldName(n[MS_AT_RISK]);
      gen.writeBoolean(true);
    }
    text(gen, n[MS_NOTES], milestone.notes());
    attributes(gen, n[MS_ATTRIBUTES], milestone.attributes());
    gen.writeEndObject();
  }

  static void estimate(JsonGenerator gen, Estimate estimate) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(ESTIMATE_NAMES[E_OPTIMISTIC]);
    gen.writeNumber(estimate.optimistic());
    gen.writeFieldName(ESTIMATE_NAMES[E_LIKELY]);
    gen.writeNumber(estimate.likely());
    gen.writeFieldName(ESTIMATE_NAMES[E_PESSIMISTIC]);
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
    gen.writeFieldName(DEPENDENCY_NAMES[D_MILESTONE]);
    gen.writeString(dependency.milestone().value());
    if (dependency.type() != io.mutualplan.core.DependencyType.FINISH_TO_START) {
      gen.writeFieldName(DEPENDENCY_NAMES[D_TYPE]);
      gen.writeString(dependency.type().spelling());
    }
    if (dependency.lagDays() != 0) {
      gen.writeFieldName(DEPENDENCY_NAMES[D_LAG_DAYS]);
      gen.writeNumber(dependency.lagDays());
    }
    gen.writeEndObject();
  }

  static void revision(JsonGenerator gen, Revision revision) throws IOException {
    SerializedString[] n = REVISION_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[R_NUMBER]);
    gen.writeNumber(revision.number());
    gen.writeFieldName(n[R_AUTHOR]);
    gen.writeString(revision.author().value());
    gen.writeFieldName(n[R_AT]);
    gen.writeString(revision.at().toString());
    text(gen, n[R_SUMMARY], revision.summary());
    gen.writeEndObject();
  }

  static void signOff(JsonGenerator gen, SignOff signOff) throws IOException {
    SerializedString[] n = SIGN_OFF_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[SO_BY]);
    gen.writeString(signOff.by().value());
    gen.writeFieldName(n[SO_REVISION]);
    gen.writeNumber(signOff.revision());
    gen.writeFieldName(n[SO_ON]);
    IsoDates.write(gen, signOff.on());
    gen.writeEndObject();
  }

  private static void text(JsonGenerator gen, SerializedString name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      gen.writeFieldName(name);
      gen.writeString(value.get());
    }
  }

  private static void date(JsonGenerator gen, SerializedString name, Optional<LocalDate> value)
      throws IOException {
    if (value.isPresent()) {
      gen.writeFieldName(name);
      IsoDates.write(gen, value.get());
    }
  }

  private static void attributes(JsonGenerator gen, SerializedString name,
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

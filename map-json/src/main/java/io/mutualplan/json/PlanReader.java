package io.mutualplan.json;

import static io.mutualplan.json.DocumentReader.set;
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

import com.fasterxml.jackson.core.JsonToken;
import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
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
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.json.DocumentReader.ObjectReading;
import io.mutualplan.json.DocumentReader.ValueReader;
import io.mutualplan.json.PlanFields.CalendarField;
import io.mutualplan.json.PlanFields.DependencyField;
import io.mutualplan.json.PlanFields.MilestoneField;
import io.mutualplan.json.PlanFields.MoneyField;
import io.mutualplan.json.PlanFields.OrganizationField;
import io.mutualplan.json.PlanFields.OutcomeField;
import io.mutualplan.json.PlanFields.PlanField;
import io.mutualplan.json.PlanFields.RevisionField;
import io.mutualplan.json.PlanFields.SignOffField;
import io.mutualplan.json.PlanFields.StakeholderField;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code mutual-action-plan/1} and its parts, building through the model's builders so that
 * every rule of the model runs. Each method reads the value the parser stands on and returns null
 * after recording a problem.
 */
final class PlanReader {
  private PlanReader() {}

  static MutualActionPlan plan(DocumentReader in) throws IOException {
    ObjectReading<PlanField> object = in.object(PLAN);
    MutualActionPlan.Builder plan = MutualActionPlan.builder();
    for (PlanField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FORMAT -> in.expectFormat(DocumentFormat.PLAN, " (a document whose format is"
            + " another major version needs the release that reads it)");
        case ID -> set(in.parsed(PlanId::of), plan::id);
        case TITLE -> set(in.text(), plan::title);
        case GOAL -> set(in.text(), plan::goal);
        case BUYER -> set(organization(in), plan::buyer);
        case SELLER -> set(organization(in), plan::seller);
        case OUTCOME -> set(outcome(in), plan::outcome);
        case CALENDAR -> set(calendar(in), plan::calendar);
        case DEAL_VALUE -> set(money(in), plan::dealValue);
        case CREATED_ON -> set(in.date(), plan::createdOn);
        case STAKEHOLDERS -> in.each("a stakeholder", PlanReader::stakeholder,
            plan::addStakeholders, PlanLimits.MAX_STAKEHOLDERS, "a plan may have at most "
                + PlanLimits.MAX_STAKEHOLDERS + " stakeholders; this document has more");
        case MILESTONES -> in.each("a milestone", PlanReader::milestone, plan::addMilestones,
            PlanLimits.MAX_MILESTONES, "a plan may have at most " + PlanLimits.MAX_MILESTONES
                + " milestones; this document has more");
        case REVISIONS -> in.each("a revision", PlanReader::revision, plan::addRevisions);
        case SIGN_OFFS -> in.each("a sign-off", PlanReader::signOff, plan::addSignOffs);
        case ATTRIBUTES -> plan.attributes(attributes(in));
      }
    }
    return object.complete() ? in.build(plan::build) : null;
  }

  static Organization organization(DocumentReader in) throws IOException {
    ObjectReading<OrganizationField> object = in.object(ORGANIZATION);
    String name = null;
    for (OrganizationField field = object.next(); field != null; field = object.next()) {
      name = in.text();
    }
    return object.complete() ? Organization.of(name) : null;
  }

  static Outcome outcome(DocumentReader in) throws IOException {
    ObjectReading<OutcomeField> object = in.object(OUTCOME);
    Outcome.Builder outcome = Outcome.builder();
    for (OutcomeField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case DATE -> set(in.date(), outcome::date);
        case LABEL -> set(in.text(), outcome::label);
        case LEAD_TIME_DAYS -> set(in.days(), outcome::leadTimeDays);
        case SET_BY -> set(in.parsed(StakeholderId::of), outcome::setBy);
      }
    }
    return object.complete() ? outcome.build() : null;
  }

  static CalendarSettings calendar(DocumentReader in) throws IOException {
    ObjectReading<CalendarField> object = in.object(CALENDAR);
    CalendarSettings.Builder calendar = CalendarSettings.builder();
    for (CalendarField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        // Set even when empty: the model says an empty list of working days is wrong.
        case WORKING_DAYS -> calendar.workingDays(in.list("a working day", PlanReader::weekday));
        case HOLIDAYS -> in.each("a holiday", DocumentReader::date, calendar::addHolidays);
      }
    }
    return object.complete() ? calendar.build() : null;
  }

  static DayOfWeek weekday(DocumentReader in) throws IOException {
    String text = in.text();
    if (text == null) {
      return null;
    }
    int day = PlanFields.WEEKDAYS.indexOf(text);
    if (day < 0) {
      in.problem("'" + Quote.text(text) + "' is not a weekday; expected one of: "
          + String.join(", ", PlanFields.WEEKDAYS));
      return null;
    }
    return DayOfWeek.of(day + 1);
  }

  /**
   * An amount of money whose currency is any text: the plan's check looks at the currency with
   * the deal value's other rules.
   */
  static Money money(DocumentReader in) throws IOException {
    return money(in, DocumentReader::text);
  }

  /** An amount of money, its currency read by {@code currency}. */
  static Money money(DocumentReader in, ValueReader<String> currency) throws IOException {
    ObjectReading<MoneyField> object = in.object(MONEY);
    BigDecimal amount = null;
    String code = null;
    for (MoneyField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case AMOUNT -> amount = in.decimal();
        case CURRENCY -> code = currency.read(in);
      }
    }
    return object.complete() ? Money.of(amount, code) : null;
  }

  static Stakeholder stakeholder(DocumentReader in) throws IOException {
    ObjectReading<StakeholderField> object = in.object(STAKEHOLDER);
    Stakeholder.Builder stakeholder = Stakeholder.builder();
    for (StakeholderField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> set(in.parsed(StakeholderId::of), stakeholder::id);
        case NAME -> set(in.text(), stakeholder::name);
        case SIDE -> set(in.parsed(Side::parse), stakeholder::side);
        case ROLES -> in.each("a role", role -> role.parsed(Role::parse), stakeholder::addRoles);
        case TITLE -> set(in.text(), stakeholder::title);
        case EMAIL -> set(in.text(), stakeholder::email);
      }
    }
    return object.complete() ? stakeholder.build() : null;
  }

  static Milestone milestone(DocumentReader in) throws IOException {
    ObjectReading<MilestoneField> object = in.object(MILESTONE);
    Milestone.Builder milestone = Milestone.builder();
    for (MilestoneField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> set(in.parsed(MilestoneId::of), milestone::id);
        case TITLE -> set(in.text(), milestone::title);
        case DESCRIPTION -> set(in.text(), milestone::description);
        case KIND -> set(in.parsed(MilestoneKind::parse), milestone::kind);
        case BUYER_OWNER -> set(in.parsed(StakeholderId::of), milestone::buyerOwner);
        case SELLER_OWNER -> set(in.parsed(StakeholderId::of), milestone::sellerOwner);
        case DUE -> set(in.date(), milestone::due);
        case BASELINE_DUE -> set(in.date(), milestone::baselineDue);
        case DURATION_DAYS -> set(in.days(), milestone::durationDays);
        case ESTIMATE -> set(estimate(in), milestone::estimate);
        case EXIT_CRITERIA -> set(in.text(), milestone::exitCriteria);
        case STATUS -> set(in.parsed(MilestoneStatus::parse), milestone::status);
        case STARTED -> set(in.date(), milestone::started);
        case COMPLETED -> set(in.date(), milestone::completed);
        case DEPENDS_ON -> in.each("a dependency", PlanReader::dependency,
            milestone::addDependsOn);
        case AT_RISK -> set(in.bool(), milestone::atRisk);
        case NOTES -> set(in.text(), milestone::notes);
        case ATTRIBUTES -> milestone.attributes(attributes(in));
      }
    }
    return object.complete() ? milestone.build() : null;
  }

  static Estimate estimate(DocumentReader in) throws IOException {
    List<Integer> days = in.sameTypeFields(ESTIMATE, DocumentReader::days);
    return days == null ? null : Estimate.of(days.get(0), days.get(1), days.get(2));
  }

  /** A predecessor: a bare id ({@code finish-to-start}, lag 0) or a dependency object. */
  static Dependency dependency(DocumentReader in) throws IOException {
    if (in.token() == JsonToken.VALUE_STRING) {
      MilestoneId id = in.parsed(MilestoneId::of);
      return id == null ? null : Dependency.on(id);
    }
    if (in.token() != JsonToken.START_OBJECT) {
      in.wrongType("a milestone id or an object");
      return null;
    }
    ObjectReading<DependencyField> object = in.object(DEPENDENCY);
    Dependency.Builder dependency = Dependency.builder();
    for (DependencyField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case MILESTONE -> set(in.parsed(MilestoneId::of), dependency::milestone);
        case TYPE -> set(in.parsed(DependencyType::parse), dependency::type);
        case LAG_DAYS -> set(in.integer(-PlanLimits.MAX_DAYS, PlanLimits.MAX_DAYS,
            " working days"), dependency::lagDays);
      }
    }
    return object.complete() ? dependency.build() : null;
  }

  static Revision revision(DocumentReader in) throws IOException {
    ObjectReading<RevisionField> object = in.object(REVISION);
    Revision.Builder revision = Revision.builder();
    for (RevisionField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case NUMBER -> set(in.integer(1, Integer.MAX_VALUE, ""), revision::number);
        case AUTHOR -> set(in.parsed(StakeholderId::of), revision::author);
        case AT -> set(in.instant(), revision::at);
        case SUMMARY -> set(in.text(), revision::summary);
      }
    }
    return object.complete() ? revision.build() : null;
  }

  static SignOff signOff(DocumentReader in) throws IOException {
    ObjectReading<SignOffField> object = in.object(SIGN_OFF);
    SignOff.Builder signOff = SignOff.builder();
    for (SignOffField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case BY -> set(in.parsed(StakeholderId::of), signOff::by);
        case REVISION -> set(in.integer(1, Integer.MAX_VALUE, ""), signOff::revision);
        case ON -> set(in.date(), signOff::on);
      }
    }
    return object.complete() ? signOff.build() : null;
  }

  /** A string-to-string map, in document order; keys may appear once. */
  static Map<String, String> attributes(DocumentReader in) throws IOException {
    return in.map("an attribute name", key -> "an attribute value", DocumentReader::text, "");
  }
}

package io.mutualplan.json;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The fields of every object of {@code mutual-action-plan/1}, one enum per object in the order of
 * the format's tables (the order writers use), each with its {@link Fields} table: the object's
 * name in messages and its required fields.
 */
final class PlanFields {
  private PlanFields() {}

  /** The spellings of the weekdays, Monday first: {@code DayOfWeek} order. */
  static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The spelling of a weekday. */
  static String weekday(DayOfWeek day) {
    return WEEKDAYS.get(day.ordinal());
  }

  enum PlanField {
    FORMAT, ID, TITLE, GOAL, BUYER, SELLER, OUTCOME, CALENDAR, DEAL_VALUE, CREATED_ON,
    STAKEHOLDERS, MILESTONES, REVISIONS, SIGN_OFFS, ATTRIBUTES
  }

  static final Fields<PlanField> PLAN = new Fields<>(PlanField.class, "a plan document",
      PlanField.FORMAT, PlanField.ID, PlanField.TITLE, PlanField.BUYER, PlanField.SELLER,
      PlanField.STAKEHOLDERS, PlanField.MILESTONES);

  enum OrganizationField { NAME }

  static final Fields<OrganizationField> ORGANIZATION = new Fields<>(OrganizationField.class,
      "an organization", OrganizationField.NAME);

  enum OutcomeField { DATE, LABEL, LEAD_TIME_DAYS, SET_BY }

  static final Fields<OutcomeField> OUTCOME = new Fields<>(OutcomeField.class, "the outcome",
      OutcomeField.DATE);

  enum CalendarField { WORKING_DAYS, HOLIDAYS }

  static final Fields<CalendarField> CALENDAR = new Fields<>(CalendarField.class, "the calendar");

  enum MoneyField { AMOUNT, CURRENCY }

  static final Fields<MoneyField> MONEY = new Fields<>(MoneyField.class, "an amount of money",
      MoneyField.AMOUNT, MoneyField.CURRENCY);

  enum StakeholderField { ID, NAME, SIDE, ROLES, TITLE, EMAIL }

  static final Fields<StakeholderField> STAKEHOLDER = new Fields<>(StakeholderField.class,
      "a stakeholder", StakeholderField.ID, StakeholderField.NAME, StakeholderField.SIDE);

  enum MilestoneField {
    ID, TITLE, DESCRIPTION, KIND, BUYER_OWNER, SELLER_OWNER, DUE, BASELINE_DUE, DURATION_DAYS,
    ESTIMATE, EXIT_CRITERIA, STATUS, STARTED, COMPLETED, DEPENDS_ON, AT_RISK, NOTES, ATTRIBUTES
  }

  static final Fields<MilestoneField> MILESTONE = new Fields<>(MilestoneField.class,
      "a milestone", MilestoneField.ID, MilestoneField.TITLE);

  enum EstimateField { OPTIMISTIC, LIKELY, PESSIMISTIC }

  static final Fields<EstimateField> ESTIMATE = new Fields<>(EstimateField.class, "an estimate",
      EstimateField.values());

  enum DependencyField { MILESTONE, TYPE, LAG_DAYS }

  static final Fields<DependencyField> DEPENDENCY = new Fields<>(DependencyField.class,
      "a dependency", DependencyField.MILESTONE);

  enum RevisionField { NUMBER, AUTHOR, AT, SUMMARY }

  static final Fields<RevisionField> REVISION = new Fields<>(RevisionField.class, "a revision",
      RevisionField.NUMBER, RevisionField.AUTHOR, RevisionField.AT);

  enum SignOffField { BY, REVISION, ON }

  static final Fields<SignOffField> SIGN_OFF = new Fields<>(SignOffField.class, "a sign-off",
      SignOffField.values());
}

package io.mutualplan.json.internal;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The fields of every object of {@code mutual-action-plan/1}, in the order of the format's
 * tables: the order writers use. The ordinals below index these tables.
 */
final class PlanFields {
  private PlanFields() {}

  static final String FORMAT = "mutual-action-plan/1";

  /** The spellings of the weekdays, Monday first: {@code DayOfWeek} order. */
  static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The spelling of a weekday. */
  static String weekday(DayOfWeek day) {
    return WEEKDAYS.get(day.ordinal());
  }

  static final int P_FORMAT = 0;
  static final int P_ID = 1;
  static final int P_TITLE = 2;
  static final int P_GOAL = 3;
  static final int P_BUYER = 4;
  static final int P_SELLER = 5;
  static final int P_OUTCOME = 6;
  static final int P_CALENDAR = 7;
  static final int P_DEAL_VALUE = 8;
  static final int P_CREATED_ON = 9;
  static final int P_STAKEHOLDERS = 10;
  static final int P_MILESTONES = 11;
  static final int P_REVISIONS = 12;
  static final int P_SIGN_OFFS = 13;
  static final int P_ATTRIBUTES = 14;
  static final FieldSet PLAN = new FieldSet("a plan document",
      bits(P_FORMAT, P_ID, P_TITLE, P_BUYER, P_SELLER, P_STAKEHOLDERS, P_MILESTONES),
      "format", "id", "title", "goal", "buyer", "seller", "outcome", "calendar", "dealValue",
      "createdOn", "stakeholders", "milestones", "revisions", "signOffs", "attributes");

  static final int O_NAME = 0;
  static final FieldSet ORGANIZATION = new FieldSet("an organization", bits(O_NAME), "name");

  static final int OC_DATE = 0;
  static final int OC_LABEL = 1;
  static final int OC_LEAD_TIME_DAYS = 2;
  static final int OC_SET_BY = 3;
  static final FieldSet OUTCOME = new FieldSet("the outcome", bits(OC_DATE),
      "date", "label", "leadTimeDays", "setBy");

  static final int C_WORKING_DAYS = 0;
  static final int C_HOLIDAYS = 1;
  static final FieldSet CALENDAR = new FieldSet("the calendar", 0, "workingDays", "holidays");

  static final int M_AMOUNT = 0;
  static final int M_CURRENCY = 1;
  static final FieldSet MONEY = new FieldSet("an amount of money", bits(M_AMOUNT, M_CURRENCY),
      "amount", "currency");

  static final int S_ID = 0;
  static final int S_NAME = 1;
  static final int S_SIDE = 2;
  static final int S_ROLES = 3;
  static final int S_TITLE = 4;
  static final int S_EMAIL = 5;
  static final FieldSet STAKEHOLDER = new FieldSet("a stakeholder", bits(S_ID, S_NAME, S_SIDE),
      "id", "name", "side", "roles", "title", "email");

  static final int MS_ID = 0;
  static final int MS_TITLE = 1;
  static final int MS_DESCRIPTION = 2;
  static final int MS_KIND = 3;
  static final int MS_BUYER_OWNER = 4;
  static final int MS_SELLER_OWNER = 5;
  static final int MS_DUE = 6;
  static final int MS_BASELINE_DUE = 7;
  static final int MS_DURATION_DAYS = 8;
  static final int MS_ESTIMATE = 9;
  static final int MS_EXIT_CRITERIA = 10;
  static final int MS_STATUS = 11;
  static final int MS_STARTED = 12;
  static final int MS_COMPLETED = 13;
  static final int MS_DEPENDS_ON = 14;
  static final int MS_AT_RISK = 15;
  static final int MS_NOTES = 16;
  static final int MS_ATTRIBUTES = 17;
  static final FieldSet MILESTONE = new FieldSet("a milestone", bits(MS_ID, MS_TITLE),
      "id", "title", "description", "kind", "buyerOwner", "sellerOwner", "due", "baselineDue",
      "durationDays", "estimate", "exitCriteria", "status", "started", "completed", "dependsOn",
      "atRisk", "notes", "attributes");

  static final int E_OPTIMISTIC = 0;
  static final int E_LIKELY = 1;
  static final int E_PESSIMISTIC = 2;
  static final FieldSet ESTIMATE = new FieldSet("an estimate",
      bits(E_OPTIMISTIC, E_LIKELY, E_PESSIMISTIC), "optimistic", "likely", "pessimistic");

  static final int D_MILESTONE = 0;
  static final int D_TYPE = 1;
  static final int D_LAG_DAYS = 2;
  static final FieldSet DEPENDENCY = new FieldSet("a dependency", bits(D_MILESTONE),
      "milestone", "type", "lagDays");

  static final int R_NUMBER = 0;
  static final int R_AUTHOR = 1;
  static final int R_AT = 2;
  static final int R_SUMMARY = 3;
  static final FieldSet REVISION = new FieldSet("a revision", bits(R_NUMBER, R_AUTHOR, R_AT),
      "number", "author", "at", "summary");

  static final int SO_BY = 0;
  static final int SO_REVISION = 1;
  static final int SO_ON = 2;
  static final FieldSet SIGN_OFF = new FieldSet("a sign-off", bits(SO_BY, SO_REVISION, SO_ON),
      "by", "revision", "on");

  static int bits(int... ordinals) {
    int bits = 0;
    for (int ordinal : ordinals) {
      bits |= 1 << ordinal;
    }
    return bits;
  }
}

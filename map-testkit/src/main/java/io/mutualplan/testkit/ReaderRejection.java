package io.mutualplan.testkit;

/**
 * What a reader rejects (plan-format.md, "What a reader rejects"), one constant per rule: a
 * {@link RejectedDocument} breaks exactly that rule, in exactly one place, in an otherwise valid
 * document. Reading it strictly reports exactly one problem, at {@link RejectedDocument#pointer()}.
 */
public enum ReaderRejection {
  /** {@code format} is another format or version. */
  UNSUPPORTED_FORMAT,
  /** A required field is missing (a title, the buyer, a name, ...). */
  MISSING_REQUIRED_FIELD,
  /** A required field is {@code null}. */
  NULL_REQUIRED_FIELD,
  /** A field the format does not have. */
  UNKNOWN_FIELD,
  /** A value of the wrong JSON type (a number for a title, a string for a duration, ...). */
  WRONG_TYPE,
  /** A value outside its enumeration (kind, status, role, dependency type, weekday). */
  VALUE_OUTSIDE_ENUMERATION,
  /** A number outside its range (a duration, lag or lead time). */
  NUMBER_OUT_OF_RANGE,
  /** A date that is not {@code yyyy-MM-dd}, or not a day of the calendar. */
  MALFORMED_DATE,
  /** An instant that is not a UTC instant. */
  MALFORMED_INSTANT,
  /** An id that does not match {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}. */
  MALFORMED_ID,
  /** A currency that is not an ISO-4217 code. */
  MALFORMED_CURRENCY,
  /** A negative deal value. */
  NEGATIVE_AMOUNT,
  /** A calendar with no working weekday. */
  EMPTY_WORKING_DAYS,
  /** A working weekday listed twice. */
  DUPLICATE_WORKING_DAY,
  /** A holiday listed twice. */
  DUPLICATE_HOLIDAY,
  /** A role listed twice for one stakeholder. */
  DUPLICATE_ROLE,
  /** Two milestones with one id. */
  DUPLICATE_MILESTONE_ID,
  /** Two stakeholders with one id. */
  DUPLICATE_STAKEHOLDER_ID,
  /** An owner who is not a stakeholder. */
  UNKNOWN_OWNER,
  /** A dependency on a milestone that does not exist. */
  UNKNOWN_PREDECESSOR,
  /** A revision author who is not a stakeholder. */
  UNKNOWN_AUTHOR,
  /** A sign-off by someone who is not a stakeholder. */
  UNKNOWN_SIGNER,
  /** An outcome {@code setBy} who is not a stakeholder. */
  UNKNOWN_SET_BY,
  /** A sign-off of a revision that does not exist. */
  UNKNOWN_SIGNED_REVISION,
  /** A {@code buyerOwner} on the seller side. */
  BUYER_OWNER_ON_SELLER_SIDE,
  /** A {@code sellerOwner} on the buyer side. */
  SELLER_OWNER_ON_BUYER_SIDE,
  /** The same predecessor twice in one milestone's {@code dependsOn}. */
  DUPLICATE_DEPENDENCY,
  /** Status {@code complete} without a {@code completed} date. */
  COMPLETE_WITHOUT_COMPLETED_DATE,
  /** A {@code completed} date on a milestone that is not complete. */
  COMPLETED_DATE_WITHOUT_COMPLETE,
  /** {@code completed} before {@code started}. */
  COMPLETED_BEFORE_STARTED,
  /** An estimate not in the order optimistic, likely, pessimistic. */
  ESTIMATE_OUT_OF_ORDER,
  /** A revision number not greater than the one before it. */
  REVISION_NUMBERS_NOT_INCREASING,
  /** A revision earlier than the one before it. */
  INSTANTS_GOING_BACKWARDS,
  /** Text longer than 10,000 characters. */
  TEXT_TOO_LONG
}

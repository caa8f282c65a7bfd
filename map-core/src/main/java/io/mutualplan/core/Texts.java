package io.mutualplan.core;

/** Free text in messages about a plan. */
final class Texts {
  /** The longest free text the plan format allows. */
  static final int MAX_LENGTH = PlanLimits.MAX_TEXT_LENGTH;

  private Texts() {}

  /** Shortens a value quoted in a message, so a 10,000-character mistake is not echoed whole. */
  static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }
}

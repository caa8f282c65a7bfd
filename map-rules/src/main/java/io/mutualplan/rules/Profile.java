package io.mutualplan.rules;

import io.mutualplan.rules.internal.Spelling;

/**
 * A named configuration of the built-in rules.
 *
 * <p>{@link #FULL} is the default. {@link #LIGHTWEIGHT} is for small, fast deals, where a
 * three-line plan agreed by email is enough: several rules are off and others are milder (see
 * {@code docs/rules/README.md}). {@link #AUTO} picks one of the two per plan: lightweight when the
 * plan's {@code dealValue.amount} is below the engine's threshold (15,000 by default, in the plan's
 * own currency), full otherwise, and full when the plan has no deal value.
 */
public enum Profile {
  /** Every built-in rule with its default settings. */
  FULL,
  /** The settings for small, fast deals. */
  LIGHTWEIGHT,
  /** Lightweight below the deal-value threshold, full otherwise; never the profile of a report. */
  AUTO;

  /**
   * The spelling used in reports, configuration and on the command line, for example {@code
   * lightweight}.
   *
   * @return the lower-case spelling
   */
  public String spelling() {
    return Spelling.of(this);
  }

  /**
   * Parses the spelling used in reports, configuration and on the command line.
   *
   * @param spelling {@code full}, {@code lightweight} or {@code auto}
   * @return the constant
   * @throws IllegalArgumentException naming the allowed values when {@code spelling} is none
   */
  public static Profile parse(String spelling) {
    return Spelling.parse(Profile.class, "profile", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

package io.mutualplan.rules;

import io.mutualplan.rules.internal.Spelling;

/** The one-word answer of a quality report: is this a mutual action plan the deal can rely on? */
public enum Verdict {
  /**
   * A close plan in disguise: {@code co-authored} or {@code both-sides-own-steps} reported an
   * error, whatever else holds.
   */
  NOT_MUTUAL,
  /** A mutual plan with at least one error to fix. */
  NEEDS_WORK,
  /** No errors. */
  READY;

  /**
   * The spelling used in reports, for example {@code not-mutual}.
   *
   * @return the lower-case kebab-case spelling
   */
  public String spelling() {
    return Spelling.of(this);
  }

  /**
   * Parses the spelling used in reports.
   *
   * @param spelling {@code not-mutual}, {@code needs-work} or {@code ready}
   * @return the constant
   * @throws IllegalArgumentException naming the allowed values when {@code spelling} is none
   */
  public static Verdict parse(String spelling) {
    return Spelling.parse(Verdict.class, "verdict", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

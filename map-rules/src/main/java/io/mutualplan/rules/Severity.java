package io.mutualplan.rules;

import io.mutualplan.rules.internal.Spelling;

/** How much a finding matters. Errors and warnings lower a report's score; infos do not. */
public enum Severity {
  /** The plan is not a working mutual action plan until this is fixed. */
  ERROR,
  /** A weakness worth fixing before the plan is relied on. */
  WARNING,
  /** Worth knowing; does not count against the plan. */
  INFO;

  /**
   * The spelling used in reports and configuration, e.g. {@code warning}.
   *
   * @return the lower-case spelling
   */
  public String spelling() {
    return Spelling.of(this);
  }

  /**
   * Parses the spelling used in reports and configuration.
   *
   * @param spelling {@code error}, {@code warning} or {@code info}
   * @return the constant
   * @throws IllegalArgumentException naming the allowed values when {@code spelling} is none
   */
  public static Severity parse(String spelling) {
    return Spelling.parse(Severity.class, "severity", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

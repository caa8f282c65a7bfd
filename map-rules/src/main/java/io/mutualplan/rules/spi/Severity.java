package io.mutualplan.rules.spi;

import java.util.Locale;

/** How much a finding matters. Errors and warnings lower a report's score; infos do not. */
public enum Severity {
  /** The plan is not a working mutual action plan until this is fixed. */
  ERROR,
  /** A weakness worth fixing before the plan is relied on. */
  WARNING,
  /** Worth knowing; does not count against the plan. */
  INFO;

  /**
   * The spelling used in reports and configuration, for example {@code warning}.
   *
   * @return the lower-case spelling
   */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the spelling used in reports and configuration.
   *
   * @param spelling {@code error}, {@code warning} or {@code info}
   * @return the constant
   * @throws IllegalArgumentException naming the allowed values when {@code spelling} is none
   */
  public static Severity parse(String spelling) {
    // Not the module's shared Spelling helper: what users implement depends on no internal package.
    StringBuilder allowed = new StringBuilder();
    for (Severity severity : values()) {
      if (severity.spelling().equals(spelling)) {
        return severity;
      }
      allowed.append(allowed.length() == 0 ? "" : ", ").append(severity.spelling());
    }
    throw new IllegalArgumentException(
        "'" + spelling + "' is not a severity; expected one of: " + allowed);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

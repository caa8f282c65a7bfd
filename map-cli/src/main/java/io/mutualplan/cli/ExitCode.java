package io.mutualplan.cli;

/** The exit codes of {@code map}, as {@code cli.md} defines them. */
final class ExitCode {
  /** Done; for {@code check}, no finding of severity {@code error}. */
  static final int OK = 0;

  /** {@code check} found at least one {@code error}. */
  static final int ERROR_FINDINGS = 1;

  /**
   * Bad usage, a plan that cannot be read or is invalid, or a cycle that stops scheduling.
   */
  static final int BAD_INPUT = 2;

  /** An internal failure: a bug in {@code map}. */
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}

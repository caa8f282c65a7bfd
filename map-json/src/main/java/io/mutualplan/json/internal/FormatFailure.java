package io.mutualplan.json.internal;

import java.util.List;

/**
 * The readers' failure with every problem found; {@code MapJson} and the Jackson module turn it
 * into the public {@code PlanFormatException} in one place. No stack trace: a problem of the
 * input, not of the code.
 */
public final class FormatFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Serializable: records of serializable values, in an immutable list copy. */
  private final List<FormatProblem> problems;

  /**
   * Creates the failure.
   *
   * @param problems every problem found; not empty
   */
  public FormatFailure(List<FormatProblem> problems) {
    super(problems.isEmpty() ? "" : problems.get(0).message(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /**
   * One problem.
   *
   * @param problem the problem
   * @return the failure
   */
  public static FormatFailure of(FormatProblem problem) {
    return new FormatFailure(List.of(problem));
  }

  /**
   * Every problem found.
   *
   * @return the problems
   */
  public List<FormatProblem> problems() {
    return problems;
  }
}

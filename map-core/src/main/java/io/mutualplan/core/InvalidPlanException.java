package io.mutualplan.core;

import java.util.List;

/**
 * A plan, or a value in it, breaks the rules of the plan format. Lists <em>every</em> problem found,
 * each with its JSON Pointer, so a person can fix them all in one pass.
 *
 * <pre>{@code
 * try {
 *   plan.withMilestones(changed);
 * } catch (InvalidPlanException e) {
 *   e.problems().forEach(p -> log.warn("{}: {}", p.pointer(), p.message()));
 * }
 * }</pre>
 *
 * <p>The message is the problem itself when there is one, else a line {@code N problems in the
 * plan:} and one indented line per problem. It lists at most {@value #MAX_LISTED} problems, then
 * says how many more there are, so that a plan with a million mistakes does not make a message of a
 * million lines; {@link #problems()} has all of them.
 */
public final class InvalidPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems {@link #getMessage()} lists; {@link #problems()} holds all of them. */
  public static final int MAX_LISTED = 100;

  /** Serializable, though javac cannot tell from the type: a {@code List.copyOf} of records. */
  @SuppressWarnings("serial")
  private final List<PlanProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   */
  public InvalidPlanException(List<PlanProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * One problem.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong
   * @return the exception
   */
  public static InvalidPlanException of(String pointer, String message) {
    return new InvalidPlanException(List.of(new PlanProblem(pointer, message)));
  }

  /**
   * Every problem found, in document order.
   *
   * @return the problems, never empty
   */
  public List<PlanProblem> problems() {
    return problems;
  }

  /**
   * The same problems, found in a value that sits at {@code prefix} in a larger document.
   *
   * @param prefix a JSON Pointer
   * @return a new exception with every pointer prefixed
   */
  public InvalidPlanException relocated(String prefix) {
    return new InvalidPlanException(
        problems.stream().map(p -> p.relocated(prefix)).toList());
  }

  private static String describe(List<PlanProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPlanException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    // Every line of the list indented, a problem's own line breaks too.
    return problems.size() + " problems in the plan:"
        + ("\n" + Texts.problemLines(problems, MAX_LISTED)).replace("\n", "\n  ");
  }
}

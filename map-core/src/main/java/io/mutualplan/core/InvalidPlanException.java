package io.mutualplan.core;

import java.util.List;
import java.util.stream.Collectors;

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
 */
public final class InvalidPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

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
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPlanException needs at least one problem");
    }
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
        problems.stream().map(p -> p.relocated(prefix)).collect(Collectors.toList()));
  }

  private static String describe(List<PlanProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size()
        + " problems in the plan:"
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}

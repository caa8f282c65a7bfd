package io.mutualplan.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a plan: where (a JSON Pointer into the plan document, {@code ""} for the
 * whole plan) and what, in a sentence a person understands.
 *
 * @param pointer the JSON Pointer of the offending value, such as {@code /milestones/3/buyerOwner}
 * @param message what is wrong and, where it helps, what to do
 */
public record PlanProblem(String pointer, String message) implements Serializable {

  /**
   * Creates a problem.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong
   */
  public PlanProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The same problem, found inside a value that sits at {@code prefix} in a larger document.
   *
   * @param prefix a JSON Pointer, e.g. {@code /milestones/2/id}
   * @return the problem with its pointer prefixed
   */
  public PlanProblem relocated(String prefix) {
    return new PlanProblem(prefix + pointer, message);
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(plan)" : pointer) + ": " + message;
  }
}

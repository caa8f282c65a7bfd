package io.mutualplan.json.internal;

import java.util.OptionalInt;

/**
 * One problem the readers found, before it reaches the public {@code PlanFormatProblem}: the
 * internal package does not depend on the public one, so that the two form no cycle.
 *
 * @param pointer the JSON Pointer of the offending value
 * @param line the line, when known
 * @param column the column, when known
 * @param message what is wrong
 */
public record FormatProblem(String pointer, OptionalInt line, OptionalInt column, String message) {

  /**
   * A problem at a place in the text.
   *
   * @param pointer the JSON Pointer
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message what is wrong
   * @return the problem
   */
  public static FormatProblem at(String pointer, int line, int column, String message) {
    return new FormatProblem(pointer, OptionalInt.of(line), OptionalInt.of(column), message);
  }

  /**
   * A problem with no place in the text.
   *
   * @param pointer the JSON Pointer
   * @param message what is wrong
   * @return the problem
   */
  public static FormatProblem unlocated(String pointer, String message) {
    return new FormatProblem(pointer, OptionalInt.empty(), OptionalInt.empty(), message);
  }
}

package io.mutualplan.sheets;

import io.mutualplan.core.Texts;
import java.util.List;

/**
 * A MAP table could not be imported. Lists every problem found, each with its row, column and
 * cell, so a person can fix the sheet in one pass; {@link #getMessage()} gives one line per
 * problem and can be shown as it is:
 *
 * <pre>{@code
 * try {
 *   plan = MapTable.standard().importCsv(in, newPlan);
 * } catch (TableException e) {
 *   System.err.println(e.getMessage());
 *   // row 4, Due: '15/04/2027' is not a date (yyyy-MM-dd)
 *   // row 6, Buyer owner: 'Alex Kim' is on the seller side; ...
 * }
 * }</pre>
 *
 * <p>A table with any problem gives no plan at all, never a half-imported one. Its stack trace is
 * not meant for the person holding the table: the problems say everything. Only a workbook the
 * reader could not open carries a cause, the reader's own exception, for developers; its words
 * are not in the message. The message lists at most {@value #MAX_LISTED} problems;
 * {@link #problems()} has all of them.
 */
public final class TableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems {@link #getMessage()} lists; {@link #problems()} holds all of them. */
  public static final int MAX_LISTED = 100;

  /**
   * Serializable, though javac cannot tell from the type: a {@code List.copyOf} of problems, each
   * serialized through its plain-valued serial form.
   */
  @SuppressWarnings("serial")
  private final List<TableProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, in table order; not empty
   */
  public TableException(List<TableProblem> problems) {
    this(problems, null);
  }

  private TableException(List<TableProblem> problems, Throwable cause) {
    super(Texts.problemLines(problems, MAX_LISTED), cause, false, false);
    this.problems = List.copyOf(problems);
  }

  /**
   * One problem.
   *
   * @param problem the problem
   * @return the exception
   */
  public static TableException of(TableProblem problem) {
    return new TableException(List.of(problem));
  }

  /**
   * One problem that a library failure caused, such as the workbook reader's.
   *
   * @param problem the problem, in words a person holding the table can act on
   * @param cause the failure, kept for developers as {@link #getCause()}
   * @return the exception
   */
  public static TableException of(TableProblem problem, Throwable cause) {
    return new TableException(List.of(problem), cause);
  }

  /**
   * Every problem found, in table order.
   *
   * @return the problems, never empty
   */
  public List<TableProblem> problems() {
    return problems;
  }
}

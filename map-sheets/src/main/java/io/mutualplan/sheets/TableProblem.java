package io.mutualplan.sheets;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a MAP table: the row (1 is the header row), the column as its header
 * names it, the cell's text, and what is wrong, in a sentence a person understands.
 *
 * <p>{@link #toString()} gives the line to show: {@code row 4, Due: '15/04/2027' is not a date
 * (yyyy-MM-dd)}. A problem about the whole table (it is empty, it is not UTF-8 text) has no row; a
 * problem about a whole row has no column.
 *
 * @param row the row number as a spreadsheet shows it, if the problem is in one row
 * @param column the column's header as the table writes it, if the problem is in one cell
 * @param cell the cell's text, trimmed, if the problem is in one cell
 * @param message what is wrong and, where it helps, what to do
 */
public record TableProblem(
    OptionalInt row, Optional<String> column, Optional<String> cell, String message) {

  /**
   * Creates a problem.
   *
   * @param row the row number, if the problem is in one row
   * @param column the column's header, if the problem is in one cell
   * @param cell the cell's text, if the problem is in one cell
   * @param message what is wrong
   */
  public TableProblem {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem in one cell.
   *
   * @param row the row number, 1 for the header row
   * @param column the column's header as the table writes it
   * @param cell the cell's text
   * @param message what is wrong
   * @return the problem
   */
  public static TableProblem inCell(int row, String column, String cell, String message) {
    return new TableProblem(OptionalInt.of(row), Optional.of(column), Optional.of(cell), message);
  }

  /**
   * A problem with a whole row.
   *
   * @param row the row number, 1 for the header row
   * @param message what is wrong
   * @return the problem
   */
  public static TableProblem inRow(int row, String message) {
    return new TableProblem(OptionalInt.of(row), Optional.empty(), Optional.empty(), message);
  }

  /**
   * A problem with the table as a whole.
   *
   * @param message what is wrong
   * @return the problem
   */
  public static TableProblem inTable(String message) {
    return new TableProblem(OptionalInt.empty(), Optional.empty(), Optional.empty(), message);
  }

  @Override
  public String toString() {
    if (row.isEmpty()) {
      return message;
    }
    return "row " + row.getAsInt() + column.map(c -> ", " + c).orElse("") + ": " + message;
  }
}

package io.mutualplan.sheets;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a MAP table: the row as the file or sheet numbers it (the header is row 1
 * unless empty rows come before it, and empty rows count below it too), the column as its header
 * names it, the cell's text, and what is wrong, in a sentence a person understands; for a problem
 * in another sheet of the workbook than the MAP table's, the sheet.
 *
 * <p>{@link #toString()} gives the line to show: {@code row 4, Due: '15/04/2027' is not a date
 * (yyyy-MM-dd)}, or {@code Stakeholders sheet, row 3, Side: ...}. A problem about the whole table
 * (it is empty, it is not UTF-8 text) has no row; a problem about a whole row has no column.
 *
 * <p>A problem is serializable, as the {@link TableException} that holds it is.
 *
 * @param sheet the sheet, if the problem is in another sheet than the MAP table's
 * @param row the row number as a spreadsheet shows it, if the problem is in one row
 * @param column the column's header as the table writes it, if the problem is in one cell
 * @param cell the cell's text, trimmed, if the problem is in one cell
 * @param message what is wrong and, where it helps, what to do
 */
public record TableProblem(Optional<String> sheet, OptionalInt row, Optional<String> column,
    Optional<String> cell, String message) implements Serializable {

  /**
   * Creates a problem.
   *
   * @param sheet the sheet, if the problem is in another sheet than the MAP table's
   * @param row the row number, if the problem is in one row
   * @param column the column's header, if the problem is in one cell
   * @param cell the cell's text, if the problem is in one cell
   * @param message what is wrong
   */
  public TableProblem {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a problem of the MAP table's own sheet.
   *
   * @param row the row number, if the problem is in one row
   * @param column the column's header, if the problem is in one cell
   * @param cell the cell's text, if the problem is in one cell
   * @param message what is wrong
   */
  public TableProblem(OptionalInt row, Optional<String> column, Optional<String> cell,
      String message) {
    this(Optional.empty(), row, column, cell, message);
  }

  /**
   * A problem in one cell.
   *
   * @param row the row number as the file or sheet numbers it
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
   * @param row the row number as the file or sheet numbers it
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

  /**
   * The same problem, in another sheet of the workbook than the MAP table's.
   *
   * @param name the sheet's name
   * @return the problem
   */
  public TableProblem inSheet(String name) {
    return new TableProblem(Optional.of(name), row, column, cell, message);
  }

  @Override
  public String toString() {
    String where = sheet.map(name -> name + " sheet").orElse("");
    if (row.isPresent()) {
      where = (where.isEmpty() ? "" : where + ", ") + "row " + row.getAsInt()
          + column.map(c -> ", " + c).orElse("");
    }
    return where.isEmpty() ? message : where + ": " + message;
  }

  /**
   * Serialized as {@link Serial}: {@code Optional} and {@code OptionalInt} are not serializable.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new Serial(sheet.orElse(null), row.isPresent() ? row.getAsInt() : null,
        column.orElse(null), cell.orElse(null), message);
  }

  /** The serial form of a problem: its parts as plain values, {@code null} for a part absent. */
  private record Serial(String sheet, Integer row, String column, String cell, String message)
      implements Serializable {
    private Object readResolve() {
      return new TableProblem(Optional.ofNullable(sheet),
          row == null ? OptionalInt.empty() : OptionalInt.of(row),
          Optional.ofNullable(column), Optional.ofNullable(cell), message);
    }
  }
}

package io.mutualplan.sheets.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One cell: its text and what sort of value it holds. A CSV cell is always text; a spreadsheet
 * cell can also be a number, a date, an error, or a formula whose result the workbook does not
 * hold. Readers trim the text of the cells they read; the export writes text as the plan has it.
 *
 * @param kind what the cell holds
 * @param text the cell's text: for a date cell its ISO date, for a number its plain digits
 * @param date the date a date cell holds
 */
public record TableCell(Kind kind, String text, Optional<LocalDate> date) {

  /** What a cell held. */
  public enum Kind {
    /** Text, or nothing. */
    TEXT,
    /** A number that is not formatted as a date. */
    NUMBER,
    /** A spreadsheet date (a number formatted as a date). */
    DATE,
    /** A formula's error, such as {@code #REF!}. */
    ERROR,
    /** A formula whose result the workbook does not hold, as scripts such as openpyxl write. */
    FORMULA
  }

  /** An empty cell. */
  public static final TableCell EMPTY = text("");

  /**
   * A text cell.
   *
   * @param text the text
   * @return the cell
   */
  public static TableCell text(String text) {
    return new TableCell(Kind.TEXT, text, Optional.empty());
  }

  /**
   * A number cell.
   *
   * @param digits the number in plain digits
   * @return the cell
   */
  public static TableCell number(String digits) {
    return new TableCell(Kind.NUMBER, digits, Optional.empty());
  }

  /**
   * A date cell.
   *
   * @param date the date
   * @return the cell
   */
  public static TableCell date(LocalDate date) {
    return new TableCell(Kind.DATE, date.toString(), Optional.of(date));
  }

  /**
   * A cell holding a formula's error.
   *
   * @param code the error, such as {@code #REF!}
   * @return the cell
   */
  public static TableCell error(String code) {
    return new TableCell(Kind.ERROR, code.strip(), Optional.empty());
  }

  /**
   * A cell holding a formula without its result: a workbook holds a formula's text and the result
   * the program that saved it worked out, and scripts that write workbooks (openpyxl, and others)
   * store no result, which only a spreadsheet program works out.
   *
   * @param formula the formula, without its {@code =}
   * @return the cell, whose text is the formula with its {@code =}
   */
  public static TableCell formulaWithoutResult(String formula) {
    return new TableCell(Kind.FORMULA, "=" + formula.strip(), Optional.empty());
  }

  /**
   * What is wrong with a cell that holds a formula's error or a formula without its result, in
   * the same words on every sheet: its text ({@code #REF!}, {@code =C2}) is no value, so the cell
   * reads as empty and this problem is reported.
   *
   * @return the problem's message, or empty when the cell holds a value
   */
  public Optional<String> formulaProblem() {
    return switch (kind) {
      case ERROR -> Optional.of("the cell holds a formula error (" + text + "); fix the formula"
          + " or type the value");
      case FORMULA -> Optional.of("the cell's formula " + TableImport.quote(text) + " has no"
          + " saved result, which scripts such as openpyxl do not store; open the workbook in"
          + " Excel or LibreOffice and save it, so that it stores the results, or type the value");
      default -> Optional.empty();
    };
  }

  /**
   * Whether the cell holds nothing.
   *
   * @return true for an empty cell
   */
  public boolean isEmpty() {
    return text.isEmpty();
  }
}

package io.mutualplan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table of aligned columns for a terminal. Widths are measured on the plain text, so colour
 * never shifts a column.
 */
final class TextTable {
  private static final String GAP = "  ";

  /** One cell: its text, and the colour to write it in. */
  record Cell(String text, UnaryOperator<String> colour) {
    static Cell plain(String text) {
      return new Cell(text, UnaryOperator.identity());
    }
  }

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<Cell[]> rows = new ArrayList<>();

  /**
   * A table with these column headers.
   *
   * @param headers the column headers
   * @param rightAligned per column, whether it is aligned right (numbers)
   */
  TextTable(List<String> headers, boolean... rightAligned) {
    if (rightAligned.length != headers.size()) {
      throw new IllegalArgumentException("one alignment per column");
    }
    this.headers = List.copyOf(headers);
    this.rightAligned = rightAligned.clone();
  }

  /** Adds a row of exactly one cell per column. */
  void addRow(Cell... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row has " + cells.length + " cells, the table " + headers.size() + " columns");
    }
    rows.add(cells.clone());
  }

  /** Writes the header and the rows, each line starting with its prefix (for example, a marker). */
  void render(StringBuilder out, Style style, String headerPrefix, List<String> rowPrefixes) {
    int[] widths = new int[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = headers.get(column).length();
    }
    for (Cell[] row : rows) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row[column].text().length());
      }
    }
    out.append(headerPrefix);
    for (int column = 0; column < widths.length; column++) {
      appendCell(out, Cell.plain(headers.get(column)), widths, column, style::bold);
    }
    out.append('\n');
    for (int index = 0; index < rows.size(); index++) {
      out.append(rowPrefixes.get(index));
      Cell[] row = rows.get(index);
      for (int column = 0; column < widths.length; column++) {
        appendCell(out, row[column], widths, column, row[column].colour());
      }
      out.append('\n');
    }
  }

  private void appendCell(
      StringBuilder out, Cell cell, int[] widths, int column, UnaryOperator<String> colour) {
    boolean last = column == widths.length - 1;
    int padding = widths[column] - cell.text().length();
    if (column > 0) {
      out.append(GAP);
    }
    if (rightAligned[column]) {
      out.append(" ".repeat(padding)).append(colour.apply(cell.text()));
    } else {
      out.append(colour.apply(cell.text()));
      if (!last) {
        out.append(" ".repeat(padding));
      }
    }
  }
}

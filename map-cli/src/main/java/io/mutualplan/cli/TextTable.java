package io.mutualplan.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A table of aligned columns for a terminal. Widths are measured on the plain text, so colour
 * never shifts a column.
 *
 * <p>The table holds no rows: it asks for them twice, once to measure the columns and once to write
 * them, so a plan of a million milestones is written line by line in constant memory.
 */
final class TextTable {
  private static final String GAP = "  ";

  /** One cell: its text, and the colour to write it in. */
  record Cell(String text, UnaryOperator<String> colour) {
    static Cell plain(String text) {
      return new Cell(text, UnaryOperator.identity());
    }
  }

  /** The rows of a table, made when asked for. */
  interface Rows {
    /** How many rows there are. */
    int size();

    /** The cells of a row, exactly one per column; asked for twice, so they must be the same. */
    Cell[] row(int index);

    /** What the row's line starts with, as wide as the header's prefix (a marker). */
    String prefix(int index);
  }

  private final List<String> headers;
  private final boolean[] rightAligned;

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

  /** Writes the header and the rows, the header's line starting with {@code headerPrefix}. */
  void write(Writer out, Style style, String headerPrefix, Rows rows) throws IOException {
    int[] widths = new int[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = headers.get(column).length();
    }
    for (int index = 0; index < rows.size(); index++) {
      Cell[] row = cells(rows, index);
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row[column].text().length());
      }
    }
    out.write(headerPrefix);
    for (int column = 0; column < widths.length; column++) {
      writeCell(out, Cell.plain(headers.get(column)), widths, column, style::bold);
    }
    out.write('\n');
    for (int index = 0; index < rows.size(); index++) {
      out.write(rows.prefix(index));
      Cell[] row = cells(rows, index);
      for (int column = 0; column < widths.length; column++) {
        writeCell(out, row[column], widths, column, row[column].colour());
      }
      out.write('\n');
    }
  }

  /** Writes the header and the rows made by index, every line starting with {@code indent}. */
  void write(Writer out, Style style, String indent, int size, IntFunction<Cell[]> row)
      throws IOException {
    write(out, style, indent, new Rows() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Cell[] row(int index) {
        return row.apply(index);
      }

      @Override
      public String prefix(int index) {
        return indent;
      }
    });
  }

  private Cell[] cells(Rows rows, int index) {
    Cell[] row = rows.row(index);
    if (row.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row has " + row.length + " cells, the table " + headers.size() + " columns");
    }
    return row;
  }

  private void writeCell(
      Writer out, Cell cell, int[] widths, int column, UnaryOperator<String> colour)
      throws IOException {
    boolean last = column == widths.length - 1;
    int padding = widths[column] - cell.text().length();
    if (column > 0) {
      out.write(GAP);
    }
    if (rightAligned[column]) {
      out.write(" ".repeat(padding));
      out.write(colour.apply(cell.text()));
    } else {
      out.write(colour.apply(cell.text()));
      if (!last) {
        out.write(" ".repeat(padding));
      }
    }
  }
}

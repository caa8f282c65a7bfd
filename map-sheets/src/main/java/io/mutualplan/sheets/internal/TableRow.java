package io.mutualplan.sheets.internal;

import java.util.List;

/**
 * One row of a table.
 *
 * @param number the row's number as a spreadsheet shows it (1 for the first row)
 * @param cells the cells, from the first column; a row may be shorter than the header
 */
public record TableRow(int number, List<TableCell> cells) {

  /**
   * Creates a row.
   *
   * @param number the row's number
   * @param cells the cells
   */
  public TableRow {
    cells = List.copyOf(cells);
  }

  /**
   * The cell in a column.
   *
   * @param index the column's index, from 0
   * @return the cell, or an empty cell past the row's end
   */
  public TableCell cell(int index) {
    return index < cells.size() ? cells.get(index) : TableCell.EMPTY;
  }

  /**
   * Whether every cell of the row is empty.
   *
   * @return true for an empty row
   */
  public boolean isEmpty() {
    return cells.stream().allMatch(TableCell::isEmpty);
  }
}

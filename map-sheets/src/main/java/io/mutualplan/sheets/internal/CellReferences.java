package io.mutualplan.sheets.internal;

/** Spreadsheet cell references: column letters (A, B, ..., Z, AA, ...) and row numbers. */
final class CellReferences {
  private CellReferences() {}

  /**
   * A column's letters.
   *
   * @param index the column's index, from 0
   * @return its letters, such as {@code A} for 0 and {@code AA} for 26
   */
  static String letters(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * A cell's reference.
   *
   * @param row the row's index, from 0
   * @param column the column's index, from 0
   * @return the reference, such as {@code B3}
   */
  static String of(int row, int column) {
    return letters(column) + (row + 1);
  }
}

package io.mutualplan.sheets.internal;

import java.util.List;
import java.util.Optional;

/**
 * A table as a reader found it, before anything is made of it: its non-empty rows, in order, each
 * with its number as a spreadsheet shows it. The first row is the header.
 *
 * <p>The CSV and the XLSX readers both make one, so the rest of an import does not care where the
 * table came from.
 *
 * @param rows the rows that hold anything, in order
 */
public record Table(List<TableRow> rows) {

  /**
   * Creates a table of the rows that hold anything.
   *
   * @param rows the rows, empty ones included
   */
  public Table {
    rows = rows.stream().filter(row -> !row.isEmpty()).toList();
  }

  /**
   * The header row: the first row that holds anything.
   *
   * @return the header, or empty when the table holds nothing
   */
  public Optional<TableRow> header() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * The rows under the header.
   *
   * @return the data rows, possibly none
   */
  public List<TableRow> dataRows() {
    return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
  }
}

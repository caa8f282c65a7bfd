package io.mutualplan.sheets.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as a reader found it, before anything is made of it: its non-empty rows, in order, each
 * with its number as a spreadsheet shows it. The first row is the header.
 *
 * <p>The CSV and the XLSX readers both make one, so the rest of an import does not care where the
 * table came from, but for the messages that name a workbook's sheet.
 *
 * @param rows the rows that hold anything, in order
 * @param sheet the name of the workbook's sheet the table is, or empty for a CSV file
 */
public record Table(List<TableRow> rows, Optional<String> sheet) {

  /**
   * Creates a table of the rows that hold anything.
   *
   * @param rows the rows, empty ones included
   * @param sheet the workbook's sheet, or empty for a CSV file
   */
  public Table {
    rows = rows.stream().filter(row -> !row.isEmpty()).toList();
    Objects.requireNonNull(sheet, "sheet");
  }

  /**
   * Creates a table of a CSV file.
   *
   * @param rows the rows, empty ones included
   */
  public Table(List<TableRow> rows) {
    this(rows, Optional.empty());
  }

  /**
   * The table in a message: {@code the table}, or {@code the sheet 'Plan'} for a workbook's.
   *
   * @return the words
   */
  public String described() {
    return sheet.map(name -> "the sheet '" + name + "'").orElse("the table");
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

package io.mutualplan.sheets.internal;

import io.mutualplan.sheets.TableException;
import io.mutualplan.sheets.TableProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the MAP table from a sheet of an XLSX workbook, whatever its cells' display formats: a
 * number shown as a date is a date, text is text, and a formula's cached value is its value.
 */
public final class XlsxReader {
  private XlsxReader() {}

  /**
   * Reads a table from a workbook.
   *
   * @param in the workbook's bytes, read to the end and not closed
   * @param sheet the sheet's name (any case), or empty for the first sheet
   * @return the table
   * @throws TableException when the bytes are not an XLSX workbook or it has no such sheet
   */
  public static Table read(InputStream in, Optional<String> sheet) {
    byte[] bytes = readAll(in);
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 8));
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw problem("the file is an Excel 97-2003 workbook (.xls); save it as an Excel workbook"
          + " (.xlsx), or as CSV UTF-8");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw problem("the file is not an XLSX workbook; save it as an Excel workbook (.xlsx)");
    }
    ReadingOptions withFormats = new ReadingOptions(true, false);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
        withFormats)) {
      Sheet chosen = sheet.isPresent() ? named(workbook, sheet.get()) : workbook.getFirstSheet();
      List<TableRow> rows = new ArrayList<>();
      try (Stream<Row> stream = chosen.openStream()) {
        stream.forEach(row -> rows.add(row(row)));
      }
      return new Table(rows);
    } catch (TableException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A damaged or hostile workbook fails in the reader in many ways (a broken zip, bad XML, a
      // cell that is not what its type says): each is a workbook that cannot be read.
      throw problem("the workbook cannot be read (" + (e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage()) + "); open it in a spreadsheet and"
          + " save it again as an Excel workbook (.xlsx)");
    }
  }

  private static Sheet named(ReadableWorkbook workbook, String name) {
    List<Sheet> sheets = workbook.getSheets().toList();
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return sheets.stream()
        .filter(sheet -> sheet.getName().strip().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElseThrow(() -> problem("the workbook has no sheet named '" + name + "'; its sheets are "
            + sheets.stream().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(", "))));
  }

  private static TableRow row(Row row) {
    List<TableCell> cells = new ArrayList<>(row.getCellCount());
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      cells.add(cell == null ? TableCell.EMPTY : cell(cell));
    }
    return new TableRow(row.getRowNum(), cells);
  }

  private static TableCell cell(Cell cell) {
    String raw = cell.getRawValue();
    return switch (cell.getType()) {
      case EMPTY -> TableCell.EMPTY;
      case STRING -> TableCell.text(ExcelText.decode(cell.asString()).strip());
      case BOOLEAN -> TableCell.text(Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE");
      case ERROR -> TableCell.error(raw == null ? "#VALUE!" : raw);
      case NUMBER -> numeric(cell, raw);
      case FORMULA -> raw == null ? TableCell.EMPTY : isNumber(raw) ? numeric(cell, raw)
          : TableCell.text(ExcelText.decode(raw).strip());
    };
  }

  /** A number, or a date when its display format shows a date. */
  private static TableCell numeric(Cell cell, String raw) {
    if (raw == null) {
      return TableCell.EMPTY;
    }
    boolean date = ExcelDateFormats.isDate(
        Optional.ofNullable(cell.getDataFormatId()), Optional.ofNullable(cell.getDataFormatString()));
    BigDecimal number = new BigDecimal(raw);
    if (date && number.signum() > 0) {
      try {
        return TableCell.date(cell.asDate().toLocalDate());
      } catch (DateTimeException | ArithmeticException e) {
        // Too large to be a date: show the number, which the date's reader reports as no date.
      }
    }
    return TableCell.number(number.stripTrailingZeros().toPlainString());
  }

  private static boolean isNumber(String raw) {
    try {
      new BigDecimal(raw);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the XLSX workbook", e);
    }
  }

  private static TableException problem(String message) {
    return TableException.of(TableProblem.inTable(message));
  }
}

package io.mutualplan.sheets.internal;

import io.mutualplan.core.Texts;
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
import java.util.Iterator;
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
 * number shown as a date is a date, text is text, and a formula's cached value is its value (a
 * formula without one, as scripts write them, is a cell of its own kind, which the import
 * reports).
 */
public final class XlsxReader {
  /** The most places a number is shifted by and still shown as plain digits: far past any cell. */
  private static final int MAX_PLAIN_SCALE = 1_000;

  /** What a workbook the reader fails on is, whatever the reader's failure was. */
  private static final String NOT_READABLE = "the file is not a readable Excel workbook (.xlsx):"
      + " it may be truncated, damaged or another kind of file; open and save it again in a"
      + " spreadsheet program";

  private XlsxReader() {}

  /**
   * A sheet of a workbook read as a table, and the workbook's {@code Stakeholders} sheet, the
   * people the export lists, when it has one besides.
   *
   * @param table the sheet asked for
   * @param stakeholders the {@code Stakeholders} sheet, when it is another sheet than the one
   *     asked for
   */
  public record Sheets(Table table, Optional<Table> stakeholders) {}

  /**
   * Reads a table from a workbook.
   *
   * @param in the workbook's bytes, read to the end and not closed
   * @param sheet the sheet's name (any case), or empty for the first sheet
   * @return the table
   * @throws TableException when the bytes are not an XLSX workbook or it has no such sheet
   */
  public static Table read(InputStream in, Optional<String> sheet) {
    return read(in, sheet, false).table();
  }

  /**
   * Reads a table from a workbook, and the people of its {@code Stakeholders} sheet (any case),
   * which the export writes beside the MAP table.
   *
   * @param in the workbook's bytes, read to the end and not closed
   * @param sheet the sheet's name (any case), or empty for the first sheet
   * @return the table, and the stakeholders' sheet when the workbook has one besides
   * @throws TableException when the bytes are not an XLSX workbook or it has no such sheet
   */
  public static Sheets readWithStakeholders(InputStream in, Optional<String> sheet) {
    return read(in, sheet, true);
  }

  private static Sheets read(InputStream in, Optional<String> sheet, boolean withStakeholders) {
    byte[] bytes = readAll(in);
    // The reader's header checks refuse fewer than 8 bytes; a shorter file, padded with zeros,
    // matches neither header and is reported as no workbook.
    byte[] head = Arrays.copyOf(bytes, 8);
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw problem("the file is an Excel 97-2003 workbook (.xls); save it as an Excel workbook"
          + " (.xlsx), or as CSV UTF-8");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw problem("the file is not an XLSX workbook; save it as an Excel workbook (.xlsx)");
    }
    Optional<String> past = CellScan.cellPastTheLastColumn(bytes);
    if (past.isPresent()) {
      throw problem("the workbook has a cell at '" + Texts.shortened(past.get(), 40) + "', which"
          + " is no cell of a sheet (the last column is XFD); open it in a spreadsheet and save it"
          + " again as an Excel workbook (.xlsx)");
    }
    // An empty result is an empty text in a workbook that stores its formulas' results, and no
    // result in one that stores none; the reader gives both as an empty raw value.
    boolean storesResults = CellScan.formulaWithoutResult(bytes).isEmpty();
    ReadingOptions withFormats = new ReadingOptions(true, false);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
        withFormats)) {
      Sheet chosen = sheet.isPresent() ? named(workbook, sheet.get()) : workbook.getFirstSheet();
      Optional<Sheet> people = withStakeholders
          ? workbook.getSheets()
              .filter(other -> other.getIndex() != chosen.getIndex()
                  && key(other.getName()).equals(key(SheetNames.STAKEHOLDERS)))
              .findFirst()
          : Optional.empty();
      return new Sheets(table(chosen, storesResults), people.isEmpty() ? Optional.empty()
          : Optional.of(table(people.get(), storesResults)));
    } catch (TableException e) {
      throw e;
    } catch (NoClassDefFoundError e) {
      // The zip library reads Zstandard, XZ and LZMA entries only with optional libraries MAP does
      // not bring, and fails to load them; spreadsheets compress with Deflate.
      throw problem("the workbook is compressed in a way spreadsheets do not use; open it in a"
          + " spreadsheet and save it again as an Excel workbook (.xlsx)");
    } catch (IOException | RuntimeException e) {
      // The reader knows no ISO date cells (t="d"), which a sound workbook may have: said as such,
      // with what to do, rather than as a damaged file.
      Optional<String> isoDate = CellScan.isoDateCell(bytes);
      if (isoDate.isPresent()) {
        throw TableException.of(TableProblem.inTable(isoDates(isoDate.get())), e);
      }
      // A damaged or hostile workbook fails in the reader in many ways (a broken zip, bad XML, a
      // cell that is not what its type says): each is a workbook that cannot be read. The
      // reader's words ("Error reading Zip content from a SeekableByteChannel") tell a person
      // nothing to do, so they stay on the cause, for developers.
      throw TableException.of(TableProblem.inTable(NOT_READABLE), e);
    }
  }

  /** What a workbook with an ISO date cell is, and what to do about it. */
  private static String isoDates(String reference) {
    String where = reference.isEmpty() ? "" : " at '" + Texts.shortened(reference, 40) + "'";
    return "the workbook has an ISO date cell" + where + " (type d, as Excel's Strict Open XML"
        + " Spreadsheet and openpyxl's iso_dates write dates), which MAP does not read; save the"
        + " workbook with ordinary date cells: in Excel, as Excel Workbook (.xlsx) rather than"
        + " Strict Open XML Spreadsheet";
  }

  private static Table table(Sheet sheet, boolean storesResults) throws IOException {
    List<TableRow> rows = new ArrayList<>();
    try (Stream<Row> stream = sheet.openStream()) {
      int previous = 0;
      for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
        Row row = it.next();
        int number = number(row, previous);
        rows.add(row(row, number, storesResults));
        previous = number;
      }
    }
    return new Table(rows, Optional.of(sheet.getName()));
  }

  /**
   * A row's number as a spreadsheet shows it. OOXML lets a row leave out its number (the {@code r}
   * attribute), and such a row is the one after the row before it. The reader numbers a row
   * without one by its place among the sheet's rows, counted from 0, which is never more than
   * the number of the row before (rows are numbered from 1, in order): a row the reader numbers
   * no higher than the row before is the next row.
   */
  private static int number(Row row, int previous) {
    return row.getRowNum() > previous ? row.getRowNum() : previous + 1;
  }

  /** A sheet's name as Excel compares names: case and outer spaces aside. */
  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static Sheet named(ReadableWorkbook workbook, String name) {
    List<Sheet> sheets = workbook.getSheets().toList();
    String wanted = key(name);
    return sheets.stream()
        .filter(sheet -> key(sheet.getName()).equals(wanted))
        .findFirst()
        .orElseThrow(() -> problem("the workbook has no sheet named '" + name + "'; its sheets are "
            + sheets.stream().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(", "))));
  }

  private static TableRow row(Row row, int number, boolean storesResults) {
    List<TableCell> cells = new ArrayList<>(row.getCellCount());
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      cells.add(cell == null ? TableCell.EMPTY : cell(cell, storesResults));
    }
    return new TableRow(number, cells);
  }

  private static TableCell cell(Cell cell, boolean storesResults) {
    String raw = cell.getRawValue();
    return switch (cell.getType()) {
      case EMPTY -> TableCell.EMPTY;
      case STRING -> TableCell.text(ExcelText.decode(cell.asString()).strip());
      case BOOLEAN -> TableCell.text(Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE");
      case ERROR -> TableCell.error(raw == null ? "#VALUE!" : raw);
      case NUMBER -> numeric(cell, raw);
      case FORMULA -> formula(cell, raw, storesResults);
    };
  }

  /**
   * A formula's cell: the result the workbook stores ({@code <v>}) as its value. No result at all
   * ({@code raw} null) is a formula without its result, and so is an empty one in a workbook that
   * stores no results; in others an empty result is an empty text.
   */
  private static TableCell formula(Cell cell, String raw, boolean storesResults) {
    boolean noResult = raw == null || raw.isEmpty() && !storesResults;
    if (noResult && cell.getFormula() != null) {
      return TableCell.formulaWithoutResult(cell.getFormula());
    }
    if (raw == null) {
      return TableCell.EMPTY; // a text-typed cell with neither a formula nor a value
    }
    return isNumber(raw) ? numeric(cell, raw) : TableCell.text(ExcelText.decode(raw).strip());
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
    BigDecimal digits = number.stripTrailingZeros();
    // A number is shown as its plain digits, but 1E+999999999 would be a billion of them: a number
    // that far from every value a column takes stays as written, and its column reports it.
    return TableCell.number(Math.abs((long) digits.scale()) <= MAX_PLAIN_SCALE
        ? digits.toPlainString() : raw);
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

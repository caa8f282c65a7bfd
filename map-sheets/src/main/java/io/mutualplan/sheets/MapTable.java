package io.mutualplan.sheets;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.sheets.internal.CellDates;
import io.mutualplan.sheets.internal.CsvTables;
import io.mutualplan.sheets.internal.PlanTable;
import io.mutualplan.sheets.internal.SheetNames;
import io.mutualplan.sheets.internal.Table;
import io.mutualplan.sheets.internal.TableImport;
import io.mutualplan.sheets.internal.XlsxReader;
import io.mutualplan.sheets.internal.XlsxWriter;
import io.mutualplan.sheets.internal.XlsxWriter.SheetContent;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The MAP table: the five-column spreadsheet most mutual action plans start as (milestone, buyer
 * owner, seller owner, target date, exit criteria), with the plan's other milestone fields as
 * optional columns. Reads it from CSV or XLSX into a plan, and writes a plan as one.
 *
 * <pre>{@code
 * MapTable table = MapTable.standard();
 *
 * // Start a plan from the sheet a rep already has.
 * MutualActionPlan plan = table.importXlsx(in, NewPlan.builder()
 *     .id(PlanId.of("acme-2027")).title("Acme x Globex").buyer("Acme Corp").seller("Globex")
 *     .build()).plan();
 *
 * // Hand the buyer a sheet, and take their edits back onto the plan.
 * List<String> notes = table.exportXlsx(plan, out);
 * ImportedPlan edited = table.importXlsxOnto(editedSheet, plan);
 * edited.notes().forEach(System.out::println); // removed 1 milestone the table has no row for: legal
 *
 * // A CSV from a European spreadsheet: semicolons are detected, dates need a pattern.
 * MutualActionPlan fromCsv =
 *     MapTable.standard().withDatePattern("dd.MM.yyyy").importCsv(csv, fields).plan();
 * }</pre>
 *
 * <p>A table with any problem gives no plan: a {@link TableException} lists every problem with its
 * row, column and cell. A table with a header and no rows under it is such a problem (almost surely
 * the wrong file or sheet, it would give a plan without milestones, or remove them all from the
 * plan it goes onto), except onto a plan that has no milestones either. An import also says, in its
 * {@link ImportedPlan#notes() notes}, what it did that the person importing should hear of: the
 * people it added for names nobody on that side has, and, onto a plan, each baseline an empty
 * {@code Baseline due} cell cleared and each completed date of a step set back from complete in a
 * table without a {@code Completed} column (with the date), the milestones the table removed and
 * a changed {@code Stakeholders} sheet it did not read. Importing onto a plan replaces its
 * milestones by the table's rows, matched by id to keep what the table cannot carry (descriptions,
 * estimates, start dates, at-risk flags, attributes, and the types and lags of dependencies the
 * table still names), and keeps the rest of the plan (stakeholders, revisions, sign-offs, outcome,
 * calendar). Exporting a plan and importing the table onto the same plan gives the same plan.
 *
 * <p>A {@code MapTable} holds only its options and can be shared by any number of threads. Streams
 * given to it are read to their end or written and flushed, never closed.
 */
public final class MapTable {
  private static final MapTable STANDARD =
      new MapTable(Optional.empty(), CellDates.iso(), Optional.empty(), false);

  private final Optional<Character> delimiter;
  private final CellDates dates;
  private final Optional<String> sheet;
  private final boolean ignoreUnknownColumns;

  private MapTable(Optional<Character> delimiter, CellDates dates, Optional<String> sheet,
      boolean ignoreUnknownColumns) {
    this.delimiter = delimiter;
    this.dates = dates;
    this.sheet = sheet;
    this.ignoreUnknownColumns = ignoreUnknownColumns;
  }

  /**
   * The table with the standard options: the CSV delimiter detected from the header row, ISO
   * dates ({@code yyyy-MM-dd}) in text cells, an XLSX workbook's first sheet, and unknown columns
   * an error.
   *
   * @return the standard table
   */
  public static MapTable standard() {
    return STANDARD;
  }

  /**
   * The same table, reading CSV with this delimiter instead of detecting it. Writing always uses
   * {@code ,}.
   *
   * @param delimiter {@code ,}, {@code ;} or a tab
   * @return the changed table
   * @throws IllegalArgumentException for any other character
   */
  public MapTable withDelimiter(char delimiter) {
    if (",;\t".indexOf(delimiter) < 0) {
      throw new IllegalArgumentException("the delimiter of a MAP table is ',', ';' or a tab, not '"
          + delimiter + "'");
    }
    return new MapTable(Optional.of(delimiter), dates, sheet, ignoreUnknownColumns);
  }

  /**
   * The same table, reading dates written as text in this pattern: in a CSV file instead of
   * {@code yyyy-MM-dd}; in an XLSX workbook's text cells besides {@code yyyy-MM-dd}, which a
   * workbook's text may always hold (text the pattern reads is read in the pattern, other text
   * as ISO), while its date cells are dates whatever their display format. The letters are
   * {@link java.time.format.DateTimeFormatter}'s ({@code dd/MM/yyyy}, {@code d MMM yyyy}); month
   * names are English, in any case. A pattern names a day only: a time of day, a zone or an
   * offset is refused. Writing always uses {@code yyyy-MM-dd}.
   *
   * @param pattern the pattern, such as {@code dd/MM/yyyy}
   * @return the changed table
   * @throws IllegalArgumentException when the pattern is not one, names a time of day, a zone or
   *     an offset, or lacks a day, month or year
   */
  public MapTable withDatePattern(String pattern) {
    return new MapTable(delimiter, CellDates.of(pattern), sheet, ignoreUnknownColumns);
  }

  /**
   * The same table, reading this sheet of an XLSX workbook instead of the first one.
   *
   * @param name the sheet's name; case does not matter
   * @return the changed table
   */
  public MapTable withSheet(String name) {
    return new MapTable(delimiter, dates, Optional.of(Objects.requireNonNull(name, "name")),
        ignoreUnknownColumns);
  }

  /**
   * The same table, skipping columns that are not MAP table columns (and values in columns
   * without a header) instead of reporting them as errors.
   *
   * @param ignore whether to skip unknown columns
   * @return the changed table
   */
  public MapTable withIgnoreUnknownColumns(boolean ignore) {
    return new MapTable(delimiter, dates, sheet, ignore);
  }

  /**
   * A new plan from a CSV table.
   *
   * @param csv the table, UTF-8 with or without a byte-order mark
   * @param plan what the table cannot say: the plan's id, title, organizations and outcome
   * @return the plan, with a stakeholder for each owner the table names; no notes
   * @throws TableException listing every problem of the table
   * @throws UncheckedIOException when reading fails; its cause is the stream's {@code IOException}
   */
  public ImportedPlan importCsv(InputStream csv, NewPlan plan) {
    return TableImport.newPlan(CsvTables.read(csv, delimiter), Optional.empty(), plan, settings());
  }

  /**
   * A CSV table's rows onto an existing plan.
   *
   * @param csv the table, UTF-8 with or without a byte-order mark
   * @param plan the plan the table's rows go onto
   * @return the changed plan, with notes on the people added for owner names nobody on that side
   *     has, on the baselines empty {@code Baseline due} cells cleared, on the completed dates
   *     of steps set back from complete without a {@code Completed} column and on the milestones
   *     the table removed
   * @throws TableException listing every problem of the table
   * @throws UncheckedIOException when reading fails; its cause is the stream's {@code IOException}
   */
  public ImportedPlan importCsvOnto(InputStream csv, MutualActionPlan plan) {
    return TableImport.onto(CsvTables.read(csv, delimiter), Optional.empty(), plan, settings());
  }

  /**
   * A new plan from a sheet of an XLSX workbook. When the workbook also has a {@code Stakeholders}
   * sheet, as the export writes (Name, Side, Roles, Title, Email), its people are the new plan's,
   * with their roles, job titles and emails, whether or not they own a milestone; the owner
   * columns find them by name.
   *
   * @param xlsx the workbook
   * @param plan what the table cannot say: the plan's id, title, organizations and outcome
   * @return the plan, with the people of the stakeholders' sheet and a stakeholder for each other
   *     owner the table names; when the workbook has a stakeholders' sheet, with a note on each
   *     such owner
   * @throws TableException listing every problem of the table
   * @throws UncheckedIOException when reading fails; its cause is the stream's {@code IOException}
   */
  public ImportedPlan importXlsx(InputStream xlsx, NewPlan plan) {
    XlsxReader.Sheets sheets = XlsxReader.readWithStakeholders(xlsx, sheet);
    return TableImport.newPlan(sheets.table(), sheets.stakeholders(), plan, workbookSettings());
  }

  /**
   * A sheet of an XLSX workbook onto an existing plan. The plan keeps its stakeholders: a {@code
   * Stakeholders} sheet is not read, and a note says so when it differs from the plan's people.
   *
   * @param xlsx the workbook
   * @param plan the plan the table's rows go onto
   * @return the changed plan, with notes on the people added for owner names nobody on that side
   *     has, on the baselines empty {@code Baseline due} cells cleared, on the completed dates
   *     of steps set back from complete without a {@code Completed} column, on the milestones the
   *     table removed and on a changed {@code Stakeholders} sheet not read
   * @throws TableException listing every problem of the table
   * @throws UncheckedIOException when reading fails; its cause is the stream's {@code IOException}
   */
  public ImportedPlan importXlsxOnto(InputStream xlsx, MutualActionPlan plan) {
    XlsxReader.Sheets sheets = XlsxReader.readWithStakeholders(xlsx, sheet);
    return TableImport.onto(sheets.table(), sheets.stakeholders(), plan, workbookSettings());
  }

  /**
   * Writes a plan's MAP table as CSV: UTF-8 without a byte-order mark, {@code ,} between fields,
   * CRLF line ends, RFC 4180 quoting, owners by name, dates as {@code yyyy-MM-dd}.
   *
   * @param plan the plan
   * @param out where to write; flushed, not closed
   * @return what the table leaves out of this plan, as sentences to show the person exporting it;
   *     none when it carries every milestone whole
   * @throws UncheckedIOException when writing fails; its cause is the stream's {@code IOException}
   */
  public List<String> exportCsv(MutualActionPlan plan, OutputStream out) {
    CsvTables.write(PlanTable.milestones(plan), out);
    return PlanTable.notes(plan);
  }

  /**
   * Writes a plan's MAP table as an XLSX workbook: a sheet named after the plan with a bold,
   * frozen header row, an autofilter, date cells shown as {@code yyyy-mm-dd} and sized columns,
   * then a {@code Stakeholders} sheet (name, side, roles, title, email).
   *
   * @param plan the plan
   * @param out where to write; not closed
   * @return what the table leaves out of this plan, as sentences to show the person exporting it;
   *     none when it carries every milestone whole
   * @throws UncheckedIOException when writing fails; its cause is the stream's {@code IOException}
   */
  public List<String> exportXlsx(MutualActionPlan plan, OutputStream out) {
    XlsxWriter.write(List.of(
        new SheetContent(SheetNames.forPlan(plan.title()), PlanTable.milestones(plan)),
        new SheetContent(SheetNames.STAKEHOLDERS, PlanTable.stakeholders(plan))), out);
    return PlanTable.notes(plan);
  }

  private TableImport.Settings settings() {
    return new TableImport.Settings(dates, ignoreUnknownColumns);
  }

  /** As for a CSV file, with ISO text dates besides the caller's pattern, as the spec reads XLSX. */
  private TableImport.Settings workbookSettings() {
    return new TableImport.Settings(dates.alsoIso(), ignoreUnknownColumns);
  }
}

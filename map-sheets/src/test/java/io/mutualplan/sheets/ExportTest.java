package io.mutualplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.testkit.Fixtures;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ExportTest {
  private static final MapTable TABLE = MapTable.standard();

  @Test
  void theCsvIsUtf8WithoutAByteOrderMarkCommasCrlfAndQuotesOnlyWhereNeeded() {
    MutualActionPlan plan = Fixtures.plan("classic-mistakes");
    MutualActionPlan quoted = plan.withMilestones(plan.milestones().stream()
        .map(m -> m.id().value().equals("demo")
            ? m.withTitle("Demo, \"with IT\"").withNotes("Zürich\nteam") : m)
        .toList());

    String csv = new String(Tables.bytes(out -> TABLE.exportCsv(quoted, out)),
        StandardCharsets.UTF_8);

    assertThat(csv).isEqualTo(""
        + "Id,Milestone,Buyer owner,Seller owner,Due,Status,Exit criteria,Kind,Duration,Depends on,"
        + "Completed,Baseline due,Notes\r\n"
        + "demo,\"Demo, \"\"with IT\"\"\",Maria Lopez,Riley Morgan,2026-11-20,complete,,demo,1,,"
        + "2026-11-20,,\"Zürich\nteam\"\r\n"
        + "evaluation,Evaluate solution,Maria Lopez,,2026-12-04,not-started,Evaluation progressing,"
        + "technical-validation,5,demo,,,\r\n"
        + "security,Security questionnaire completed,,,2026-12-04,blocked,,security-review,,demo,,,"
        + "\r\n"
        + "legal,MSA redlines agreed,Kenji Sato,Riley Morgan,2026-12-11,not-started,"
        + "MSA countersigned by both legal teams,legal,30,security,,,\r\n"
        + "procurement,Purchase order issued,Omar Haddad,Riley Morgan,2026-12-18,not-started,"
        + "PO number sent to Contoso,procurement,5,\"legal, evaluation\",,,\r\n"
        + "signature,Order form signed,Maria Lopez,Val Petrov,2026-12-21,not-started,"
        + "Order form countersigned,signature,0,procurement,,,\r\n"
        + "migration,Data migrated to the new CRM,,Riley Morgan,,not-started,"
        + "Every open opportunity visible in the new CRM,implementation,20,signature,,,\r\n");
  }

  @Test
  void theNotesCannotBeChanged() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    List<String> csvNotes = TABLE.exportCsv(plan, new java.io.ByteArrayOutputStream());
    List<String> xlsxNotes = TABLE.exportXlsx(plan, new java.io.ByteArrayOutputStream());

    assertThat(csvNotes).isNotEmpty();
    assertThatThrownBy(() -> csvNotes.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(xlsxNotes::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theNotesSayWhatTheTableLeavesOut() {
    MutualActionPlan plan = Fixtures.plan("classic-mistakes");
    MutualActionPlan linked = plan.withMilestones(plan.milestones().stream()
        .map(m -> m.id().value().equals("evaluation")
            ? m.withDependsOn(Dependency.builder().milestone(MilestoneId.of("demo"))
                .type(DependencyType.START_TO_START).lagDays(2).build())
            : m)
        .toList());

    assertThat(TABLE.exportCsv(plan, new java.io.ByteArrayOutputStream())).isEmpty();
    assertThat(TABLE.exportCsv(linked, new java.io.ByteArrayOutputStream())).containsExactly(
        "Depends on lists predecessors by id only: evaluation after demo (start-to-start, lag 2)"
            + " keep their dependency types and lags when the table is imported onto this plan, and"
            + " become finish-to-start with no lag in a new plan.");
    assertThat(TABLE.exportXlsx(Fixtures.plan("acme-go-live"), new java.io.ByteArrayOutputStream()))
        .containsExactly("The table has no columns for descriptions, estimates, start dates,"
            + " at-risk flags or attributes, which security-docs, security-review, legal have;"
            + " importing the table onto this plan keeps them.");
  }

  @Test
  void theWorkbookHasABoldFrozenFilteredHeaderDateCellsAndAStakeholderSheet() {
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(Fixtures.plan("acme-go-live"), out));
    Map<String, String> parts = parts(xlsx);

    assertThat(parts.get("xl/workbook.xml"))
        .contains("<sheet name=\"Acme x Globex\" sheetId=\"1\" r:id=\"rId1\"/>")
        .contains("<sheet name=\"Stakeholders\" sheetId=\"2\" r:id=\"rId2\"/>")
        .contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
            + "'Acme x Globex'!$A$1:$M$8</definedName>");
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    assertThat(sheet)
        .contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        .contains("<autoFilter ref=\"A1:M8\"/>")
        .contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Id</t></is></c>")
        // The longest title, 42 characters, and a margin; exit criteria are capped at 60.
        .contains("<col min=\"2\" max=\"2\" width=\"43\" customWidth=\"1\"/>")
        .contains("<col min=\"7\" max=\"7\" width=\"60\" customWidth=\"1\"/>");
    assertThat(parts.get("xl/styles.xml"))
        .contains("<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>")
        .contains("<font><b/>");

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new ReadingOptions(true, false))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("Acme x Globex", "Stakeholders");
      List<Row> rows = sheets.get(0).read();
      Cell due = rows.get(1).getCell(4);
      assertThat(due.getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(due.asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(rows.get(2).getCellAsString(3)).contains("Jordan Blake");
      List<Row> people = sheets.get(1).read();
      assertThat(people.get(0).stream().map(Cell::getText).toList())
          .containsExactly("Name", "Side", "Roles", "Title", "Email");
      assertThat(people.get(1).stream().map(Cell::getText).toList())
          .startsWith("Sarah Chen", "buyer", "champion");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theWorkbooksPartsCarryAFixedTimeNotTheTimeTheyWereWritten() throws IOException {
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(Fixtures.plan("acme-go-live"), out));

    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      int entries = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        assertThat(entry.getTimeLocal()).as(entry.getName())
            .isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
        entries++;
      }
      assertThat(entries).isEqualTo(7);
    }
  }

  @Test
  void theWholeWorkbookReachesABufferedStreamWithoutTheCallerFlushingIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(bytes, 1 << 20);

    TABLE.exportXlsx(Fixtures.plan("acme-go-live"), buffered);

    assertThat(bytes.toByteArray())
        .isEqualTo(Tables.bytes(out -> TABLE.exportXlsx(Fixtures.plan("acme-go-live"), out)));
  }

  @Test
  void everySheetIsDeclaredWithItsContentTypeAndRelationship() {
    Map<String, String> parts =
        parts(Tables.bytes(out -> TABLE.exportXlsx(Fixtures.plan("acme-go-live"), out)));
    String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    for (int sheet = 1; sheet <= 2; sheet++) {
      assertThat(parts.get("[Content_Types].xml")).contains(
          "<Override PartName=\"/xl/worksheets/sheet" + sheet + ".xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      assertThat(parts.get("xl/_rels/workbook.xml.rels")).contains(
          "<Relationship Id=\"rId" + sheet + "\" Type=\"" + relationships + "/worksheet\""
              + " Target=\"worksheets/sheet" + sheet + ".xml\"/>");
    }
    assertThat(parts.get("xl/_rels/workbook.xml.rels")).contains("<Relationship Id=\"rId3\" Type=\""
        + relationships + "/styles\" Target=\"styles.xml\"/>");
  }

  @Test
  void theWorkbookOpensOnThePlansSheetAndThePackageLeadsToTheWorkbook() {
    Map<String, String> parts =
        parts(Tables.bytes(out -> TABLE.exportXlsx(Fixtures.plan("acme-go-live"), out)));

    assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("tabSelected=\"1\"");
    assertThat(parts.get("xl/worksheets/sheet2.xml")).doesNotContain("tabSelected");
    assertThat(parts.get("_rels/.rels")).contains("<Relationship Id=\"rId1\" Type=\""
        + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
        + " Target=\"xl/workbook.xml\"/>");
  }

  @Test
  void eachColumnFitsItsLongestLineAndTheHeaderAlsoItsFilterButtonWithinEightToSixty() {
    Map<String, String> parts =
        parts(Tables.bytes(out -> TABLE.exportXlsx(Fixtures.plan("acme-go-live"), out)));
    String people = parts.get("xl/worksheets/sheet2.xml");

    assertThat(people)
        // "Side", 4 letters and the button, and "seller", 6, get the least width, 8.
        .contains("<col min=\"2\" max=\"2\" width=\"8\" customWidth=\"1\"/>")
        // No one has an email: "Email", 5 letters, 3 for the filter button and a margin.
        .contains("<col min=\"5\" max=\"5\" width=\"9\" customWidth=\"1\"/>");
  }

  @Test
  void theSameWorkbookComesOutEveryTime() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");

    assertThat(Tables.bytes(out -> TABLE.exportXlsx(plan, out)))
        .isEqualTo(Tables.bytes(out -> TABLE.exportXlsx(plan, out)));
  }

  @Test
  void controlCharactersAndXmlMarkupSurviveTheWorkbook() {
    MutualActionPlan plan = Fixtures.plan("classic-mistakes");
    String tricky = "<b>&amp;</b> nul\u0000 bell\u0007 cr\r lf\n _x0041_ tab\there";
    MutualActionPlan odd = plan.withMilestones(plan.milestones().stream()
        .map(m -> m.withNotes(tricky)).toList());

    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(odd, out));

    assertThat(TABLE.importXlsxOnto(new ByteArrayInputStream(xlsx), plan).plan()).isEqualTo(odd);
  }

  /**
   * The sheet's name is an attribute of the workbook's XML: a title with characters XML cannot
   * hold (U+FFFE, U+FFFF, control characters) gives a name without them, and the workbook reads
   * back as the same plan.
   */
  @Test
  void aTitleWithCharactersXmlCannotHoldGivesAWorkbookThatReadsBack() throws IOException {
    MutualActionPlan plan = Fixtures.plan("classic-mistakes");
    MutualActionPlan odd = plan.withTitle("Deal\uFFFE one\uFFFF\u0001");

    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(odd, out));

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Deal- one--");
    }
    assertThat(TABLE.importXlsxOnto(new ByteArrayInputStream(xlsx), odd).plan()).isEqualTo(odd);
  }

  /**
   * A cell starting with {@code =}, {@code +}, {@code -} or {@code @} is written to the CSV as it
   * is, so that the table comes back as the same plan (a spreadsheet program opening the CSV may
   * take it for a formula: docs/spreadsheets-and-calendars.md says to open the workbook instead);
   * in the workbook it is a text cell, never a formula.
   */
  @Test
  void textThatLooksLikeAFormulaIsKeptAsItIsInTheCsvAndIsTextInTheWorkbook() throws IOException {
    MutualActionPlan plan = Fixtures.plan("classic-mistakes");
    MutualActionPlan formulas = plan.withMilestones(plan.milestones().stream()
        .map(m -> m.id().value().equals("demo")
            ? m.withTitle("=HYPERLINK(\"https://example.com\",\"Demo\")")
                .withExitCriteria("-10% agreed").withNotes("+1 555 0100 @SUM(A1)")
            : m)
        .toList());

    String csv = new String(Tables.bytes(out -> TABLE.exportCsv(formulas, out)),
        StandardCharsets.UTF_8);
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(formulas, out));

    assertThat(csv).contains("demo,\"=HYPERLINK(\"\"https://example.com\"\",\"\"Demo\"\")\",",
        ",-10% agreed,", ",+1 555 0100 @SUM(A1)\r\n");
    assertThat(TABLE.importCsvOnto(Tables.csv(csv), plan).plan()).isEqualTo(formulas);
    assertThat(parts(xlsx).get("xl/worksheets/sheet1.xml")).doesNotContain("<f>", "<f ");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Row demo = workbook.getFirstSheet().read().get(1);
      assertThat(demo.getCell(1).getType()).isEqualTo(CellType.STRING);
      assertThat(demo.getCell(1).getText()).isEqualTo(formulas.milestones().get(0).title());
    }
    assertThat(TABLE.importXlsxOnto(new ByteArrayInputStream(xlsx), plan).plan())
        .isEqualTo(formulas);
  }

  private static Map<String, String> parts(byte[] xlsx) {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }
}

package io.mutualplan.sheets;

import static io.mutualplan.sheets.Tables.ACME;
import static io.mutualplan.sheets.Tables.header;
import static io.mutualplan.sheets.Tables.workbook;
import static io.mutualplan.sheets.Tables.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.sheets.internal.CsvTables;
import io.mutualplan.sheets.internal.Table;
import io.mutualplan.sheets.internal.XlsxReader;
import io.mutualplan.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing XLSX workbooks made by another writer (fastexcel's), as a spreadsheet would save
 * them: date cells in many display formats, dates typed as text, numbers, several sheets.
 */
class XlsxImportTest {
  private static final MapTable TABLE = MapTable.standard();

  private static final LocalDate DUE = LocalDate.of(2027, 4, 15);

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  @Test
  void dateCellsAreDatesWhateverTheirDisplayFormat() {
    List<String> formats = List.of("yyyy-mm-dd", "d mmm yyyy", "m/d/yy", "dd.mm.yyyy",
        "[$-409]dddd, mmmm d, yyyy", "mmm-yy", "yyyy-mm-dd hh:mm", "dd/mm/yyyy;@");
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due");
      for (int r = 0; r < formats.size(); r++) {
        sheet.value(r + 1, 0, "Step shown as " + formats.get(r));
        sheet.value(r + 1, 1, DUE.plusDays(r));
        sheet.style(r + 1, 1).format(formats.get(r)).set();
      }
    });

    MutualActionPlan plan = TABLE.importXlsx(in(xlsx), ACME).plan();

    for (int r = 0; r < formats.size(); r++) {
      assertThat(plan.milestones().get(r).due()).as(formats.get(r)).contains(DUE.plusDays(r));
    }
  }

  @Test
  void aDateWithATimeOfDayIsItsDay() {
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due");
      sheet.value(1, 0, "Kickoff");
      sheet.value(1, 1, LocalDateTime.of(2027, 4, 15, 16, 30));
      sheet.style(1, 1).format("yyyy-mm-dd hh:mm").set();
    });

    assertThat(TABLE.importXlsx(in(xlsx), ACME).plan().milestones().get(0).due()).contains(DUE);
  }

  @Test
  void datesTypedAsTextAreReadAsIsoOrInTheCallersPattern() {
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due");
      sheet.value(1, 0, "Kickoff");
      sheet.value(1, 1, "2027-04-15");
    });
    byte[] european = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due");
      sheet.value(1, 0, "Kickoff");
      sheet.value(1, 1, "15.04.2027");
    });

    assertThat(TABLE.importXlsx(in(xlsx), ACME).plan().milestones().get(0).due()).contains(DUE);
    assertThat(TABLE.withDatePattern("dd.MM.yyyy").importXlsx(in(european), ACME).plan()
        .milestones().get(0).due()).contains(DUE);
  }

  @Test
  void aNumberThatIsNotFormattedAsADateIsNoDate() {
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due", "Duration");
      sheet.value(1, 0, "Kickoff");
      sheet.value(1, 1, 46492);
      sheet.value(1, 2, new BigDecimal("5.0"));
    });

    assertThat(problems(() -> TABLE.importXlsx(in(xlsx), ACME))).containsExactly(
        "row 2, Due: '46492' is a number, not a date; format the cell as a date, or write the"
            + " date as yyyy-MM-dd");
  }

  @Test
  void numberCellsAreReadAsTheirDigits() {
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Id", "Milestone", "Duration", "Status", "Buyer owner");
      sheet.value(1, 0, 42);
      sheet.value(1, 1, "Kickoff");
      sheet.value(1, 2, new BigDecimal("5.0"));
      sheet.value(1, 3, "In Progress");
      sheet.value(1, 4, "  Sarah Chen ");
    });

    MutualActionPlan plan = TABLE.importXlsx(in(xlsx), ACME).plan();

    assertThat(plan.milestones().get(0).id().value()).isEqualTo("42");
    assertThat(plan.milestones().get(0).durationDays()).hasValue(5);
    assertThat(plan.milestones().get(0).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
    assertThat(plan.milestones().get(0).buyerOwner()).contains(StakeholderId.of("sarah-chen"));
  }

  @Test
  void theFirstSheetIsReadUnlessASheetIsNamed() {
    byte[] xlsx = workbook(List.of("Notes", "MAP"), (name, sheet) -> {
      header(sheet, "Milestone");
      sheet.value(1, 0, name.equals("MAP") ? "From the MAP sheet" : "From the notes sheet");
    });

    assertThat(TABLE.importXlsx(in(xlsx), ACME).plan().milestones().get(0).title())
        .isEqualTo("From the notes sheet");
    assertThat(TABLE.withSheet("map").importXlsx(in(xlsx), ACME).plan().milestones().get(0).title())
        .isEqualTo("From the MAP sheet");
    assertThat(problems(() -> TABLE.withSheet("Plan").importXlsx(in(xlsx), ACME)))
        .containsExactly("the workbook has no sheet named 'Plan'; its sheets are 'Notes', 'MAP'");
  }

  @Test
  void aFileThatIsNotAnXlsxWorkbookSaysWhatItIs() {
    byte[] csv = "Milestone\nKickoff\n".getBytes(StandardCharsets.UTF_8);
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0};

    assertThat(problems(() -> TABLE.importXlsx(in(csv), ACME))).containsExactly(
        "the file is not an XLSX workbook; save it as an Excel workbook (.xlsx)");
    assertThat(problems(() -> TABLE.importXlsx(in(xls), ACME))).containsExactly(
        "the file is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx), or as"
            + " CSV UTF-8");
  }

  @Test
  void aFileShorterThanAnyWorkbooksHeaderIsNotAnXlsxWorkbook() {
    for (byte[] tiny : List.of(new byte[0], new byte[] {'P', 'K'})) {
      assertThat(problems(() -> TABLE.importXlsx(in(tiny), ACME))).containsExactly(
          "the file is not an XLSX workbook; save it as an Excel workbook (.xlsx)");
    }
  }

  /**
   * A workbook the reader fails on (cut short, random bytes after a zip's signature, a cell that
   * is not what its type says) is said in words a person can act on, without the reader's own
   * words, which stay on the exception's cause for developers.
   */
  @Test
  void aDamagedWorkbookIsReportedAsNotReadableKeepingTheReadersFailureAsTheCause() {
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(
        TABLE.importCsv(Tables.csv("Milestone\nKickoff\n"), ACME).plan(), out));
    byte[] cut = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
    byte[] randomAfterTheSignature =
        {'P', 'K', 3, 4, 17, -3, 99, 0, 42, -128, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    byte[] badNumber = replaceInSheet(xlsx, "<c r=\"I1\" s=\"1\" t=\"inlineStr\">",
        "<c r=\"I1\" t=\"n\"><v>not a number</v></c><c r=\"Z1\" s=\"1\" t=\"inlineStr\">");

    for (byte[] damaged : List.of(cut, randomAfterTheSignature, badNumber)) {
      assertThatThrownBy(() -> TABLE.importXlsx(in(damaged), ACME))
          .isInstanceOfSatisfying(TableException.class, e -> {
            assertThat(e.problems()).map(TableProblem::toString).containsExactly(
                "the file is not a readable Excel workbook (.xlsx): it may be truncated, damaged"
                    + " or another kind of file; open and save it again in a spreadsheet program");
            assertThat(e.getCause()).isNotNull();
            assertThat(e.getMessage()).doesNotContain(e.getCause().getClass().getSimpleName());
          });
    }
  }

  @Test
  void aTruncatedWorkbooksMessageLeavesOutTheZipReadersWords() {
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(
        TABLE.importCsv(Tables.csv("Milestone\nKickoff\n"), ACME).plan(), out));
    byte[] cut = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);

    assertThatThrownBy(() -> TABLE.importXlsx(in(cut), ACME))
        .isInstanceOfSatisfying(TableException.class, e -> {
          assertThat(e.getCause().getMessage()).isNotBlank();
          assertThat(e.getMessage()).doesNotContain(e.getCause().getMessage())
              .doesNotContain("Zip").doesNotContain("SeekableByteChannel");
        });
  }

  /**
   * A workbook is XML from whoever sent it. An entity naming a file of this machine is never read
   * into the plan, and entities that would expand to ten billion characters are never expanded:
   * both workbooks are refused as unreadable (no spreadsheet program writes a DTD). A DOCTYPE
   * without entities is read as usual.
   */
  @Test
  void entitiesInAWorkbookAreNeitherResolvedNorExpanded(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-OF-THIS-MACHINE");
    MutualActionPlan draft = TABLE.importCsv(Tables.csv("Milestone\nKickoff\n"), ACME).plan();
    byte[] ours = Tables.bytes(out -> TABLE.exportXlsx(draft, out));
    StringBuilder laughs = new StringBuilder("<!ENTITY e0 \"laughlaugh\">");
    for (int level = 1; level <= 9; level++) {
      laughs.append("<!ENTITY e").append(level).append(" \"")
          .append(("&e" + (level - 1) + ";").repeat(10)).append("\">");
    }

    byte[] external = withDoctype(ours,
        "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>", " &x;");
    byte[] expanding = withDoctype(ours, "<!DOCTYPE worksheet [" + laughs + "]>", " &e9;");
    byte[] plain = withDoctype(ours, "<!DOCTYPE worksheet>", "");

    for (byte[] hostile : List.of(external, expanding)) {
      assertThatThrownBy(() -> TABLE.importXlsxOnto(in(hostile), draft))
          .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.problems())
              .singleElement().asString()
              .startsWith("the file is not a readable Excel workbook (.xlsx)")
              .doesNotContain("SECRET"));
    }
    assertThat(TABLE.importXlsxOnto(in(plain), draft).plan().milestones())
        .extracting(Milestone::title).containsExactly("Kickoff");
  }

  /** The workbook with a DOCTYPE before its first sheet's root and a text after "Kickoff". */
  private static byte[] withDoctype(byte[] xlsx, String doctype, String afterKickoff) {
    byte[] declared = replaceInSheet(xlsx, "standalone=\"yes\"?>", "?>" + doctype);
    return replaceInSheet(declared, ">Kickoff<", ">Kickoff" + afterKickoff + "<");
  }

  @Test
  void aNumberWithAHugeExponentIsReportedAsWrittenNotWrittenOut() {
    MutualActionPlan draft =
        TABLE.importCsv(Tables.csv("Milestone,Duration\nKickoff,3\n"), ACME).plan();
    byte[] ours = Tables.bytes(out -> TABLE.exportXlsx(draft, out));
    // A billion digits if written out plainly: the import must neither try nor run out of memory.
    byte[] huge = replaceInSheet(ours, "<v>3</v>", "<v>1E+999999999</v>");

    assertThat(problems(() -> TABLE.importXlsxOnto(in(huge), draft)))
        .containsExactly("row 2, Duration: '1E+999999999' is not a number of working days; write"
            + " a whole number from 0 to 10000");
  }

  @Test
  void aCellPastTheLastColumnIsReportedWithoutMakingRoomForEveryColumnBeforeIt() {
    MutualActionPlan draft = TABLE.importCsv(Tables.csv("Milestone\nKickoff\n"), ACME).plan();
    byte[] ours = Tables.bytes(out -> TABLE.exportXlsx(draft, out));
    // Column ZZZZZZ is about 320 million columns in: making room for them ran out of memory.
    byte[] far = replaceInSheet(ours, "<c r=\"A2\"", "<c r=\"ZZZZZZ2\"");
    // The last column is still a column: its cell (the Id column's, moved) has no header.
    byte[] last = replaceInSheet(ours, "<c r=\"A2\"", "<c r=\"A2\"><v>1</v></c><c r=\"XFD2\"");

    assertThat(problems(() -> TABLE.importXlsxOnto(in(far), draft))).containsExactly(
        "the workbook has a cell at 'ZZZZZZ2', which is no cell of a sheet (the last column is"
            + " XFD); open it in a spreadsheet and save it again as an Excel workbook (.xlsx)");
    assertThat(problems(() -> TABLE.importXlsxOnto(in(last), draft))).containsExactly(
        "row 2, column XFD: 'kickoff' is in a column without a header; name the column in the"
            + " header row or empty it");
    byte[] next = replaceInSheet(ours, "<c r=\"A2\"", "<c r=\"A2\"><v>1</v></c><c r=\"XFE2\"");
    assertThat(problems(() -> TABLE.importXlsxOnto(in(next), draft))).containsExactly(
        "the workbook has a cell at 'XFE2', which is no cell of a sheet (the last column is"
            + " XFD); open it in a spreadsheet and save it again as an Excel workbook (.xlsx)");
  }

  @Test
  void aWorkbookCompressedAsNoSpreadsheetCompressesIsReportedNotThrown() {
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(
        TABLE.importCsv(Tables.csv("Milestone\nKickoff\n"), ACME).plan(), out));
    // Zstandard (method 93), which the zip reader can only read with a library MAP does not bring.
    byte[] zstandard = withCompressionMethod(xlsx, 93);

    assertThat(problems(() -> TABLE.importXlsx(in(zstandard), ACME))).containsExactly(
        "the workbook is compressed in a way spreadsheets do not use; open it in a spreadsheet and"
            + " save it again as an Excel workbook (.xlsx)");
  }

  /** The zip with every entry's compression method, as its central directory says, changed. */
  private static byte[] withCompressionMethod(byte[] zip, int method) {
    byte[] changed = zip.clone();
    for (int i = 0; i + 12 <= changed.length; i++) {
      if (changed[i] == 'P' && changed[i + 1] == 'K' && changed[i + 2] == 1 && changed[i + 3] == 2) {
        changed[i + 10] = (byte) method;
        changed[i + 11] = (byte) (method >> 8);
      }
    }
    return changed;
  }

  /**
   * A workbook's people's sheet is read for a new plan, so a name it lacks is noted; onto a plan
   * it is not read, and a note says so when it says anything else than the plan's people.
   */
  @Test
  void aWorkbooksNotesNameTheOwnersItsPeopleLackAndItsChangedPeopleNotRead() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(acme, out));
    byte[] misspelt = replaceInSheet(xlsx, ">Priya Nair<", ">Priya Nayr<");

    assertThat(TABLE.importXlsx(in(xlsx), ACME).notes()).isEmpty();
    assertThat(TABLE.importXlsx(in(misspelt), ACME).notes()).containsExactly(
        "new buyer-side stakeholder 'Priya Nayr' (id priya-nayr), no one on that side has that"
            + " name");
    byte[] newTitle = Tables.replaceInPart(xlsx, "xl/worksheets/sheet2.xml", ">CFO<",
        ">Chief Financial Officer<");

    assertThat(TABLE.importXlsxOnto(in(xlsx), acme).notes()).isEmpty();
    assertThat(TABLE.importXlsxOnto(in(newTitle), acme).notes()).containsExactly(
        "the workbook's Stakeholders sheet differs from the plan's people and was not read: a"
            + " table imported onto a plan keeps the plan's people; change people in the plan");
  }

  /** As in a CSV file, an empty Baseline due cell clears the baseline, and a note names it. */
  @Test
  void anEmptyBaselineDueCellClearsTheBaselineAndTheNotesNameTheDate() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    byte[] withoutBaselines = Tables.bytes(out -> TABLE.exportXlsx(acme, out));

    ImportedPlan imported =
        TABLE.importXlsxOnto(in(withoutBaselines), CsvImportTest.withLegalSlipped());

    assertThat(imported.plan()).isEqualTo(acme);
    assertThat(imported.notes()).containsExactly(
        "cleared the baseline due date 2027-01-10 of legal: its Baseline due cell is empty");
  }

  /**
   * As in a CSV file, a step set back from complete in a sheet without a Completed column loses
   * its completed date, and a note names it.
   */
  @Test
  void aStepReopenedInASheetWithoutACompletedColumnNotesTheDateDropped() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    byte[] reopened = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Id", "Milestone", "Status");
      for (int r = 0; r < acme.milestones().size(); r++) {
        Milestone m = acme.milestones().get(r);
        sheet.value(r + 1, 0, m.id().value());
        sheet.value(r + 1, 1, m.title());
        sheet.value(r + 1, 2, m.id().value().equals("champion-alignment") ? "In progress"
            : m.status().spelling());
      }
    });

    ImportedPlan imported = TABLE.importXlsxOnto(in(reopened), acme);

    assertThat(imported.plan().milestone(MilestoneId.of("champion-alignment")).orElseThrow()
        .completed()).isEmpty();
    assertThat(imported.notes()).containsExactly("dropped the completed date 2026-11-20 of"
        + " champion-alignment, which the table sets back to in-progress");
  }

  /** A sheet with a header and no rows is refused as a CSV file is, naming the sheet. */
  @Test
  void aSheetWithOnlyAHeaderOrNothingIsAnErrorNamingTheSheet() {
    byte[] xlsx = workbook(List.of("Notes", "MAP"), (name, sheet) -> {
      if (name.equals("MAP")) {
        header(sheet, "Milestone", "Due");
      }
    });
    MutualActionPlan acme = Fixtures.plan("acme-go-live");

    assertThat(problems(() -> TABLE.withSheet("map").importXlsx(in(xlsx), ACME))).containsExactly(
        "the sheet 'MAP' has only a header row, no milestone rows; imported, it would give a plan"
            + " without milestones (onto a plan, it would remove them all): check that it is the"
            + " right sheet, or add a row per milestone under the header");
    assertThat(problems(() -> TABLE.withSheet("MAP").importXlsxOnto(in(xlsx), acme)))
        .hasSize(1).allSatisfy(line -> assertThat(line).startsWith("the sheet 'MAP' has only a"
            + " header row"));
    assertThat(problems(() -> TABLE.importXlsxOnto(in(xlsx), acme))).containsExactly(
        "the sheet 'Notes' is empty; it needs a header row naming its columns (at least"
            + " Milestone) and a row per milestone");
  }

  @Test
  void aCellHoldingAFormulaErrorIsReported() {
    MutualActionPlan draft =
        TABLE.importCsv(Tables.csv("Milestone,Due\nKickoff,2027-04-15\n"), ACME).plan();
    byte[] ours = Tables.bytes(out -> TABLE.exportXlsx(draft, out));
    byte[] broken = replaceInSheet(ours, "<c r=\"E2\" s=\"2\"><v>46492</v></c>",
        "<c r=\"E2\" t=\"e\"><v>#REF!</v></c>");

    assertThat(problems(() -> TABLE.importXlsxOnto(in(broken), draft)))
        .containsExactly("row 2, Due: the cell holds a formula error (#REF!); fix the formula or"
            + " type the value");
  }

  /** A formula's error in the Milestone cell is that cell's one problem, not also a lack of title. */
  @Test
  void aFormulaErrorInTheMilestoneCellIsItsOnlyProblem() {
    MutualActionPlan draft =
        TABLE.importCsv(Tables.csv("Milestone,Due\nKickoff,2027-04-15\n"), ACME).plan();
    byte[] ours = Tables.bytes(out -> TABLE.exportXlsx(draft, out));
    byte[] broken = replaceInSheet(ours,
        "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Kickoff</t></is></c>",
        "<c r=\"B2\" t=\"e\"><v>#REF!</v></c>");

    assertThat(problems(() -> TABLE.importXlsxOnto(in(broken), draft)))
        .containsExactly("row 2, Milestone: the cell holds a formula error (#REF!); fix the"
            + " formula or type the value");
  }

  /**
   * A workbook that scripts write (openpyxl and others) holds each formula without its result,
   * which only a spreadsheet program works out: the reader has no value for the cell, and the
   * import says so, with the formula and what to do, rather than reading the cell as empty.
   */
  @Test
  void aFormulaWithoutASavedResultIsReportedWithItsFormula() {
    byte[] noValues = formulas();
    // openpyxl writes an empty result: <c r="B2"><f>C2</f><v/></c>.
    byte[] emptyValues = Tables.changePart(noValues, "xl/worksheets/sheet1.xml",
        xml -> xml.replace("</f></c>", "</f><v/></c>"));

    assertThat(problems(() -> TABLE.importXlsx(in(noValues), ACME)))
        .isEqualTo(FORMULAS_WITHOUT_RESULTS);
    assertThat(problems(() -> TABLE.importXlsx(in(emptyValues), ACME)))
        .isEqualTo(FORMULAS_WITHOUT_RESULTS);
  }

  /**
   * Excel and LibreOffice store every formula's result, an empty text as {@code <c t="str"><f>
   * ...</f><v/></c>}: such a cell is empty, as the cell shows.
   */
  @Test
  void aFormulaWhoseSavedResultIsAnEmptyTextIsAnEmptyCell() {
    byte[] saved = Tables.changePart(formulas(), "xl/worksheets/sheet1.xml", xml -> xml
        .replaceFirst("<c r=\"B2\"([^>]*)><f>C2</f></c>",
            "<c r=\"B2\"$1 t=\"str\"><f>C2</f><v/></c>")
        .replaceFirst("<f>D2\\+5</f></c>", "<f>D2+5</f><v>46497</v></c>"));

    MutualActionPlan plan = TABLE.importXlsx(in(saved), ACME).plan();

    assertThat(plan.milestones().get(0).buyerOwner()).isEmpty();
    assertThat(plan.milestones().get(1).due()).contains(DUE.plusDays(5));
  }

  /**
   * fastexcel's writer, as other writers that stream a workbook, ends each zip entry with a Zip64
   * data descriptor, which {@code ZipInputStream} cannot read past; the XLSX reader finds the
   * entries by the zip's directory. The checks made before the reader see the workbook as it
   * does: a cell past XFD is refused before the reader makes room for it, an ISO date cell is
   * named, and a formula with an empty result in a workbook that stores none is reported.
   */
  @Test
  void aWorkbookZippedAsFastexcelWritesOneIsCheckedAsAnyOther() {
    MutualActionPlan draft =
        TABLE.importCsv(Tables.csv("Milestone,Due\nKickoff,2027-04-15\n"), ACME).plan();
    byte[] ours = Tables.bytes(out -> TABLE.exportXlsx(draft, out));
    byte[] far = Tables.zippedAsFastexcelWrites(
        replaceInSheet(ours, "<c r=\"A2\"", "<c r=\"ZZZZZZ2\""));
    byte[] isoDate = Tables.zippedAsFastexcelWrites(replaceInSheet(ours,
        "<c r=\"E2\" s=\"2\"><v>46492</v></c>",
        "<c r=\"E2\" s=\"2\" t=\"d\"><v>2027-04-15</v></c>"));
    byte[] emptyResults = Tables.zippedAsFastexcelWrites(Tables.changePart(formulas(),
        "xl/worksheets/sheet1.xml", xml -> xml.replace("</f></c>", "</f><v/></c>")));

    assertThat(problems(() -> TABLE.importXlsxOnto(in(far), draft))).containsExactly(
        "the workbook has a cell at 'ZZZZZZ2', which is no cell of a sheet (the last column is"
            + " XFD); open it in a spreadsheet and save it again as an Excel workbook (.xlsx)");
    assertThat(problems(() -> TABLE.importXlsxOnto(in(isoDate), draft))).singleElement()
        .asString().startsWith("the workbook has an ISO date cell at 'E2'");
    assertThat(problems(() -> TABLE.importXlsx(in(emptyResults), ACME)))
        .isEqualTo(FORMULAS_WITHOUT_RESULTS);
  }

  /** The problems of {@link #formulas()}'s sheet when its formulas have no saved results. */
  private static final List<String> FORMULAS_WITHOUT_RESULTS = List.of(
        "row 2, Buyer owner: the cell's formula '=C2' has no saved result, which scripts such as"
            + " openpyxl do not store; open the workbook in Excel or LibreOffice and save it, so"
            + " that it stores the results, or type the value",
        "row 3, Due: the cell's formula '=D2+5' has no saved result, which scripts such as"
            + " openpyxl do not store; open the workbook in Excel or LibreOffice and save it, so"
            + " that it stores the results, or type the value");

  /** Day 0 of a spreadsheet's calendar is no date: a date cell holding 0 is reported as a number. */
  @Test
  void aZeroInADateCellIsANumberNotADate() {
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due");
      sheet.value(1, 0, "Kickoff");
      sheet.value(1, 1, 0);
      sheet.style(1, 1).format("yyyy-mm-dd").set();
    });

    assertThat(problems(() -> TABLE.importXlsx(in(xlsx), ACME))).containsExactly("row 2, Due: '0' is a number,"
        + " not a date; format the cell as a date, or write the date as yyyy-MM-dd");
  }

  /** A sheet whose Buyer owner (B2) and Due (D3) are formulas, as fastexcel writes them. */
  private static byte[] formulas() {
    return workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Buyer owner", "Notes", "Due");
      sheet.value(1, 0, "Kickoff");
      sheet.formula(1, 1, "C2");
      sheet.value(1, 2, "Priya Nair");
      sheet.value(1, 3, DUE);
      sheet.style(1, 3).format("yyyy-mm-dd").set();
      sheet.value(2, 0, "Demo");
      sheet.formula(2, 3, "D2+5");
      sheet.style(2, 3).format("yyyy-mm-dd").set();
    });
  }

  /**
   * OOXML lets a row leave out its number ({@code <row>} without {@code r}): such a row is the one
   * after the row before it, whether or not any row has a number.
   */
  @Test
  void aRowWithoutANumberIsTheOneAfterTheRowBeforeIt() {
    MutualActionPlan draft = TABLE.importCsv(
        Tables.csv("Milestone,Due\nKickoff,2027-04-15\nDemo,2027-04-16\n"), ACME).plan();
    byte[] ours = replaceInSheet(Tables.bytes(out -> TABLE.exportXlsx(draft, out)),
        "<c r=\"E3\" s=\"2\"><v>46493</v></c>",
        "<c r=\"E3\" t=\"inlineStr\"><is><t>soon</t></is></c>");
    byte[] noNumbers = Tables.changePart(ours, "xl/worksheets/sheet1.xml",
        xml -> xml.replaceAll("<row r=\"[0-9]+\"", "<row"));
    byte[] headerNumbered = Tables.changePart(ours, "xl/worksheets/sheet1.xml",
        xml -> xml.replaceAll("<row r=\"[23]\"", "<row"));
    byte[] afterAGap = Tables.changePart(ours, "xl/worksheets/sheet1.xml",
        xml -> xml.replace("<row r=\"2\"", "<row r=\"5\"").replace("<row r=\"3\"", "<row"));

    assertThat(XlsxReader.read(in(noNumbers), Optional.empty()).rows())
        .extracting(row -> row.number()).containsExactly(1, 2, 3);
    assertThat(problems(() -> TABLE.importXlsxOnto(in(noNumbers), draft)))
        .containsExactly("row 3, Due: 'soon' is not a date (yyyy-MM-dd)");
    assertThat(problems(() -> TABLE.importXlsxOnto(in(headerNumbered), draft)))
        .containsExactly("row 3, Due: 'soon' is not a date (yyyy-MM-dd)");
    assertThat(problems(() -> TABLE.importXlsxOnto(in(afterAGap), draft)))
        .containsExactly("row 6, Due: 'soon' is not a date (yyyy-MM-dd)");
  }

  /**
   * The XLSX reader does not know ISO date cells ({@code t="d"}, which openpyxl's iso_dates and
   * Excel's Strict format write): the workbook is not damaged, and the message says what to do.
   */
  @Test
  void anIsoDateCellIsReportedAsNotReadWithWhatToDo() {
    MutualActionPlan draft = TABLE.importCsv(Tables.csv("Milestone,Due\nKickoff,2027-04-15\n"),
        ACME).plan();
    byte[] ours = Tables.bytes(out -> TABLE.exportXlsx(draft, out));
    byte[] isoDate = replaceInSheet(ours, "<c r=\"E2\" s=\"2\"><v>46492</v></c>",
        "<c r=\"E2\" s=\"2\" t=\"d\"><v>2027-04-15</v></c>");

    assertThatThrownBy(() -> TABLE.importXlsxOnto(in(isoDate), draft))
        .isInstanceOfSatisfying(TableException.class, e -> {
          assertThat(e.problems()).map(TableProblem::toString).containsExactly(
              "the workbook has an ISO date cell at 'E2' (type d, as Excel's Strict Open XML"
                  + " Spreadsheet and openpyxl's iso_dates write dates), which MAP does not read;"
                  + " save the workbook with ordinary date cells: in Excel, as Excel Workbook"
                  + " (.xlsx) rather than Strict Open XML Spreadsheet");
          assertThat(e.getCause()).isNotNull();
        });
  }

  /**
   * The spec reads ISO text as a date in a workbook: a caller's pattern for dates typed otherwise
   * adds to it there (in a CSV, the pattern replaces ISO).
   */
  @Test
  void isoTextIsADateInAWorkbookWhateverTheCallersPattern() {
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due");
      sheet.value(1, 0, "Kickoff");
      sheet.value(1, 1, "2027-04-15");
      sheet.value(2, 0, "Demo");
      sheet.value(2, 1, "16/04/2027");
      sheet.value(3, 0, "Close");
      sheet.value(3, 1, "April 17");
    });
    MapTable european = TABLE.withDatePattern("dd/MM/yyyy");

    assertThat(problems(() -> european.importXlsx(in(xlsx), ACME))).containsExactly(
        "row 4, Due: 'April 17' is not a date (dd/MM/yyyy or yyyy-MM-dd)");
    byte[] fixed = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due");
      sheet.value(1, 0, "Kickoff");
      sheet.value(1, 1, "2027-04-15");
      sheet.value(2, 0, "Demo");
      sheet.value(2, 1, "16/04/2027");
    });
    assertThat(european.importXlsx(in(fixed), ACME).plan().milestones())
        .extracting(m -> m.due().orElseThrow())
        .containsExactly(DUE, DUE.plusDays(1));
  }

  /** A table saved from a spreadsheet opens as the same table once written as CSV. */
  @Test
  void aTableFromAnotherWritersWorkbookIsTheSameTableAsCsv() {
    byte[] xlsx = workbook(List.of("MAP"), (name, sheet) -> {
      header(sheet, "Milestone", "Due", "Duration", "Notes");
      sheet.value(1, 0, "Legal, \"final\" review");
      sheet.value(1, 1, DUE);
      sheet.style(1, 1).format("d mmm yyyy").set();
      sheet.value(1, 2, 12);
      sheet.value(1, 3, "line one\nline two; with a tab\there");
    });
    Table fromXlsx = XlsxReader.read(in(xlsx), Optional.empty());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    CsvTables.write(fromXlsx.rows().stream().map(row -> row.cells()).toList(), csv);

    Table fromCsv = CsvTables.read(in(csv.toByteArray()), Optional.empty());

    assertThat(RoundTripTest.texts(fromCsv)).isEqualTo(RoundTripTest.texts(fromXlsx))
        .containsExactly(List.of("Milestone", "Due", "Duration", "Notes"),
            List.of("Legal, \"final\" review", "2027-04-15", "12",
                "line one\nline two; with a tab\there"));
  }

  private static byte[] replaceInSheet(byte[] xlsx, String from, String to) {
    return Tables.replaceInPart(xlsx, "xl/worksheets/sheet1.xml", from, to);
  }

  @Test
  void aDatePatternThatIsNotOneIsRefused() {
    assertThatThrownBy(() -> TABLE.withDatePattern("not a pattern {"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'not a pattern {' is not a date pattern");
  }
}

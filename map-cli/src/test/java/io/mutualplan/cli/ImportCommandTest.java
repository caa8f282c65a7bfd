package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static io.mutualplan.cli.TableFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code map import TABLE}: a CSV or XLSX MAP table becomes a new plan, or goes onto an existing
 * one; a table with problems imports nothing and lists them, each with its row, column and cell.
 */
class ImportCommandTest {
  /** The five columns of the sheet most plans start as, with three steps. */
  private static final String[] FIVE_COLUMNS = {
    "Milestone,Buyer owner,Seller owner,Due,Exit criteria",
    "Security questionnaire approved,Priya Nair,Jordan Blake,2026-12-18,Signed off by IT",
    "MSA redlines agreed,Marco Ruiz,Alex Kim,2027-01-22,\"MSA countersigned, both sides\"",
    "Order form signed,Dan Ortiz,Alex Kim,2027-02-05,"
  };

  /** The options of a new plan, the Acme deal's. */
  private static final List<String> NEW_PLAN = List.of("--id", "acme-2027", "--title",
      "Acme x Globex", "--buyer", "Acme Corp", "--seller", "Globex");

  @TempDir Path directory;

  private static MutualActionPlan plan(Result result) {
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return MapJson.standard().plans().read(result.stdout());
  }

  private static Milestone milestone(MutualActionPlan plan, String id) {
    return plan.milestone(MilestoneId.of(id)).orElseThrow();
  }

  private static String[] args(String table, List<String> options, String... more) {
    return Stream.of(Stream.of("import", table), options.stream(), Stream.of(more))
        .flatMap(s -> s).toArray(String[]::new);
  }

  private static void assertBadInput(Result result) {
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).startsWith("map: ").doesNotContain("\tat ", "Exception");
  }

  // ---- a new plan -----------------------------------------------------------------------------

  @Test
  void aFiveColumnCsvBecomesANewPlanWithThePlanFieldsOfTheCommandLine() throws Exception {
    Path table = csv(directory.resolve("acme.csv"), FIVE_COLUMNS);

    MutualActionPlan plan = plan(map(args(table.toString(), NEW_PLAN, "--outcome", "2027-03-01",
        "--outcome-label", "Go-live", "--lead-time", "21")).run());

    assertThat(plan.id().value()).isEqualTo("acme-2027");
    assertThat(plan.title()).isEqualTo("Acme x Globex");
    assertThat(plan.buyer().name()).isEqualTo("Acme Corp");
    assertThat(plan.seller().name()).isEqualTo("Globex");
    assertThat(plan.outcome()).hasValueSatisfying(outcome -> {
      assertThat(outcome.date()).isEqualTo(LocalDate.of(2027, 3, 1));
      assertThat(outcome.label()).contains("Go-live");
      assertThat(outcome.leadTimeDays()).isEqualTo(21);
    });
    assertThat(plan.milestones()).extracting(m -> m.id().value()).containsExactly(
        "security-questionnaire-approved", "msa-redlines-agreed", "order-form-signed");
    assertThat(plan.stakeholders()).extracting(Stakeholder::name)
        .containsExactly("Priya Nair", "Jordan Blake", "Marco Ruiz", "Alex Kim", "Dan Ortiz");
    assertThat(milestone(plan, "msa-redlines-agreed").exitCriteria())
        .contains("MSA countersigned, both sides");
  }

  @Test
  void theNewPlanIsACanonicalPlanDocumentAndPrettyIndentsIt() throws Exception {
    Path table = csv(directory.resolve("acme.csv"), FIVE_COLUMNS);

    Result compact = map(args(table.toString(), NEW_PLAN)).run();
    Result pretty = map(args(table.toString(), NEW_PLAN, "--pretty")).run();

    MutualActionPlan plan = plan(compact);
    assertThat(compact.stdout()).isEqualTo(MapJson.standard().plans().write(plan) + "\n");
    assertThat(pretty.stdout()).isEqualTo(MapJson.standard().pretty().plans().write(plan) + "\n");
    assertThat(compact.stderr()).isEmpty();
  }

  /** The export's workbook also lists the people, with their roles and titles; its CSV cannot. */
  @Test
  void aWorkbookBecomesANewPlanWithThePeopleOfItsStakeholdersSheet() throws Exception {
    MutualActionPlan acme = MapJson.standard().plans().read(exampleText("acme-go-live.json"));

    MutualActionPlan fromXlsx = plan(map(args(TableFiles.acmeXlsx(), NEW_PLAN)).run());
    MutualActionPlan fromCsv = plan(map(args(TableFiles.acmeCsv(), NEW_PLAN)).run());

    assertThat(fromXlsx.milestones()).isEqualTo(fromCsv.milestones());
    assertThat(milestone(fromXlsx, "legal").due()).contains(LocalDate.of(2027, 1, 22));
    assertThat(fromXlsx.stakeholders()).extracting(Stakeholder::name, Stakeholder::roles,
        Stakeholder::title).isEqualTo(acme.stakeholders().stream().map(s ->
            org.assertj.core.groups.Tuple.tuple(s.name(), s.roles(), s.title())).toList());
    assertThat(fromCsv.stakeholders()).allSatisfy(s -> assertThat(s.roles()).isEmpty());
  }

  @Test
  void theTableMayComeFromStandardInputAsCsv() throws Exception {
    String table = String.join("\n", FIVE_COLUMNS) + "\n";

    Result fromStdin = map(args("-", NEW_PLAN)).stdin(table).run();
    Result fromFile = map(args(csv(directory.resolve("t.csv"), FIVE_COLUMNS).toString(), NEW_PLAN))
        .run();

    assertThat(plan(fromStdin)).isEqualTo(plan(fromFile));
  }

  @Test
  void theFileExtensionIsReadInAnyCase() throws Exception {
    Path table = csv(directory.resolve("ACME.CSV"), FIVE_COLUMNS);

    assertThat(plan(map(args(table.toString(), NEW_PLAN)).run()).milestones()).hasSize(3);
  }

  // ---- onto a plan ----------------------------------------------------------------------------

  static List<String> examples() {
    return Fixtures.names();
  }

  /** Exporting a plan and importing the table onto the same plan gives the same plan. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleExportedAndImportedOntoItselfIsTheSamePlanDocument(String name)
      throws Exception {
    String plan = example(name + ".json");
    Path csv = directory.resolve(name + ".csv");
    Path xlsx = directory.resolve(name + ".xlsx");
    assertThat(map("export", plan, "--to", "csv", "-o", csv.toString()).run().exitCode()).isZero();
    assertThat(map("export", plan, "--to", "xlsx", "-o", xlsx.toString()).run().exitCode())
        .isZero();

    Result formatted = map("format", plan).run();
    Result throughCsv = map("import", csv.toString(), "--onto", plan).run();
    Result throughXlsx = map("import", xlsx.toString(), "--onto", plan).run();

    assertThat(throughCsv.exitCode()).as(throughCsv.toString()).isZero();
    assertThat(throughCsv.stdout()).isEqualTo(formatted.stdout());
    assertThat(throughXlsx.exitCode()).as(throughXlsx.toString()).isZero();
    assertThat(throughXlsx.stdout()).isEqualTo(formatted.stdout());
  }

  @Test
  void anEditedTableMovesDueDatesAndKeepsTheOldOnesAsBaselines() throws Exception {
    String edited = Files.readString(Path.of(TableFiles.acmeCsv()))
        .replace("MSA redlines agreed,Marco Ruiz,Alex Kim,2027-01-22",
            "MSA redlines agreed,Marco Ruiz,Alex Kim,2027-01-29");
    Path table = Files.writeString(directory.resolve("edited.csv"), edited);

    MutualActionPlan plan =
        plan(map("import", table.toString(), "--onto", example("acme-go-live.json")).run());

    assertThat(milestone(plan, "legal").due()).contains(LocalDate.of(2027, 1, 29));
    assertThat(milestone(plan, "legal").baselineDue()).contains(LocalDate.of(2027, 1, 22));
    assertThat(plan.revisions()).isEqualTo(
        MapJson.standard().plans().read(exampleText("acme-go-live.json")).revisions());
  }

  /**
   * What the import did that nobody sees in the plan it writes is noted on standard error: a
   * misspelt owner became a new person, rows the table lacks removed milestones, a workbook's
   * people's sheet that says something else than the plan was not read. An import that changes
   * nothing of the kind notes nothing.
   */
  @Test
  void importingOntoAPlanNotesThePeopleAddedTheMilestonesRemovedAndThePeopleNotRead()
      throws Exception {
    Path table = csv(directory.resolve("edited.csv"),
        "Id,Milestone,Buyer owner,Seller owner",
        "security-review,IT security review approved,Priya Nayr,Jordan Blake",
        "legal,MSA redlines agreed,Marco Ruiz,Alex Kim");

    Path retitled = Files.writeString(directory.resolve("retitled.json"),
        exampleText("acme-go-live.json").replace("\"CFO\"", "\"Chief Financial Officer\""));

    Result csv = map("import", table.toString(), "--onto", example("acme-go-live.json")).run();
    Result xlsx = map("import", TableFiles.acmeXlsx(), "--onto", retitled.toString()).run();
    Result sameCsv = map("import", TableFiles.acmeCsv(), "--onto", example("acme-go-live.json"))
        .run();
    Result sameXlsx = map("import", TableFiles.acmeXlsx(), "--onto", example("acme-go-live.json"))
        .run();

    assertThat(plan(csv).stakeholders()).extracting(Stakeholder::name).contains("Priya Nayr");
    assertThat(csv.stderr()).isEqualTo("map: note: new buyer-side stakeholder 'Priya Nayr' (id"
        + " priya-nayr), no one on that side has that name\n"
        + "map: note: removed 5 milestones the table has no row for: champion-alignment,"
        + " security-docs, business-case, procurement, signature\n");
    assertThat(plan(xlsx).stakeholders()).extracting(Stakeholder::title)
        .contains(java.util.Optional.of("Chief Financial Officer"));
    assertThat(xlsx.stderr()).isEqualTo("map: note: the workbook's Stakeholders sheet differs"
        + " from the plan's people and was not read: a table imported onto a plan keeps the plan's"
        + " people; change people in the plan\n");
    assertThat(sameCsv.stderr()).isEmpty();
    assertThat(sameXlsx.stderr()).isEmpty();
  }

  /**
   * An empty Baseline due cell clears the baseline, and the note names the date, so that it can
   * be written back: the export of a plan without baselines, onto the plan with one.
   */
  @Test
  void importingOntoAPlanNotesEachBaselineAnEmptyCellCleared() throws Exception {
    Path slipped = Files.writeString(directory.resolve("slipped.json"),
        exampleText("acme-go-live.json").replace("\"due\": \"2027-01-22\",",
            "\"due\": \"2027-01-22\", \"baselineDue\": \"2027-01-10\","));
    String cleared = "map: note: cleared the baseline due date 2027-01-10 of legal: its Baseline"
        + " due cell is empty\n";

    Result csv = map("import", TableFiles.acmeCsv(), "--onto", slipped.toString()).run();
    Result xlsx = map("import", TableFiles.acmeXlsx(), "--onto", slipped.toString()).run();

    assertThat(milestone(MapJson.standard().plans().read(slipped), "legal").baselineDue())
        .contains(LocalDate.of(2027, 1, 10));
    assertThat(milestone(plan(csv), "legal").baselineDue()).isEmpty();
    assertThat(csv.stderr()).isEqualTo(cleared);
    assertThat(milestone(plan(xlsx), "legal").baselineDue()).isEmpty();
    assertThat(xlsx.stderr()).isEqualTo(cleared);
  }

  /**
   * A table without a Completed column cannot show the date a step was done: a step it sets back
   * from complete loses that date, and the note names it.
   */
  @Test
  void importingOntoAPlanNotesTheCompletedDateOfAStepSetBack() throws Exception {
    Path reopened = csv(directory.resolve("reopened.csv"),
        "Id,Milestone,Status",
        "champion-alignment,Evaluation team and go-live date confirmed,In progress",
        "security-docs,Security documentation sent,In progress",
        "security-review,IT security review approved,Not started",
        "business-case,CFO reviews the ROI model,Not started",
        "legal,MSA redlines agreed,Not started",
        "procurement,Purchase order issued,Not started",
        "signature,Order form signed,Not started");

    Result result =
        map("import", reopened.toString(), "--onto", example("acme-go-live.json")).run();

    assertThat(milestone(plan(result), "champion-alignment").completed()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: note: dropped the completed date 2026-11-20 of"
        + " champion-alignment, which the table sets back to in-progress\n");
  }

  @Test
  void importingOntoAPlanInPlaceReplacesItWithTheImportedPlan() throws Exception {
    Path plan = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("acme.json"));
    Path table = csv(directory.resolve("acme.csv"),
        "Id,Milestone,Buyer owner,Seller owner,Due",
        "legal,MSA redlines agreed,Marco Ruiz,Alex Kim,2027-01-29",
        "signature,Order form signed,Dan Ortiz,Alex Kim,2027-02-05");

    Result result = map("import", table.toString(), "--onto", plan.toString(),
        "-o", plan.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    MutualActionPlan imported = MapJson.standard().plans().read(plan);
    assertThat(imported.milestones()).extracting(m -> m.id().value())
        .containsExactly("legal", "signature");
    assertThat(milestone(imported, "legal").due()).contains(LocalDate.of(2027, 1, 29));
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactlyInAnyOrder(plan, table);
    }
  }

  /** The case the atomic write is for: the plan file is never lost to a bad table. */
  @Test
  void importingABadTableOntoAPlanInPlaceLeavesThePlanFileAsItWas() throws Exception {
    Path plan = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("acme.json"));
    byte[] before = Files.readAllBytes(plan);
    Path table = csv(directory.resolve("acme.csv"),
        "Id,Milestone,Buyer owner,Seller owner,Due",
        "legal,MSA redlines agreed,Marco Ruiz,Alex Kim,29/01/2027");

    Result result = map("import", table.toString(), "--onto", plan.toString(),
        "-o", plan.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: " + table
        + ": row 2, Due: '29/01/2027' is not a date (yyyy-MM-dd)\n");
    assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactlyInAnyOrder(plan, table);
    }
  }

  /**
   * A table with a header and no rows would remove every milestone of the plan: it is refused,
   * as a new plan and onto a plan, and the plan file stays as it was.
   */
  @Test
  void aTableWithOnlyAHeaderIsRefusedAndThePlanFileStaysAsItWas() throws Exception {
    Path plan = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("acme.json"));
    byte[] before = Files.readAllBytes(plan);
    Path table = csv(directory.resolve("header.csv"), "Milestone");
    String refused = "map: " + table + ": the table has only a header row, no milestone rows;"
        + " imported, it would give a plan without milestones (onto a plan, it would remove them"
        + " all): check that it is the right file, or add a row per milestone under the header\n";

    Result onto = map("import", table.toString(), "--onto", plan.toString(),
        "-o", plan.toString()).run();
    Result newPlan = map(args(table.toString(), NEW_PLAN)).run();

    assertBadInput(onto);
    assertThat(onto.stderr()).isEqualTo(refused);
    assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    assertBadInput(newPlan);
    assertThat(newPlan.stderr()).isEqualTo(refused);
  }

  @Test
  void thePlanMayComeFromStandardInput() throws Exception {
    Result result = map("import", TableFiles.acmeCsv(), "--onto", "-")
        .stdin(exampleText("acme-go-live.json")).run();

    assertThat(result.stdout()).isEqualTo(map("format", example("acme-go-live.json")).run().stdout());
  }

  @Test
  void theTableAndThePlanCannotBothComeFromStandardInput() {
    Result result = map("import", "-", "--onto", "-").stdin("Milestone\nA\n").run();

    assertBadInput(result);
    assertThat(result.stderr()).startsWith("map: TABLE and --onto cannot both be - (standard "
        + "input holds one document)\n");
  }

  @Test
  void lenientReadsAPlanWithFieldsTheFormatDoesNotKnow() throws Exception {
    Path plan = Files.writeString(directory.resolve("crm.json"),
        exampleText("acme-go-live.json").replaceFirst("\\{", "{\"crmOpportunityId\": \"006Dn\","));

    Result strict = map("import", TableFiles.acmeCsv(), "--onto", plan.toString()).run();
    Result lenient =
        map("import", TableFiles.acmeCsv(), "--onto", plan.toString(), "--lenient").run();

    assertBadInput(strict);
    assertThat(strict.stderr()).startsWith("map: " + plan + ": /crmOpportunityId");
    assertThat(plan(lenient)).isEqualTo(plan(map("format", example("acme-go-live.json")).run()));
  }

  @Test
  void aPlanThatCannotBeReadIsNamedWithItsPlace() throws Exception {
    Path plan = Files.writeString(directory.resolve("broken.json"), "{\"format\":");

    Result result = map("import", TableFiles.acmeCsv(), "--onto", plan.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr()).startsWith("map: " + plan + ": ").contains("line 1");
  }

  // ---- the table's options --------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {";", "tab", "\\t", "\t"})
  void theDelimiterMayBeGivenAndATabHasThreeSpellings(String delimiter) throws Exception {
    String separator = delimiter.equals(";") ? ";" : "\t";
    // One column of the header has a comma in it: told from the header, this would be a comma
    // table.
    Path table = csv(directory.resolve("t.csv"),
        String.join(separator, "Milestone", "Exit criteria", "Notes, if any"),
        String.join(separator, "Legal", "MSA signed", "a, b"));

    Result result = map(args(table.toString(), NEW_PLAN, "--delimiter", delimiter,
        "--ignore-unknown-columns")).run();

    assertThat(milestone(plan(result), "legal").exitCriteria()).contains("MSA signed");
  }

  @Test
  void theDateFormatReadsDatesWrittenAnotherWay() throws Exception {
    Path table = csv(directory.resolve("t.csv"), "Milestone;Due", "Legal;15/04/2027");

    Result without = map(args(table.toString(), NEW_PLAN)).run();
    Result with = map(args(table.toString(), NEW_PLAN, "--date-format", "dd/MM/yyyy")).run();

    assertBadInput(without);
    assertThat(without.stderr())
        .isEqualTo("map: " + table + ": row 2, Due: '15/04/2027' is not a date (yyyy-MM-dd)\n");
    assertThat(milestone(plan(with), "legal").due()).contains(LocalDate.of(2027, 4, 15));
  }

  @Test
  void unknownColumnsAreAnErrorUnlessTheyAreToBeIgnored() throws Exception {
    Path table = csv(directory.resolve("t.csv"), "Milestone,Owner,Due", "Legal,Marco,2027-01-22");

    Result without = map(args(table.toString(), NEW_PLAN)).run();
    Result with = map(args(table.toString(), NEW_PLAN, "--ignore-unknown-columns")).run();

    assertBadInput(without);
    assertThat(without.stderr()).startsWith("map: " + table + ": row 1, Owner: 'Owner' is not a "
        + "column of the MAP table; the columns are Id, Milestone, ");
    assertThat(milestone(plan(with), "legal").due()).contains(LocalDate.of(2027, 1, 22));
  }

  @Test
  void aSheetOtherThanTheFirstIsNamedInAnyCase() {
    // The export's first sheet is named after the plan; its second lists the people.
    Result first = map(args(TableFiles.acmeXlsx(), NEW_PLAN)).run();
    Result named = map(args(TableFiles.acmeXlsx(), NEW_PLAN, "--sheet", "ACME X GLOBEX")).run();
    Result people = map(args(TableFiles.acmeXlsx(), NEW_PLAN, "--sheet", "stakeholders")).run();
    Result missing = map(args(TableFiles.acmeXlsx(), NEW_PLAN, "--sheet", "Plan")).run();

    assertThat(named.stdout()).isEqualTo(first.stdout());
    assertBadInput(people);
    assertThat(people.stderr()).startsWith("map: " + TableFiles.acmeXlsx() + ": row 1, Name: "
        + "'Name' is not a column of the MAP table;");
    assertBadInput(missing);
    assertThat(missing.stderr()).isEqualTo("map: " + TableFiles.acmeXlsx() + ": the workbook has "
        + "no sheet named 'Plan'; its sheets are 'Acme x Globex', 'Stakeholders'\n");
  }

  // ---- a bad table ----------------------------------------------------------------------------

  @Test
  void everyProblemOfTheTableIsOneLineWithItsRowColumnAndCell() throws Exception {
    Path table = csv(directory.resolve("acme.csv"),
        "Milestone,Buyer owner,Seller owner,Due,Depends on",
        "Security review,Priya Nair,Jordan Blake,2026-12-18,",
        "Legal,Marco Ruiz,Alex Kim,15/04/2027,Security review",
        "Procurement,Alex Kim,,2027-02-03,Purchasing");

    Result result = map(args(table.toString(), NEW_PLAN)).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo(
        "map: " + table + ": row 3, Due: '15/04/2027' is not a date (yyyy-MM-dd)\n"
        + "map: " + table + ": row 4, Buyer owner: 'Alex Kim' is on the seller side, at Globex; "
        + "a buyer owner is someone at Acme Corp\n"
        + "map: " + table + ": row 4, Depends on: 'Purchasing' is neither the id nor the title of "
        + "a milestone in the table; separate several with ',' or ';'\n");
  }

  @ParameterizedTest
  @CsvSource({"25, '... and 15 more problems'", "11, '... and 1 more problem'"})
  void aTableWithManyProblemsListsTheFirstTenAndCountsTheRest(int problems, String last)
      throws Exception {
    String[] lines = new String[problems + 1];
    lines[0] = "Milestone,Due";
    for (int i = 1; i < lines.length; i++) {
      lines[i] = "Step " + i + ",soon";
    }
    Path table = csv(directory.resolve("t" + problems + ".csv"), lines);

    Result result = map(args(table.toString(), NEW_PLAN)).run();

    assertBadInput(result);
    assertThat(result.stderr().lines()).hasSize(11);
    assertThat(result.stderr().lines().findFirst()).contains(
        "map: " + table + ": row 2, Due: 'soon' is not a date (yyyy-MM-dd)");
    assertThat(result.stderr()).endsWith("map: " + table + ": " + last + "\n");
  }

  @Test
  void aCellWithControlCharactersIsShownWithoutThem() throws Exception {
    Path table = csv(directory.resolve("t.csv"), "Milestone,Due", "Legal,\"2027\u001b[2J-01\"");

    Result result = map(args(table.toString(), NEW_PLAN)).run();

    assertBadInput(result);
    assertThat(result.stderr()).doesNotContain("\u001b")
        .isEqualTo("map: " + table + ": row 2, Due: '2027 [2J-01' is not a date (yyyy-MM-dd)\n");
  }

  @Test
  void aWorkbookOnStandardInputIsRefusedAskingForItsFileName() throws Exception {
    Path workbook = directory.resolve("plan.xlsx");
    assertThat(map("export", example("acme-go-live.json"), "--to", "xlsx", "-o",
        workbook.toString()).run().exitCode()).isZero();

    Result result = map("import", "-", "--onto", example("acme-go-live.json"))
        .stdin(Files.readAllBytes(workbook)).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: cannot read <stdin>: it is an Excel workbook (a"
        + " zip file), which cannot come from standard input, where a table is CSV; give its"
        + " file name\n");
  }

  @Test
  void aWorkbookNamedAsCsvIsNamedAsAWorkbook() throws Exception {
    Path workbook = directory.resolve("plan.xlsx");
    assertThat(map("export", example("acme-go-live.json"), "--to", "xlsx", "-o",
        workbook.toString()).run().exitCode()).isZero();
    Path renamed = Files.copy(workbook, directory.resolve("plan.csv"));

    Result result = map("import", renamed.toString(), "--onto", example("acme-go-live.json"))
        .run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + renamed + ": it is an Excel"
        + " workbook (a zip file), not CSV; give it a name that ends in .xlsx, or save it as CSV"
        + " UTF-8\n");
  }

  @Test
  void aFileThatIsNotAWorkbookSaysSo() throws Exception {
    Path table = Files.writeString(directory.resolve("plan.xlsx"), "Milestone,Due\n");

    Result result = map(args(table.toString(), NEW_PLAN)).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: " + table + ": the file is not an XLSX workbook; "
        + "save it as an Excel workbook (.xlsx)\n");
  }

  @Test
  void aTruncatedWorkbookIsSaidToBeNotReadableWithoutTheZipLibrarysWords() throws Exception {
    Path workbook = directory.resolve("plan.xlsx");
    assertThat(map("export", example("acme-go-live.json"), "--to", "xlsx", "-o",
        workbook.toString()).run().exitCode()).isZero();
    byte[] whole = Files.readAllBytes(workbook);
    Path broken = Files.write(directory.resolve("broken.xlsx"),
        Arrays.copyOf(whole, whole.length / 2));

    Result result = map(args(broken.toString(), NEW_PLAN)).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: " + broken + ": the file is not a readable Excel"
        + " workbook (.xlsx): it may be truncated, damaged or another kind of file; open and save"
        + " it again in a spreadsheet program\n");
  }

  @Test
  void aTableThatIsMissingOrADirectoryIsNamed() {
    String missing = directory.resolve("nowhere.csv").toString();
    Path folder = directory.resolve("folder.csv");
    assertThat(folder.toFile().mkdir()).isTrue();

    Result notThere = map(args(missing, NEW_PLAN)).run();
    Result aDirectory = map(args(folder.toString(), NEW_PLAN)).run();

    assertBadInput(notThere);
    assertThat(notThere.stderr()).isEqualTo("map: cannot read " + missing + ": no such file\n");
    assertBadInput(aDirectory);
    assertThat(aDirectory.stderr())
        .isEqualTo("map: cannot read " + folder + ": it is a directory, not a table\n");
  }

  @Test
  void aMissingFileWithoutATablesExtensionIsNamedAsMissing() {
    String missing = directory.resolve("nowhere.txt").toString();

    Result result = map("import", missing, "--onto", example("acme-go-live.json")).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + missing + ": no such file\n");
  }

  @Test
  void aDirectoryWithoutATablesExtensionIsNamedAsADirectory() {
    Path folder = directory.resolve("tables");
    assertThat(folder.toFile().mkdir()).isTrue();

    Result result = map("import", folder.toString(), "--onto", example("acme-go-live.json"))
        .run();

    assertBadInput(result);
    assertThat(result.stderr())
        .isEqualTo("map: cannot read " + folder + ": it is a directory, not a table\n");
  }

  /** Reading half a gigabyte takes a moment: once. */
  @Test
  void aTableThatNeverEndsStopsAtTheLimit() throws Exception {
    Path zero = Files.createSymbolicLink(directory.resolve("zero.csv"),
        SpecialFiles.device("/dev/zero"));

    Result result = map(args(zero.toString(), NEW_PLAN)).run();
    // Removed here, so that JUnit's clean-up of the directory never meets a link out of it.
    Files.delete(zero);

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + zero + ": it is larger than 512 "
        + "MiB, the limit of a table\n");
  }

  // ---- bad usage ------------------------------------------------------------------------------

  @Test
  void aTableWhoseKindTheExtensionDoesNotTellIsBadUsage() throws Exception {
    Path text = csv(directory.resolve("plan.txt"), FIVE_COLUMNS);
    Path old = csv(directory.resolve("plan.xls"), FIVE_COLUMNS);

    Result txt = map(args(text.toString(), NEW_PLAN)).run();
    Result xls = map(args(old.toString(), NEW_PLAN)).run();

    assertBadInput(txt);
    assertThat(txt.stderr()).startsWith("map: cannot tell what kind of table " + text + " is: map "
        + "import reads .csv and .xlsx files, and CSV from standard input (-); a CSV file with "
        + "another name (.txt, .tsv) can be renamed to .csv\n")
        .endsWith("Try 'map import --help' for more information.\n");
    assertBadInput(xls);
    assertThat(xls.stderr()).contains("an Excel 97-2003 workbook (.xls) needs saving as an Excel "
        + "workbook (.xlsx) first");
  }

  /** Each usage error of the command and the first line it prints. */
  static Stream<Object[]> usageErrors() {
    String csv = TableFiles.acmeCsv();
    String xlsx = TableFiles.acmeXlsx();
    String plan = example("acme-go-live.json");
    return Stream.of(
        new Object[] {List.of(csv), "say where the table goes: --onto PLAN takes it onto a plan; "
            + "--id, --title, --buyer and --seller make a new plan"},
        new Object[] {List.of(csv, "--id", "x"), "a new plan needs --title, --buyer and --seller "
            + "too (or --onto PLAN, to take the table onto a plan)"},
        new Object[] {List.of(csv, "--onto", plan, "--id", "x", "--outcome", "2027-01-01"),
            "--onto takes the table onto a plan, which has its own id, title, organizations and "
                + "outcome: leave out --id and --outcome (or leave out --onto, to make a new "
                + "plan)"},
        new Object[] {List.of(csv, "--id", "x", "--title", "T", "--buyer", "B", "--seller", "S",
            "--lead-time", "5"), "--outcome-label and --lead-time describe the outcome: give its "
                + "date with --outcome too"},
        new Object[] {List.of(csv, "--id", "x y", "--title", "T", "--buyer", "B", "--seller", "S"),
            "Invalid value for option '--id': 'x y' is not a valid id: an id starts with a letter "
                + "or digit, followed by at most 99 letters, digits, '.', '_' or '-'"},
        new Object[] {List.of(csv, "--id", "x", "--title", "T", "--buyer", "B", "--seller", "S",
            "--outcome", "2027-03-01", "--lead-time", "10001"),
            "Invalid value for option '--lead-time': the lead time must be between 0 and 10000 "
                + "working days; got 10001"},
        new Object[] {List.of(csv, "--id", "x", "--title", "T", "--buyer", "B", "--seller", "S",
            "--outcome", "2027-03-01", "--lead-time", "ten"),
            "Invalid value for option '--lead-time': 'ten' is not a whole number of working days,"
                + " such as 21"},
        new Object[] {List.of(csv, "--onto", plan, "--outcome", "2027-02-30"),
            "Invalid value for option '--outcome': '2027-02-30' is not a date; expected "
                + "YYYY-MM-DD, e.g. 2026-11-22"},
        new Object[] {List.of(csv, "--onto", plan, "--sheet", "Plan"), "--sheet names a sheet of "
            + "a workbook (.xlsx); a CSV file has only one"},
        new Object[] {List.of(xlsx, "--onto", plan, "--delimiter", ";"), "--delimiter is for CSV "
            + "files; a workbook (.xlsx) has cells, not delimiters"},
        new Object[] {List.of(csv, "--onto", plan, "--delimiter", "|"), "Invalid value for option "
            + "'--delimiter': '|' is not a delimiter of a MAP table; expected ',', ';' or tab"},
        new Object[] {List.of(csv, "--onto", plan, "--date-format", "dd/MM"), "Invalid value for "
            + "option '--date-format': the date pattern 'dd/MM' does not name a whole date; it "
            + "needs a day, a month and a year, as in dd/MM/yyyy"});
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void badUsageSaysWhatIsWrongAndWhereToReadMore(List<String> args, String message) {
    String[] command = Stream.concat(Stream.of("import"), args.stream()).toArray(String[]::new);

    Result result = map(command).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: " + message + "\n"
        + "Try 'map import --help' for more information.\n");
  }

  /**
   * Rows are numbered as the file numbers them, so the header is row 1 only when no blank line
   * comes before it: the help says what the docs say.
   */
  @Test
  void theHelpNumbersRowsAsTheFileDoes() throws Exception {
    String help = map("import", "--help").run().stdout().replaceAll("\\s+", " ");
    Path table = csv(directory.resolve("late.csv"), "", "", "Milestone,Due", "Kickoff,soon");

    assertThat(help).doesNotContain("1 is the header").contains("with its row as the file numbers"
        + " it (the header is row 1 unless blank lines come before it)");
    assertThat(map(args(table.toString(), NEW_PLAN)).run().stderr())
        .startsWith("map: " + table + ": row 4, Due: 'soon' is not a date");
  }

  /** The synopsis is written out by hand: every option of the command must be in it. */
  @Test
  void theHelpShowsBothWaysToImportAndEveryOption() {
    Result result = map("import", "--help").run();
    String usage = result.stdout().substring(result.stdout().indexOf("Usage:"));
    String synopsis = usage.substring(0, usage.indexOf("\n\n"));
    CommandSpec command = new CommandLine(new MapCommand(new CliEnvironment(System.in, System.out,
        System.err, MapRun.CLOCK, Map.of(), false, false))).getSubcommands().get("import")
        .getCommandSpec();

    assertThat(result.exitCode()).isZero();
    assertThat(synopsis).startsWith("Usage: map import [-hV] TABLE (--onto=PLAN | --id=ID "
        + "--title=T --buyer=NAME");
    assertThat(command.options()).hasSizeGreaterThan(15);
    for (OptionSpec option : command.options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        assertThat(synopsis).as("the synopsis").contains(option.shortestName()
            + (option.arity().max() > 0 ? "=" + option.paramLabel() : ""));
      }
    }
  }
}

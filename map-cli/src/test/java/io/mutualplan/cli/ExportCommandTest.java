package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.sheets.MapTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map export PLAN --to csv|xlsx}: the plan's MAP table, as the library writes it; what the
 * table leaves out on standard error; a workbook only where binary output belongs.
 */
class ExportCommandTest {
  private static final String HEADER = "Id,Milestone,Buyer owner,Seller owner,Due,Status,"
      + "Exit criteria,Kind,Duration,Depends on,Completed,Baseline due,Notes\r\n";

  @TempDir Path directory;

  private static MutualActionPlan acme() throws Exception {
    return MapJson.standard().plans().read(exampleText("acme-go-live.json"));
  }

  private static void assertBadUsage(Result result, String message, String command) {
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: " + message + "\nTry 'map " + command
        + " --help' for more information.\n");
  }

  @Test
  void csvGoesToStandardOutputAsTheLibraryWritesIt() throws Exception {
    ByteArrayOutputStream library = new ByteArrayOutputStream();
    MapTable.standard().exportCsv(acme(), library);

    Result result = map("export", example("acme-go-live.json"), "--to", "csv").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutBytes()).isEqualTo(library.toByteArray());
    assertThat(result.stdout()).startsWith(HEADER)
        .contains("\r\nlegal,MSA redlines agreed,Marco Ruiz,Alex Kim,2027-01-22,not-started,")
        .endsWith("\r\n");
    assertThat(result.stdout().split("\r\n")).hasSize(8);
  }

  @Test
  void whatTheTableLeavesOutIsNotedOnStandardErrorNotInTheTable() throws Exception {
    Result result = map("export", example("acme-go-live.json"), "--to", "csv").run();

    assertThat(result.stderr()).isEqualTo("map: note: The table has no columns for descriptions, "
        + "estimates, start dates, at-risk flags or attributes, which security-docs, "
        + "security-review, legal have; importing the table onto this plan keeps them.\n");
    assertThat(result.stdout()).doesNotContain("note");
  }

  @Test
  void aPlanTheTableCarriesWholeGetsNoNotes() {
    String plan = TestPlans.plan("", "{\"id\":\"legal\",\"title\":\"MSA agreed\","
        + "\"buyerOwner\":\"bea\",\"due\":\"2027-01-22\"}");

    Result result = map("export", "-", "--to", "csv").stdin(plan).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).isEqualTo(HEADER
        + "legal,MSA agreed,Bea Buyer,,2027-01-22,not-started,,,,,,,\r\n");
  }

  @Test
  void notesAreShownWithoutTheControlCharactersOfThePlan() {
    String plan = TestPlans.plan("", "{\"id\":\"legal\",\"title\":\"MSA agreed\","
        + "\"description\":\"x\"},{\"id\":\"po\",\"title\":\"PO\","
        + "\"dependsOn\":[{\"milestone\":\"legal\",\"lagDays\":2}]}");

    Result result = map("export", "-", "--to", "csv").stdin(plan).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr().lines()).hasSize(2).allSatisfy(line ->
        assertThat(line).startsWith("map: note: "));
    assertThat(result.stderr()).contains("po after legal (finish-to-start, lag 2)");
  }

  @Test
  void aWorkbookNeedsAFileAndGoesToItWhole() throws Exception {
    Path out = directory.resolve("acme.xlsx");
    ByteArrayOutputStream library = new ByteArrayOutputStream();
    MapTable.standard().exportXlsx(acme(), library);

    Result result = map("export", example("acme-go-live.json"), "--to", "xlsx",
        "-o", out.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).startsWith("map: note: ");
    assertThat(Files.readAllBytes(out)).isEqualTo(library.toByteArray());
    assertThat(MapTable.standard().importXlsxOnto(Files.newInputStream(out), acme()).plan())
        .isEqualTo(acme());
  }

  @Test
  void aWorkbookWithoutAFileIsBadUsage() {
    Result result = map("export", example("acme-go-live.json"), "--to", "xlsx").run();

    assertBadUsage(result, "--to xlsx writes a workbook, which is binary: name the file with -o, "
        + "such as -o plan.xlsx (or -o - for a pipe)", "export");
  }

  @Test
  void aWorkbookGoesToStandardOutputWhenAskedButNeverToATerminal() throws Exception {
    Result piped = map("export", example("acme-go-live.json"), "--to", "xlsx", "-o", "-").run();
    Result terminal = map("export", example("acme-go-live.json"), "--to", "xlsx", "-o", "-")
        .onTerminal().run();

    assertThat(piped.exitCode()).as(piped.toString()).isZero();
    assertThat(MapTable.standard().importXlsxOnto(
        new ByteArrayInputStream(piped.stdoutBytes()), acme()).plan()).isEqualTo(acme());
    assertBadUsage(terminal, "--to xlsx -o - would write a binary workbook to the terminal; name "
        + "a file with -o, or send standard output to a file or a pipe", "export");
  }

  @Test
  void theFormatIsRequiredAndIsCsvOrXlsx() {
    assertBadUsage(map("export", example("acme-go-live.json")).run(),
        "Missing required option: '--to=FORMAT'", "export");
    assertBadUsage(map("export", example("acme-go-live.json"), "--to", "ods").run(),
        "Invalid value for option '--to': 'ods' is not a table format; expected csv or xlsx",
        "export");
  }

  @Test
  void anInvalidPlanExportsNothing() {
    Result result = map("export", "-", "--to", "csv").stdin(TestPlans.plan("",
        "{\"id\":\"legal\",\"title\":\"MSA agreed\",\"buyerOwner\":\"nobody\"}")).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).startsWith("map: <stdin>: /milestones/0/buyerOwner");
  }
}

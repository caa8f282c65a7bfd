package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.PlanLimits;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plans that cannot be read, are invalid or cannot be scheduled: exit code 2, and a few lines on
 * standard error that say what and where, never a stack trace.
 */
class InputErrorsTest {
  @TempDir Path directory;

  private static void assertBadInput(Result result) {
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).startsWith("map: ").doesNotContain("\tat ");
    assertThat(result.stderr().lines()).hasSizeBetween(1, 12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "schedule", "forecast", "derive-dates", "format", "ical",
      "report"})
  void aMissingFileIsBadInputNamingTheFile(String command) {
    String missing = directory.resolve("nowhere.json").toString();

    Result result = map(command, missing).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + missing + ": no such file\n");
  }

  /**
   * An empty argument names no file, whichever input it is ({@code EMPTY} below): the system
   * would take it for the current directory, and a shell variable that was never set gives it.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check EMPTY", "diff EMPTY PLAN", "diff PLAN EMPTY",
      "check PLAN --config EMPTY", "import EMPTY --onto PLAN", "import TABLE --onto EMPTY",
      "portfolio --ndjson EMPTY"})
  void anEmptyArgumentNamesNoFile(String command) {
    String[] arguments = Stream.of(command.split(" "))
        .map(word -> word.equals("EMPTY") ? ""
            : word.equals("PLAN") ? example("acme-go-live.json")
            : word.equals("TABLE") ? TableFiles.acmeCsv() : word)
        .toArray(String[]::new);

    Result result = map(arguments).run();

    assertBadInput(result);
    assertThat(result.stderr())
        .isEqualTo("map: '' names no file; give a file name, or - for standard input\n");
  }

  @Test
  void aDirectoryIsBadInput() {
    Result result = map("format", directory.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr()).contains("it is a directory");
  }

  @Test
  void anUnreadableFileIsBadInput() throws Exception {
    Path file = Files.writeString(directory.resolve("secret.json"), exampleText("acme-go-live.json"));
    boolean locked = file.toFile().setReadable(false) && !Files.isReadable(file);

    Result result = map("format", file.toString()).run();

    if (locked) {
      assertBadInput(result);
      assertThat(result.stderr()).contains("cannot read " + file + ": permission denied");
    } else {
      // Running as root (or on a file system without permissions): the file stays readable.
      assertThat(result.exitCode()).isZero();
    }
  }

  @Test
  void aFileOverTheDocumentLimitIsBadInputBeforeItIsRead() throws Exception {
    Path huge = directory.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(PlanLimits.MAX_DOCUMENT_BYTES + 1); // sparse: no disk, no memory
    }

    Result result = map("format", huge.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr())
        .isEqualTo("map: cannot read " + huge + ": it is larger than 512 MiB, the limit of a "
            + "plan document\n");
  }

  @Test
  void malformedJsonIsBadInputWithLineAndColumn() {
    Result result = map("schedule", "-").stdin("{\n  \"format\": \"mutual-action-plan/1\",\n  \"id\": \n}").run();

    assertBadInput(result);
    assertThat(result.stderr()).startsWith("map: <stdin>: ").containsPattern("line 4, column \\d+");
  }

  @Test
  void anInvalidPlanIsBadInputWithFilePointerLineAndColumn() throws Exception {
    String seller = exampleText("acme-go-live.json")
        .replace("\"buyerOwner\": \"priya\"", "\"buyerOwner\": \"alex\"");
    Path file = Files.writeString(directory.resolve("acme.json"), seller);

    Result result = map("check", file.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr())
        .startsWith("map: " + file + ": /milestones/2/buyerOwner (line ")
        .contains("alex");
  }

  @Test
  void aPlanOfAnotherFormatIsBadInput() {
    Result result = map("format", "-").stdin("{\"format\":\"mutual-action-plan/2\"}").run();

    assertBadInput(result);
    assertThat(result.stderr()).contains("/format").contains("mutual-action-plan/1");
  }

  @Test
  void anotherDocumentOfMapGivenAsAPlanSaysWhatItIsAndWhichPlanToGive() {
    String schedule = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json").run().stdout();

    Result result = map("check", "-").stdin(schedule).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: <stdin>: /format (line 1, column 11): this is a"
        + " schedule document (format 'mutual-action-plan-schedule/1'), not a plan document; give"
        + " the plan it was made from\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "format", "report"})
  void aWorkbookGivenAsAPlanIsNamedAsAWorkbookForMapImport(String command) throws Exception {
    Path workbook = directory.resolve("plan.xlsx");
    assertThat(map("export", example("acme-go-live.json"), "--to", "xlsx", "-o",
        workbook.toString()).run().exitCode()).isZero();

    Result result = map(command, workbook.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + workbook + ": it is an Excel"
        + " workbook (a zip file), not a plan file; map import reads a workbook's MAP table\n");
  }

  /**
   * A table given where a plan is read is a wrong file, named by what it is, whichever argument
   * it is ({@code TABLE} below: a CSV file; {@code PLAN}: a plan).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check TABLE", "format TABLE", "report TABLE", "diff PLAN TABLE",
      "diff TABLE PLAN", "import TABLE --onto TABLE"})
  void aCsvTableGivenAsAPlanIsNamedAsATableForMapImport(String command) throws Exception {
    Path table = Files.writeString(directory.resolve("deal.csv"), "Id,Milestone,Due\n"
        + "kickoff,Kickoff,2026-12-01\n");
    String[] arguments = Stream.of(command.split(" "))
        .map(word -> word.equals("PLAN") ? example("acme-go-live.json")
            : word.equals("TABLE") ? table.toString() : word)
        .toArray(String[]::new);

    Result result = map(arguments).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + table + ": it is a table (CSV),"
        + " not a plan file; map import reads a table's rows into a plan\n");
  }

  @Test
  void aTableNamedInCapitalsOrAsTsvIsNamedAsATable() throws Exception {
    Path upper = Files.writeString(directory.resolve("DEAL.CSV"), "\uFEFF Milestone;Due\n");
    Path tsv = Files.writeString(directory.resolve("deal.tsv"), "Milestone\tDue\n");

    Result csvResult = map("check", upper.toString()).run();
    Result tsvResult = map("check", tsv.toString()).run();

    assertBadInput(csvResult);
    assertThat(csvResult.stderr()).isEqualTo("map: cannot read " + upper + ": it is a table"
        + " (CSV), not a plan file; map import reads a table's rows into a plan\n");
    assertBadInput(tsvResult);
    assertThat(tsvResult.stderr()).isEqualTo("map: cannot read " + tsv + ": it is a table (TSV),"
        + " not a plan file; map import reads a table's rows into a plan once it is named .csv\n");
  }

  @Test
  void aPlanSavedAsCsvIsReadAndABrokenOneKeepsItsLocatedJsonError() throws Exception {
    Path plan = Files.writeString(directory.resolve("plan.csv"),
        "\uFEFF\n  " + exampleText("acme-go-live.json"));
    Path broken = Files.writeString(directory.resolve("broken.csv"), "{\"format\": }");
    Path empty = Files.writeString(directory.resolve("empty.csv"), " \n");
    // An empty file saved as UTF-8 with a byte order mark: the mark alone.
    Path bomOnly = Files.writeString(directory.resolve("excel-empty.csv"), "\uFEFF");

    Result read = map("format", plan.toString()).run();
    Result brokenResult = map("check", broken.toString()).run();
    Result emptyResult = map("check", empty.toString()).run();

    assertThat(read.exitCode()).as(read.toString()).isZero();
    assertThat(read.stdout())
        .isEqualTo(map("format", example("acme-go-live.json")).run().stdout());
    assertBadInput(brokenResult);
    assertThat(brokenResult.stderr()).startsWith("map: " + broken + ": ")
        .contains("(line 1, column ").doesNotContain("table");
    assertBadInput(emptyResult);
    assertThat(emptyResult.stderr()).doesNotContain("table");
    Result bomOnlyResult = map("check", bomOnly.toString()).run();
    assertBadInput(bomOnlyResult);
    assertThat(bomOnlyResult.stderr())
        .isEqualTo("map: " + bomOnly + ": (document): the document is empty\n");
  }

  @Test
  void aCsvTableAmongAPortfoliosFilesIsListedAsATable() throws Exception {
    Path table = Files.writeString(directory.resolve("deal.csv"), "Milestone,Due\n");

    Result result = map("portfolio", example("acme-go-live.json"), table.toString()).run();

    assertThat(result.stdout()).contains(table.toString()).contains("it is a table (CSV), not a"
        + " plan file; map import reads a table's rows into a plan");
  }

  @Test
  void manyProblemsAreCutToAFewLines() {
    StringBuilder milestones = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      milestones.append(i == 0 ? "" : ",")
          .append("{\"id\":\"m").append(i).append("\",\"title\":\"Step\",\"status\":\"someday\"}");
    }

    Result result = map("format", "-").stdin(TestPlans.plan("", milestones.toString())).run();

    assertBadInput(result);
    List<String> lines = result.stderr().lines().toList();
    assertThat(lines).hasSize(PlanProblems.MAX_LISTED + 1);
    assertThat(lines.get(lines.size() - 1)).matches("map: <stdin>: \\.\\.\\. and \\d+ more problems");
  }

  /**
   * The Acme plan with 300 fields the format does not know: the reader stops after 100 problems
   * and says so. Every command lists the first ten, how many more it found, and that it stopped,
   * rather than counting its stop as one more problem.
   */
  @ParameterizedTest
  @ValueSource(strings = {"check", "schedule", "forecast", "format", "report", "diff"})
  void aPlanWithTooManyProblemsSaysHowManyMoreWereFoundAndThatReadingStopped(String command)
      throws Exception {
    Path plan = Files.writeString(directory.resolve("unknown300.json"), withUnknownFields(300));
    String[] arguments = command.equals("diff")
        ? new String[] {command, plan.toString(), example("acme-go-live.json")}
        : new String[] {command, plan.toString()};

    Result result = map(arguments).run();

    assertBadInput(result);
    List<String> lines = result.stderr().lines().toList();
    assertThat(lines).hasSize(PlanProblems.MAX_LISTED + 2);
    assertThat(lines.get(9)).startsWith("map: " + plan + ": /x9 (line ");
    assertThat(lines.get(10)).isEqualTo("map: " + plan + ": ... and 90 more problems");
    assertThat(lines.get(11)).isEqualTo("map: " + plan + ": reading stopped after 100 problems;"
        + " fix these and read the document again");
  }

  @Test
  void aRuleConfigurationWithTooManyProblemsSaysThatReadingStopped() throws Exception {
    StringBuilder configuration = new StringBuilder("{\"profile\":\"full\"");
    for (int i = 0; i < 150; i++) {
      configuration.append(",\"x").append(i).append("\":").append(i);
    }
    Path file = Files.writeString(directory.resolve("rules.json"), configuration + "}");

    Result result = map("check", example("acme-go-live.json"), "--config", file.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr().lines().toList()).hasSize(PlanProblems.MAX_LISTED + 2)
        .endsWith("map: " + file + ": ... and 90 more problems", "map: " + file + ": reading"
            + " stopped after 100 problems; fix these and read the document again");
  }

  /** The Acme plan with {@code count} top-level fields the format does not know: x0, x1, ... */
  static String withUnknownFields(int count) throws Exception {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < count; i++) {
      fields.append("\"x").append(i).append("\":").append(i).append(',');
    }
    return exampleText("acme-go-live.json").replaceFirst("\\{", "{" + fields);
  }

  @ParameterizedTest
  @ValueSource(strings = {"schedule", "forecast", "derive-dates"})
  void aCycleStopsSchedulingInTheWordsOfCheckAtItsFirstDependency(String command)
      throws Exception {
    String plan = TestPlans.cycle();
    Path file = Files.writeString(directory.resolve("cycle.json"), plan);
    // procurement (milestone 1) depends on legal: the first link of legal -> procurement -> legal.
    int column = plan.indexOf("\"dependsOn\":[\"legal\"]") + "\"dependsOn\":[".length() + 1;

    Result result = map(command, file.toString(), "--as-of", "2026-11-22").run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: " + file + ": /milestones/1/dependsOn/0 (line 1, "
        + "column " + column + "): " + checksWordsFor(file) + " The plan cannot be scheduled "
        + "until one of these dependencies is removed.\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown", "mermaid"})
  void aScheduleWhoseDatesWouldPassTheLastDateIsBadInputNotADocumentMapCannotRead(String format) {
    String plan = TestPlans.plan("",
        "{\"id\":\"ship\",\"title\":\"Shipped\",\"buyerOwner\":\"bea\",\"durationDays\":2}");

    Result result =
        map("schedule", "-", "--as-of", "9999-12-31", "--format", format).stdin(plan).run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo("map: <stdin>: /milestones/0 (line 1, column 274): the"
        + " early finish of milestone 'ship' would be +10000-01-01, after 9999-12-31, the latest date a plan can"
        + " hold; the plan cannot be scheduled as of this date\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"seller", "buyer"})
  void aPageWhoseScheduleWouldPassTheLastDateIsBadInputLikeTheSchedule(String audience) {
    String plan = TestPlans.plan("",
        "{\"id\":\"ship\",\"title\":\"Shipped\",\"buyerOwner\":\"bea\",\"durationDays\":2}");

    Result result = map("report", "-", "--as-of", "9999-12-31", "--audience", audience).stdin(plan)
        .run();

    assertBadInput(result);
    assertThat(result.stderr()).isEqualTo(
        map("schedule", "-", "--as-of", "9999-12-31").stdin(plan).run().stderr());
  }

  @Test
  void aSelfDependencyIsACycleInTheWordsOfCheck() throws Exception {
    String plan = TestPlans.plan("",
        "{\"id\":\"legal\",\"title\":\"MSA agreed\",\"buyerOwner\":\"bea\",\"dependsOn\":[\"legal\"]}");
    Path file = Files.writeString(directory.resolve("self.json"), plan);

    Result result = map("schedule", file.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr())
        .startsWith("map: " + file + ": /milestones/0/dependsOn/0 (line 1, column ")
        .contains(checksWordsFor(file))
        .contains("MSA agreed (legal) depends on itself")
        .endsWith(" The plan cannot be scheduled until this dependency is removed.\n");
  }

  /** At the dependency of the cycle's second step on its first, wherever it is in the list. */
  @Test
  void aCycleIsPlacedAtTheDependencyOfItsSecondStepOnItsFirst() throws Exception {
    String plan = TestPlans.plan("",
        "{\"id\":\"kickoff\",\"title\":\"Kickoff\",\"buyerOwner\":\"bea\",\"durationDays\":1},"
            + "{\"id\":\"legal\",\"title\":\"MSA agreed\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":5,\"dependsOn\":[\"procurement\"]},"
            + "{\"id\":\"procurement\",\"title\":\"PO issued\",\"sellerOwner\":\"sam\","
            + "\"durationDays\":3,\"dependsOn\":[\"kickoff\",\"legal\"]}");
    Path file = Files.writeString(directory.resolve("cycle.json"), plan);

    Result result = map("schedule", file.toString()).run();

    assertBadInput(result);
    assertThat(result.stderr())
        .startsWith("map: " + file + ": /milestones/2/dependsOn/1 (line 1, column ")
        .contains(checksWordsFor(file))
        .contains("legal -> procurement -> legal")
        .endsWith(" The plan cannot be scheduled until one of these dependencies is removed.\n");
  }

  /** The message of {@code map check}'s finding about the plan's cycle. */
  private static String checksWordsFor(Path file) throws Exception {
    Result check = map("check", file.toString(), "--as-of", "2026-11-22", "--format", "json")
        .run();
    for (JsonNode finding : new ObjectMapper().readTree(check.stdout()).get("findings")) {
      if (finding.get("rule").asText().equals("dependencies-acyclic")) {
        return finding.get("message").asText();
      }
    }
    throw new AssertionError("map check reports no cycle:\n" + check);
  }

  @Test
  void anEmptyStandardInputIsBadInput() {
    Result result = map("schedule", "-").stdin("").run();

    assertBadInput(result);
    assertThat(result.stderr()).startsWith("map: <stdin>: ");
  }

  @Test
  void aFileWhoseSizeTheSystemGivesAsZeroIsReadToItsEnd() throws Exception {
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "no /proc here");

    Result result = map("format", status.toString()).run();

    // Read, not taken for empty: the reader stops at its first word, which is not JSON.
    assertBadInput(result);
    assertThat(result.stderr()).startsWith("map: /proc/self/status: (document) (line 1, column ")
        .doesNotContain("empty");
  }

  @Test
  void aPlanFromTheExamplesIsNotBadInput() {
    assertThat(map("format", example("acme-go-live.json")).run().exitCode()).isZero();
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.cli.rulesjar.ExampleRules;
import io.mutualplan.cli.rulesjar.RulesJar;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.testkit.PipelineKind;
import io.mutualplan.testkit.PipelineLine;
import io.mutualplan.testkit.PlanGenerators;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code map portfolio} on the example plans and on a generated pipeline of 400 lines (seed
 * {@value #SEED}) with its broken lines, as of 2027-01-04, the pipeline's date.
 */
class PortfolioCommandTest {
  private static final long SEED = 424_242;
  private static final String AS_OF = "2027-01-04";
  private static final MapJson JSON = MapJson.standard();

  @TempDir static Path directory;

  private static List<PipelineLine> lines;
  private static String pipeline;

  @BeforeAll
  static void writeThePipeline() throws Exception {
    lines = PlanGenerators.pipelines().lines(new SplittableRandom(SEED), 400);
    pipeline = Files.writeString(directory.resolve("pipeline.ndjson"),
        lines.stream().map(PipelineLine::text).collect(Collectors.joining("\n", "", "\n")))
        .toString();
  }

  private static long count(PipelineKind kind) {
    return lines.stream().filter(line -> line.kind() == kind).count();
  }

  @Test
  void theExamplesDirectoryIsSummarisedWithTheWorstPlansFirst() {
    Result result = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).startsWith("Portfolio: 6 plans as of 2026-11-22\n"
        + "Verdicts:    ready 3, needs-work 2, not-mutual 1\n"
        + "Scores:      min 0, median 70, max 100\n"
        + "Infeasible:  0 plans cannot finish by their deadline (negative slack)\n"
        + "\n"
        + "Rules that fired, most first\n"
        + "  RULE                        PLANS\n"
        + "  economic-buyer-sign-off         3\n");
    assertThat(result.stdout()).contains("Worst plans, lowest score first",
        "  SCORE  VERDICT     PLAN", "close-plan-in-disguise.json", "co-authored");
    assertThat(result.stdout()).contains("\n\nWhere plans stall: incomplete milestones overdue or"
        + " slipped\n  KIND           MILESTONES\n  business-case           1\n\n");
    assertThat(result.stdout().indexOf("initech-q4"))
        .isLessThan(result.stdout().indexOf("acme-2027"));
    assertThat(result.stdout()).endsWith("\n    100  ready       fabrikam-2027     Fabrikam x"
        + " Tailspin          10  " + MapRun.example("seven-step-template.json") + "\n");
  }

  @Test
  void theExamplesDirectoryInMarkdownIsAListAndTheTablesOfTheText() {
    Result result = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22",
        "--format", "markdown").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).startsWith("## Portfolio: 6 plans as of 2026-11-22\n"
        + "\n"
        + "- **Verdicts:** ready 3, needs-work 2, not-mutual 1\n"
        + "- **Scores:** min 0, median 70, max 100\n"
        + "- **Infeasible:** 0 plans cannot finish by their deadline (negative slack)\n"
        + "\n"
        + "### Rules that fired, most first\n"
        + "\n"
        + "| Rule | Plans |\n"
        + "|---|---:|\n"
        + "| economic-buyer-sign-off | 3 |\n");
    assertThat(result.stdout()).contains("\n\n### Where plans stall: incomplete milestones"
        + " overdue or slipped\n\n| Kind | Milestones |\n|---|---:|\n| business-case | 1 |\n\n"
        + "### Worst plans, lowest score first\n\n"
        + "| Score | Verdict | Plan | Title | Slack | Source |\n|---:|---|---|---|---:|---|\n"
        + "| 0 | not-mutual | initech-q4 | Initech x Globex | 36 | "
        + MapRun.example("close-plan-in-disguise.json") + " |\n");
    assertThat(result.stdout()).endsWith("\n| 100 | ready | fabrikam-2027 | Fabrikam x Tailspin |"
        + " 10 | " + MapRun.example("seven-step-template.json") + " |\n");
  }

  /** A summary lists the first 100 failures and counts the rest. */
  @Test
  void failuresPastTheHundredListedAreCounted() throws Exception {
    String acme = Files.readString(Path.of(MapRun.example("acme-go-live.json")))
        .replace("\n", " ");
    Path stream = Files.writeString(directory.resolve("hundred-and-one.ndjson"),
        "x\n".repeat(101) + acme + "\n");

    Result text = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22")
        .run();
    Result markdown = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22",
        "--format", "markdown").run();

    String problem = ": (document) (column 1): unexpected 'x'; a document starts with '{'\n";
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.stdout()).contains("\n\nCould not be read (101)\n  " + stream + " line 1"
        + problem).endsWith("\n  " + stream + " line 100" + problem
            + "  ... and 1 more could not be read\n");
    assertThat(markdown.stdout()).contains("\n\n### Could not be read (101)\n\n- " + stream
        + " line 1" + problem).endsWith("\n- " + stream + " line 100" + problem
            + "- ... and 1 more could not be read\n");
  }

  @Test
  void brokenLinesAreListedWithTheirLineNumbersAndTheRunCompletes() {
    Result result = map("portfolio", "--ndjson", pipeline, "--as-of", AS_OF).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    long broken = count(PipelineKind.BROKEN);
    assertThat(broken).as("seed " + SEED).isPositive();
    assertThat(result.stdout()).contains("Portfolio: " + (400 - broken) + " plans as of "
        + AS_OF + "; " + broken + " could not be read\n");
    assertThat(result.stdout()).contains("\n\nCould not be read (" + broken + ")\n")
        .doesNotContain("more could not be read");
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() == PipelineKind.BROKEN) {
        assertThat(result.stdout()).contains("pipeline.ndjson line " + (i + 1) + ": ");
      }
    }
  }

  @Test
  void oneThreadOrSeveralWriteTheSameBytesInEveryFormat() {
    for (String format : List.of("text", "json", "markdown", "ndjson", "html")) {
      Result one = map("portfolio", "--ndjson", pipeline, "--as-of", AS_OF, "--format", format,
          "--threads", "1").run();
      Result three = map("portfolio", "--ndjson", pipeline, "--as-of", AS_OF, "--format", format,
          "--threads", "3").run();

      assertThat(one.exitCode()).as(one.toString()).isZero();
      assertThat(three.stdoutBytes()).as(format).isEqualTo(one.stdoutBytes());
    }
  }

  @Test
  void theMostThreadsAllowedAreAccepted() {
    Result most = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22",
        "--threads", "256").run();

    assertThat(most.exitCode()).as(most.toString()).isZero();
    assertThat(most.stdout()).isEqualTo(map("portfolio", MapRun.EXAMPLES.toString(), "--as-of",
        "2026-11-22", "--threads", "1").run().stdout());
  }

  @Test
  void theJsonDocumentHasARowPerPlanInLineOrderAndReadsBack() {
    Result result = map("portfolio", "--ndjson", pipeline, "--as-of", AS_OF, "--format", "json")
        .run();

    Portfolio portfolio = JSON.portfolios().read(result.stdout());
    assertThat(portfolio.asOf()).hasToString(AS_OF);
    assertThat(portfolio.plans()).hasSize((int) (400 - count(PipelineKind.BROKEN)));
    assertThat(portfolio.summary().failures()).hasSize((int) count(PipelineKind.BROKEN));
    assertThat(portfolio.plans()).extracting(row -> row.line().getAsLong()).isSorted();
    assertThat(portfolio.summary().verdicts().get(Verdict.NOT_MUTUAL))
        .isGreaterThanOrEqualTo(count(PipelineKind.CLOSE_PLAN_IN_DISGUISE));
    assertThat(portfolio.plans()).filteredOn(row -> !row.hasSchedule())
        .hasSize((int) count(PipelineKind.CYCLIC));
  }

  @Test
  void ndjsonIsOneRowPerLineAndTheFailuresGoToStandardError() {
    Result result = map("portfolio", "--ndjson", pipeline, "--as-of", AS_OF, "--format",
        "ndjson").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> rows = result.stdout().lines().toList();
    assertThat(rows).hasSize((int) (400 - count(PipelineKind.BROKEN)));
    PlanSummary first = JSON.portfolioRows().read(rows.get(0));
    assertThat(first.source()).endsWith("pipeline.ndjson");
    assertThat(result.stderr()).startsWith("map: note: " + count(PipelineKind.BROKEN)
        + " could not be read:\n");
  }

  @Test
  void blankLinesAreSkippedAndCountedAndStandardInputIsAStream() throws Exception {
    String acme =
        JSON.plans().write(JSON.plans().read(Path.of(MapRun.example("acme-go-live.json"))));
    Result result = map("portfolio", "-", "--as-of", "2026-11-22", "--format", "ndjson")
        .stdin("\n" + acme + "\r\n   \n{\"format\": \"mutual-action-plan/1\"\n" + acme).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<PlanSummary> rows = result.stdout().lines().map(JSON.portfolioRows()::read).toList();
    assertThat(rows).extracting(row -> row.line().getAsLong()).containsExactly(2L, 5L);
    assertThat(rows).extracting(PlanSummary::source).containsOnly("<stdin>");
    assertThat(result.stderr()).contains("<stdin> line 4: ");
  }

  @Test
  void aForecastAddsProbabilitiesAndTheExpectedOutcomes() {
    Result result = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22",
        "--forecast", "--trials", "200", "--seed", "7", "--format", "json").run();

    Portfolio portfolio = JSON.portfolios().read(result.stdout());
    assertThat(portfolio.summary().expectedOnTime()).isPresent();
    // Two versions of the Acme plan: the example and the same plan a week on.
    assertThat(portfolio.plans()).filteredOn(row -> row.planId().value().equals("acme-2027"))
        .hasSize(2).allSatisfy(row -> assertThat(row.probabilityOnTime()).isPresent());
    assertThat(result.stdout()).isEqualTo(map("portfolio", MapRun.EXAMPLES.toString(),
        "--as-of", "2026-11-22", "--forecast", "--trials", "200", "--seed", "7", "--format",
        "json", "--threads", "1").run().stdout());
  }

  @Test
  void theTextSaysHowManyOfThePlansAreExpectedOnTime() {
    Result result = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22",
        "--forecast", "--trials", "200", "--seed", "7").run();
    Portfolio portfolio = JSON.portfolios().read(map("portfolio", MapRun.EXAMPLES.toString(),
        "--as-of", "2026-11-22", "--forecast", "--trials", "200", "--seed", "7", "--format",
        "json").run().stdout());

    // Six plans, one of them without an outcome: it counts among the plans and adds nothing.
    assertThat(result.stdout()).contains("On time:     expected "
        + portfolio.summary().expectedOnTime().orElseThrow().setScale(1, RoundingMode.HALF_EVEN)
        + " of 6 plans");
  }

  @Test
  void theMarkdownSaysHowManyOfThePlansAreExpectedOnTime() {
    Result result = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22",
        "--forecast", "--trials", "200", "--seed", "7", "--format", "markdown").run();
    Portfolio portfolio = JSON.portfolios().read(map("portfolio", MapRun.EXAMPLES.toString(),
        "--as-of", "2026-11-22", "--forecast", "--trials", "200", "--seed", "7", "--format",
        "json").run().stdout());

    assertThat(result.stdout()).contains("(negative slack)\n- **On time:** expected "
        + portfolio.summary().expectedOnTime().orElseThrow().setScale(1, RoundingMode.HALF_EVEN)
        + " of 6 plans; EUR ");
  }

  @Test
  void htmlIsAPageWithTheSummaryAndEveryPlan() {
    Result result = map("portfolio", "--ndjson", pipeline, "--as-of", AS_OF, "--format", "html")
        .run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).startsWith("<!DOCTYPE html>")
        .contains("<h1>Portfolio as of <time datetime=\"2027-01-04\">",
            "content=\"Summary of " + (400 - count(PipelineKind.BROKEN)) + " plans read; "
                + count(PipelineKind.BROKEN) + " could not be read",
            "id=\"plans-heading\"", "Could not be read");
    assertThat(result.stdout().split("<tr class=")).hasSizeGreaterThan(400
        - (int) count(PipelineKind.BROKEN));
  }

  @Test
  void customRulesFromAJarCountInThePortfolio() throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));

    Result result = map("portfolio", MapRun.example("acme-go-live.json"), "--as-of",
        "2026-11-22", "--rules", jar.toString(), "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Portfolio portfolio = JSON.portfolios().read(result.stdout());
    assertThat(portfolio.plans().get(0).rules()).containsExactly(ExampleRules.RULE);
    assertThat(portfolio.summary().rules()).extracting(Map.Entry::getKey)
        .containsExactly(ExampleRules.RULE);
  }

  @Test
  void aFileThatCannotBeReadIsAFailureNotTheEndOfTheRun() {
    Result result = map("portfolio", MapRun.example("acme-go-live.json"),
        directory.resolve("missing.json").toString(), "--as-of", "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("1 plan as of 2026-11-22; 1 could not be read",
        "missing.json: no such file").doesNotContain("cannot read");
  }

  @Test
  void whenNothingCanBeReadTheRunExitsWithTwo() throws Exception {
    Path broken = Files.writeString(directory.resolve("broken.ndjson"), "{\n[1]\n",
        StandardCharsets.UTF_8);
    Result result = map("portfolio", "--ndjson", broken.toString()).run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).startsWith("map: no plan could be read (2 failed):\n")
        .contains("broken.ndjson line 2: ");
  }

  @Test
  void anEmptyStreamHasNoPlansToRead() {
    Result result = map("portfolio", "-").stdin("\n\n").run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.stderr()).contains("no plans to read");
  }

  @Test
  void aStreamGivenAsAPlanFileOrAPlanFileGivenAsAStreamSaysHowToGiveIt() throws Exception {
    Path stream = Files.copy(Path.of(pipeline), directory.resolve("deals.ndjson"));
    Path jsonLines = Files.copy(Path.of(pipeline), directory.resolve("deals.jsonl"));
    Path indented = directory.resolve("plan.json");
    Files.writeString(indented, exampleText("acme-go-live.json"));

    Result asFile = map("portfolio", stream.toString(), "--format", "json").run();
    Result asJsonLinesFile = map("portfolio", jsonLines.toString(), "--format", "json").run();
    Result asStream = map("portfolio", "--ndjson", indented.toString(), "--format", "json").run();

    // Nothing could be read, so the failures are listed on standard error.
    assertThat(asFile.exitCode()).isEqualTo(2);
    assertThat(asStream.exitCode()).isEqualTo(2);
    assertThat(asFile.stderr()).contains(
        "; a file of one plan per line is read with --ndjson FILE");
    assertThat(asJsonLinesFile.stderr()).contains(
        "; a file of one plan per line is read with --ndjson FILE");
    assertThat(asStream.stderr()).containsOnlyOnce("; the stream starts with an indented"
        + " document, not one plan per line: a plan file is given without --ndjson");
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(map("portfolio").run().exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(map("portfolio", "--ndjson", pipeline, MapRun.EXAMPLES.toString()).run()
        .stderr()).contains("either --ndjson or directories and files");
    assertThat(map("portfolio", "-", MapRun.EXAMPLES.toString()).run().exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(map("portfolio", "--ndjson", pipeline, "--threads", "0").run().stderr())
        .contains("Invalid value for option '--threads': threads must be between 1 and 256; got 0");
    assertThat(map("portfolio", "--ndjson", pipeline, "--threads", "ten").run().stderr())
        .contains("Invalid value for option '--threads': 'ten' is not a whole number of threads,"
            + " such as 4");
    assertThat(map("portfolio", "--ndjson", pipeline, "--threads", "99999999999").run().stderr())
        .contains("threads must be between 1 and 256; got 99999999999");
    assertThat(map("portfolio", "--ndjson", pipeline, "--forecast", "--trials", "0").run()
        .stderr()).contains("trials must be between 1 and 1,000,000; got 0");
    assertThat(map("portfolio", "--ndjson", pipeline, "--seed", "7").run().stderr())
        .contains("add --forecast");
    assertThat(map("portfolio", "--ndjson", pipeline, "--format", "mermaid").run().stderr())
        .contains("'mermaid' is not a format of map portfolio");
    assertThat(map("portfolio", "--ndjson", MapRun.EXAMPLES.toString()).run().stderr())
        .contains("it is a directory");
  }

  @Test
  void theProgressLineIsShownOnATerminalOnly() {
    Result quiet = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22").run();
    Result shown = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22")
        .onTerminal().run();

    assertThat(quiet.stderr()).isEmpty();
    // The rate and the time left come after the first second (ProgressTest), past this run.
    assertThat(shown.stderr()).startsWith("\rmap: 1 plan, ").contains("%").endsWith("\r");
  }

  /**
   * NDJSON rows written to standard output come while the plans run: a progress line on the
   * same terminal would run into them. Written to a file, the rows leave the terminal to it.
   */
  @Test
  void ndjsonRowsOnStandardOutputAreTheirOwnProgress() throws Exception {
    String acme = Files.readString(Path.of(MapRun.example("acme-go-live.json")))
        .replace("\n", " ");
    Path stream = Files.writeString(directory.resolve("two.ndjson"), acme + "\n" + acme + "\n");

    Result toTerminal = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22",
        "--format", "ndjson").onTerminal().run();
    Result toFile = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22",
        "--format", "ndjson", "-o", directory.resolve("rows.ndjson").toString())
        .onTerminal().run();

    assertThat(toTerminal.exitCode()).as(toTerminal.toString()).isZero();
    assertThat(toTerminal.stdout().lines()).hasSize(2);
    assertThat(toTerminal.stderr()).isEmpty();
    assertThat(toFile.stderr()).startsWith("\rmap: 1 plan, ");
  }

  @Test
  void anInputThatCannotBeReadIsSaidToBeTheInputNotTheOutput() {
    // Reading /proc/self/mem from its start fails with an I/O error on Linux.
    Path memory = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(memory), "a Linux /proc");

    Result result = map("portfolio", "--ndjson", memory.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: cannot read /proc/self/mem: ")
        .doesNotContain("write");
  }

  @Test
  void aPortfolioFailureWithTooManyProblemsSaysHowManyMoreWereFoundAndThatReadingStopped()
      throws Exception {
    Path plan = Files.writeString(Files.createDirectories(directory.resolve("too-many"))
        .resolve("unknown300.json"), InputErrorsTest.withUnknownFields(300));

    Result result = map("portfolio", plan.toString(), MapRun.example("acme-go-live.json"),
        "--as-of", "2026-11-22", "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(JSON.portfolios().read(result.stdout()).summary().failures())
        .singleElement().satisfies(failure -> assertThat(failure.problems()).hasSize(7)
            .endsWith("... and 95 more problems", "reading stopped after 100 problems; fix these"
                + " and read the document again"));
  }

  @Test
  void aFailureWithOneProblemMoreThanListedSaysProblemInTheSingular() throws Exception {
    // The Acme plan with six fields the format does not know: five problems listed, one more.
    String acme = Files.readString(Path.of(MapRun.example("acme-go-live.json")))
        .replace("\n", " ");
    Path stream = Files.writeString(directory.resolve("six.ndjson"), acme.replaceFirst("\\{",
        "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,") + "\n" + acme + "\n");

    Result result = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22",
        "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(JSON.portfolios().read(result.stdout()).summary().failures())
        .singleElement().satisfies(failure -> assertThat(failure.problems()).hasSize(6)
            .last().isEqualTo("... and 1 more problem"));
  }

  /**
   * A line of a stream cannot be checked alone with {@code map check}: the text, the markdown and
   * the note beside ndjson rows list every problem the failure keeps, as the json and the page do,
   * not its first only.
   */
  @Test
  void theTextMarkdownAndNdjsonNoteListEveryProblemAFailureKeeps() throws Exception {
    String acme = Files.readString(Path.of(MapRun.example("acme-go-live.json")))
        .replace("\n", " ");
    Path stream = Files.writeString(directory.resolve("two.ndjson"),
        acme.replaceFirst("\\{", "{\"crmId\":1,\"stage\":2,") + "\n" + acme + "\n");

    Result text = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22")
        .run();
    Result markdown = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22",
        "--format", "markdown").run();

    String source = stream + " line 1: ";
    assertThat(text.stdout()).contains("\n  " + source + "/crmId (column 10): unknown field"
        + " 'crmId' in a plan document", "\n    /stage (column 20): unknown field 'stage'");
    assertThat(markdown.stdout()).contains("\n- " + source + "/crmId (column 10): unknown field"
        + " 'crmId' in a plan document", "\n  - /stage (column 20): unknown field 'stage'");
    Result ndjson = map("portfolio", "--ndjson", stream.toString(), "--as-of", "2026-11-22",
        "--format", "ndjson").run();
    assertThat(ndjson.stderr()).contains("\nmap: note: " + source + "/crmId (column 10): ",
        "\nmap: note: " + source + "/stage (column 20): unknown field 'stage'");
  }

  /**
   * The portfolio's page reports a failed write as map-html's unchecked exception; the command
   * still says what could not be written, as every other output does.
   */
  @Test
  void thePageOnAFullDeviceIsExitTwoWithTheUsualMessages() throws Exception {
    Path devFull = SpecialFiles.device("/dev/full");

    Result toFile = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22",
        "--format", "html", "-o", devFull.toString()).run();
    Result toStandardOutput;
    try (OutputStream full = new FileOutputStream(devFull.toFile())) {
      toStandardOutput = map("portfolio", MapRun.EXAMPLES.toString(), "--as-of", "2026-11-22",
          "--format", "html").stdout(full).run();
    }

    assertThat(toFile.exitCode()).as(toFile.toString()).isEqualTo(2);
    assertThat(toFile.stderr()).isEqualTo("map: cannot write /dev/full: no space left on device\n");
    assertThat(toStandardOutput.exitCode()).as(toStandardOutput.toString()).isEqualTo(2);
    assertThat(toStandardOutput.stderr()).isEqualTo("map: cannot write to standard output: no"
        + " space left on device; the output is incomplete\n");
  }

  @Test
  void runAgainIntoItsOwnDirectoryThePortfolioDoesNotReadItsEarlierOutputAsAPlan()
      throws Exception {
    Path deals = Files.createDirectories(directory.resolve("deals"));
    Files.copy(MapRun.EXAMPLES.resolve("acme-go-live.json"), deals.resolve("acme.json"));
    Path output = deals.resolve("portfolio.json");
    // Through a link to the directory, the output is the same file by another path.
    Path link = Files.createSymbolicLink(directory.resolve("deals-link"), deals);
    String[] run = {"portfolio", deals.toString(), "--as-of", "2026-11-22", "--format", "json",
        "-o", link.resolve("portfolio.json").toString()};

    Result first = map(run).run();
    Result second = map(run).run();

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.stderr()).isEmpty();
    Portfolio portfolio = JSON.portfolios().read(output);
    assertThat(portfolio.summary().failed()).isZero();
    assertThat(portfolio.plans()).extracting(row -> row.source())
        .containsExactly(deals.resolve("acme.json").toString());
    assertThat(first.exitCode()).isZero();
  }

  /**
   * In a directory read, the output may be only an earlier portfolio document: a plan there, or
   * any other file the run reads as one, is refused and kept, and nothing is written.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"acme.json", "summary.json"})
  void aDirectorysFileNamedAsTheOutputIsRefusedAndKeptUnlessItIsAnEarlierPortfolio(String name)
      throws Exception {
    Path deals = Files.createDirectories(directory.resolve("deals-kept-" + name));
    Files.copy(MapRun.EXAMPLES.resolve("acme-go-live.json"), deals.resolve("acme.json"));
    Files.writeString(deals.resolve("summary.json"), "Portfolio as of 2026-11-22\n");
    Path output = deals.resolve(name);
    byte[] before = Files.readAllBytes(output);

    Result result = map("portfolio", deals.toString(), "--as-of", "2026-11-22", "-o",
        output.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr())
        .isEqualTo("map: -o " + output + " is a plan this command reads; name another file\n");
    assertThat(Files.readAllBytes(output)).isEqualTo(before);
    try (Stream<Path> files = Files.list(deals)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void aFileNamedAsInputAndAsOutputIsRefusedAndKept() throws Exception {
    Path other = Files.writeString(directory.resolve("not-a-plan.json"), "{}");

    Result result = map("portfolio", other.toString(), "--as-of", "2026-11-22", "--format",
        "json", "-o", other.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr())
        .isEqualTo("map: -o " + other + " is a plan this command reads; name another file\n");
    assertThat(Files.readString(other)).isEqualTo("{}");
  }

  @Test
  void anEmptyArgumentIsRefusedRatherThanReadAsTheCurrentDirectory() {
    Result result = map("portfolio", "", "--as-of", "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: '' names no directory or file; give a "
        + "directory, plan files, or - for NDJSON on standard input\n");
  }

  /**
   * In a directory, a {@code *.json} name in any case is a plan file; a link is followed to its
   * plan, and one that leads to no plan is a failure that says so, never passed over.
   */
  @Test
  void aDirectorysLinksAndUpperCaseNamesAreReadAndABrokenLinkIsAFailure() throws Exception {
    Path deals = Files.createDirectories(directory.resolve("linked-deals"));
    Files.copy(MapRun.EXAMPLES.resolve("acme-go-live.json"), deals.resolve("a.json"));
    Files.copy(MapRun.EXAMPLES.resolve("acme-next-week.json"), deals.resolve("UPPER.JSON"));
    Path elsewhere = Files.copy(MapRun.EXAMPLES.resolve("close-plan-in-disguise.json"),
        directory.resolve("close-plan.json.kept"));
    Files.createSymbolicLink(deals.resolve("b.json"), elsewhere);
    Files.createSymbolicLink(deals.resolve("c.json"), deals.resolve("gone.json"));
    Files.createSymbolicLink(deals.resolve("d.json"), deals);
    Files.writeString(deals.resolve("notes.txt"), "not a plan");

    Result result = map("portfolio", deals.toString(), "--as-of", "2026-11-22", "--format",
        "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Portfolio portfolio = JSON.portfolios().read(result.stdout());
    assertThat(portfolio.plans()).extracting(row -> row.source()).containsExactly(
        deals.resolve("UPPER.JSON").toString(), deals.resolve("a.json").toString(),
        deals.resolve("b.json").toString());
    assertThat(portfolio.summary().failures()).extracting(failure -> failure.source() + ": "
        + failure.problems().get(0)).containsExactly(
        deals.resolve("c.json") + ": a link to nothing: it leads to no file",
        deals.resolve("d.json") + ": a link to a directory, which is not followed; give the "
            + "directory itself");
  }

  /**
   * A plan that cannot be scheduled as of the date (its work would end after 9999-12-31) shows
   * no slack and is not counted as infeasible; a note says so rather than leave it unexplained.
   */
  @Test
  void aPlanWithoutAScheduleIsNotedAsNotCountedAsInfeasible() {
    Result result = map("portfolio", MapRun.example("acme-go-live.json"), "--as-of",
        "9999-12-31").run();
    Result today = map("portfolio", MapRun.example("acme-go-live.json"), "--as-of",
        "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Infeasible:  0 plans");
    assertThat(result.stderr()).isEqualTo("map: note: 1 plan has no schedule (a dependency "
        + "cycle, or a date outside 0001-01-01 to 9999-12-31, the dates a plan can hold): it "
        + "shows no slack and is not counted as infeasible; map check says why: acme-2027 ("
        + MapRun.example("acme-go-live.json") + ")\n");
    assertThat(today.stderr()).isEmpty();
  }

  /** The note names the first five plans without a schedule: where each is, and how many more. */
  @Test
  void theNoteNamesTheFirstFivePlansWithoutASchedule() throws Exception {
    String acme = Files.readString(Path.of(MapRun.example("acme-go-live.json")))
        .replace("\n", " ");
    Path stream = Files.writeString(directory.resolve("seven.ndjson"),
        (acme + "\n").repeat(7));

    Result result = map("portfolio", "--ndjson", stream.toString(), "--as-of", "9999-12-31")
        .run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).endsWith("map check says why: acme-2027 (" + stream + " line 1),"
        + " acme-2027 (" + stream + " line 2), acme-2027 (" + stream + " line 3), acme-2027 ("
        + stream + " line 4), acme-2027 (" + stream + " line 5) and 2 more\n");
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

  @Test
  void helpListsEveryCommandOnStandardOutputAndExitsZero() {
    Result result = map("--help").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout())
        .contains("Usage: map")
        .contains("check", "schedule", "forecast", "derive-dates", "format", "import", "export",
            "ical", "report", "diff")
        .contains("--no-color", "--version");
    assertThat(result.stderr()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "schedule", "forecast", "derive-dates", "format", "import",
      "export", "ical", "report"})
  void everyCommandHasHelpThatNamesItsPlanArgument(String command) {
    Result result = map(command, "--help").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Usage: map " + command).contains("PLAN").contains("-o");
  }

  @Test
  void commandHelpShowsEveryOptionOfTheSpec() {
    assertThat(map("check", "--help").run().stdout())
        .contains("--as-of=DATE", "--profile=PROFILE", "--config=FILE", "--format=FORMAT")
        .contains("full", "lightweight", "auto", "text", "json", "markdown");
    assertThat(map("schedule", "--help").run().stdout())
        .contains("--as-of=DATE", "--format=FORMAT", "mermaid");
    assertThat(map("derive-dates", "--help").run().stdout())
        .contains("--as-of=DATE", "--overwrite", "-o, --output=OUT");
    assertThat(map("format", "--help").run().stdout()).contains("--pretty", "-o, --output=OUT");
    assertThat(map("export", "--help").run().stdout()).contains("--to=FORMAT", "csv", "xlsx");
    assertThat(map("ical", "--help").run().stdout())
        .contains("--owner=STAKEHOLDER", "--as-of=DATE", "-o, --output=OUT");
    assertThat(map("report", "--help").run().stdout())
        .contains("--as-of=DATE", "--audience=AUDIENCE", "--forecast", "--trials=N", "--seed=S",
            "-o, --output=OUT");
    assertThat(map("forecast", "--help").run().stdout())
        .contains("--as-of=DATE", "--trials=N", "--seed=S", "--distribution=SHAPE",
            "--format=FORMAT", "triangular", "pert", "text", "json", "markdown", "--lenient",
            "-o, --output=OUT");
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    Result result = map("--version").run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout().strip()).isEqualTo("map " + MapVersion.version());
    assertThat(MapVersion.version()).doesNotContain("${").isNotBlank();
  }

  @Test
  void mapWithoutACommandIsBadUsageAndShowsTheUsageOnStandardError() {
    Result result = map().run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).contains("Usage: map");
  }

  @Test
  void anUnknownCommandIsBadUsageWithASuggestion() {
    Result result = map("schedul", example("acme-go-live.json")).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .contains("map: Unknown command 'schedul'")
        .contains("schedule")
        .contains("Try 'map --help' for more information.");
  }

  /** As {@code map help bogus} says it, with the commands there are. */
  @ParameterizedTest
  @ValueSource(strings = {"bogus", "help bogus", "bogus plan.json"})
  void anUnknownCommandIsNamedWithTheCommandsThereAre(String arguments) {
    Result result = map(arguments.split(" ")).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: Unknown command 'bogus'; the commands are check,"
        + " schedule, forecast, derive-dates, format, import, export, ical, report, diff,"
        + " portfolio and help\n"
        + "Try 'map --help' for more information.\n");
  }

  @Test
  void aCommandInCapitalsIsAnUnknownCommandWithTheOneMeant() {
    Result result = map("CHECK", example("acme-go-live.json")).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr().lines().toList()).first().asString()
        .startsWith("map: Unknown command 'CHECK'; the commands are check, schedule,");
    assertThat(result.stderr()).contains("Did you mean: map check");
  }

  /** An unknown option's value is not named as an option too, nor is a value after '='. */
  @ParameterizedTest
  @ValueSource(strings = {"--as-of 2026-01-01", "--as-of=2026-01-01"})
  void anUnknownOptionIsNamedAloneForItsCommand(String option) {
    List<String> arguments = new ArrayList<>(List.of("format", example("acme-go-live.json")));
    arguments.addAll(List.of(option.split(" ")));

    Result result = map(arguments.toArray(String[]::new)).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr().lines().toList()).first().asString()
        .isEqualTo("map: Unknown option '--as-of' for map format");
    assertThat(result.stderr()).doesNotContain("2026-01-01")
        .endsWith("Try 'map format --help' for more information.\n");
  }

  @Test
  void unknownOptionsAreNamedWithoutTheirValues() {
    Result result = map("check", example("acme-go-live.json"), "--bogus", "3", "--other", "x")
        .run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr().lines().toList()).first().asString()
        .isEqualTo("map: Unknown options '--bogus', '--other' for map check");
  }

  @Test
  void diffHasHelpThatNamesItsTwoPlansAndItsOptions() {
    Result result = map("diff", "--help").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Usage: map diff", "OLDER NEWER", "--as-of=DATE",
        "--allow-other-id", "--format=FORMAT", "--rules=JAR", "-o");
  }

  @Test
  void aMissingNewerPlanIsBadUsageThatPointsToTheCommandsHelp() {
    Result result = map("diff", "older.json").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .contains("Missing required parameter: 'NEWER'")
        .contains("Try 'map diff --help' for more information.");
  }

  @Test
  void aMissingPlanArgumentIsBadUsageThatPointsToTheCommandsHelp() {
    Result result = map("schedule").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .contains("Missing required parameter: 'PLAN'")
        .contains("Try 'map schedule --help' for more information.");
    assertThat(result.stderr().lines()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void aFileWhoseNameStartsWithADashIsNamedAsAnUnknownOptionWithTheWaysToGiveIt() {
    Result check = map("check", "-dash.json").run();
    Result diff = map("diff", "-dash.json", example("acme-go-live.json")).run();

    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.stderr()).isEqualTo("map: Unknown option '-dash.json' for map check; a"
        + " file whose name starts with '-' is written ./-dash.json or after --\n"
        + "Try 'map check --help' for more information.\n");
    assertThat(diff.exitCode()).isEqualTo(2);
    assertThat(diff.stderr()).startsWith("map: Unknown option '-dash.json' for map diff; a file"
        + " whose name starts with '-' is written ./-dash.json or after --\n")
        .doesNotContain("NEWER");
  }

  /**
   * {@code map export plan.json -t csv}: '-t' is no option of export, and with {@code --to}
   * missing picocli takes it for a file. The message says it is not an option of the command and
   * suggests the closest one, as an unknown option after the plan gets.
   */
  @Test
  void anOptionTakenForAFileIsNamedAsNotOneOfTheCommandsWithTheClosest() {
    Result export = map("export", example("acme-go-live.json"), "-t", "csv").run();
    Result check = map("check", example("acme-go-live.json"), "--asof", "2026-11-22").run();

    assertThat(export.exitCode()).isEqualTo(2);
    assertThat(export.stdout()).isEmpty();
    assertThat(export.stderr()).isEqualTo("map: Unknown option '-t' for map export; a file"
        + " whose name starts with '-' is written ./-t or after --\n"
        + "Possible solutions: --to\n"
        + "Try 'map export --help' for more information.\n");
    assertThat(check.stderr()).isEqualTo("map: Unknown option '--asof' for map check\n"
        + "Possible solutions: --as-of\n"
        + "Try 'map check --help' for more information.\n");
  }

  @Test
  void aFileWhoseNameStartsWithADashIsReadAfterTwoDashes(@TempDir Path directory)
      throws Exception {
    Path dashed = Files.copy(Path.of(example("acme-go-live.json")),
        directory.resolve("-dash.json"));

    Result result = map("format", "--", dashed.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("\"id\":\"acme-2027\"");
  }

  @Test
  void anArgumentTooManyIsNamedWithWhatTheCommandReads() {
    Result check = map("check", example("acme-go-live.json"), "b.json").run();
    Result diff = map("diff", "a.json", "b.json", "c.json", "d.json").run();
    Result importing = map("import", "a.csv", "b.csv").run();

    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.stderr()).isEqualTo(
        "map: 'b.json' is one argument too many; map check reads one PLAN\n"
        + "Try 'map check --help' for more information.\n");
    assertThat(diff.exitCode()).isEqualTo(2);
    assertThat(diff.stderr()).startsWith(
        "map: 'c.json', 'd.json' are 2 arguments too many; map diff reads OLDER and NEWER\n");
    assertThat(importing.exitCode()).isEqualTo(2);
    assertThat(importing.stderr()).startsWith(
        "map: 'b.csv' is one argument too many; map import reads one TABLE\n");
  }

  @Test
  void anOptionAfterTwoDashesIsSaidToBeAfterTheEndOfTheOptions() {
    Result check = map("check", "--", "-plan.json", "--as-of", "2026-11-22").run();
    Result diff = map("diff", "--", "a.json", "b.json", "--format", "json").run();

    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.stderr()).isEqualTo(
        "map: '--as-of' comes after --, which ends the options: put options before --\n"
        + "Try 'map check --help' for more information.\n");
    assertThat(diff.exitCode()).isEqualTo(2);
    assertThat(diff.stderr()).startsWith(
        "map: '--format' comes after --, which ends the options: put options before --\n");
  }

  @Test
  void aPlainArgumentTooManyAfterTwoDashesIsStillAnArgumentTooMany() {
    Result result = map("check", "--", "a.json", "b.json").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith(
        "map: 'b.json' is one argument too many; map check reads one PLAN\n");
  }

  /**
   * Before the command too: {@code map -- --help} was "Unknown option: '--help'", followed by
   * "Possible solutions: --help".
   */
  @Test
  void anOptionAfterTwoDashesBeforeTheCommandIsSaidToBeAfterTheEndOfTheOptions() {
    Result result = map("--", "--help").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo(
        "map: '--help' comes after --, which ends the options: put options before --\n"
        + "Try 'map --help' for more information.\n");
  }

  /**
   * And a command after {@code --}: {@code map -- check} was "Unknown command 'check'; the
   * commands are check, ...", followed by "Did you mean: map check".
   */
  @Test
  void aCommandAfterTwoDashesIsSaidToBeAfterTheEndOfTheOptions() {
    Result result = map("--", "check", example("acme-go-live.json")).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo(
        "map: 'check' comes after --, which ends the options: put the command before --\n"
        + "Try 'map --help' for more information.\n");
  }

  /** An argument too many is not taken for a mistyped option when a required option is missing. */
  @Test
  void aMissingOptionIsNamedThoughAnArgumentIsOneTooMany() {
    Result result = map("export", example("acme-go-live.json"), "extra").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: Missing required option: '--to=FORMAT'\n"
        + "Try 'map export --help' for more information.\n");
  }

  @Test
  void anUnknownOptionBeforeTwoDashesIsStillAnUnknownOption() {
    Result result = map("check", "--prety", "--", "plan.json").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("Unknown option '--prety' for map check")
        .doesNotContain("comes after --");
  }

  /** The help of the seed names only what every command that has it can set. */
  @ParameterizedTest
  @ValueSource(strings = {"forecast", "report", "portfolio"})
  void theSeedsHelpHoldsForEveryCommandThatHasIt(String command) {
    String help = oneLine(map(command, "--help").run().stdout());

    assertThat(help).contains("--seed=S The seed of the random draws, any whole number."
        + " Default: 0. The same plan, date and options always give the same forecast.");
    if (!help.contains("--distribution")) {
      assertThat(help.substring(help.indexOf("--seed=S"))).doesNotContain("distribution");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "schedule", "report"})
  void theNoColorHelpSaysWhenColourIsUsed(String command) {
    assertThat(oneLine(map(command, "--help").run().stdout())).contains("--no-color Never colour"
        + " the output. Colour is used only on a terminal, and never when NO_COLOR is set to"
        + " anything but the empty string or TERM is dumb.");
  }

  /** Help text with each run of spaces and line breaks as one space, as picocli wraps it. */
  private static String oneLine(String help) {
    return help.replaceAll("\\s+", " ");
  }

  @Test
  void helpNamingACommandShowsThatCommandsHelp() {
    Result result = map("help", "check").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Usage: map check").contains("--config=FILE");
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    Result result = map("format", example("acme-go-live.json"), "--prety").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("--prety").contains("Try 'map format --help'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"22-11-2026", "2026-02-30", "tomorrow", "+10000-01-01", "0000-12-31"})
  void anAsOfThatIsNotADateOfThePlanFormatIsBadUsage(String asOf) {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", asOf).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("--as-of").contains("'" + asOf + "'");
    assertThat(result.stdout()).isEmpty();
  }

  /** Zeros written before a year's four digits leave the year as it is, year 1 included. */
  @ParameterizedTest
  @CsvSource({"00001-01-01, 0001-01-01", "000002026-11-22, 2026-11-22"})
  void anAsOfWithZerosBeforeItsYearIsTheSameDate(String asOf, String date) {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", asOf).run();
    Result plain = map("schedule", example("acme-go-live.json"), "--as-of", date).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(plain.stdout()).contains(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10000-01-01", "+10000-01-01", "010000-01-01"})
  void anAsOfAfterTheYear9999IsOutOfRangeWithOrWithoutItsSign(String asOf) {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", asOf).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: Invalid value for option '--as-of': '" + asOf
        + "' is out of range; expected a date from 0001-01-01 to 9999-12-31\n");
  }

  @Test
  void aFormatACommandDoesNotHaveIsBadUsageThatListsTheFormatsItHas() {
    Result result = map("check", example("acme-go-live.json"), "--format", "mermaid").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .contains("'mermaid' is not a format of map check; expected text, json or markdown");
  }

  @Test
  void anUnknownProfileIsBadUsage() {
    Result result = map("check", example("acme-go-live.json"), "--profile", "heavy").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("'heavy' is not a profile; expected full, lightweight or auto");
  }

  @Test
  void usageErrorsNeverPrintAStackTrace() {
    Result result = map("schedule", "--as-of").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "schedule", "forecast", "derive-dates", "format", "import",
      "export", "ical", "report", "diff"})
  void everyCommandThatReadsAPlanCanReadItLeniently(String command) {
    assertThat(map(command, "--help").run().stdout()).contains("--lenient");
  }

  @ParameterizedTest
  @ValueSource(strings = {"derive-dates", "format", "import"})
  void everyCommandThatWritesAPlanCanIndentIt(String command) {
    assertThat(map(command, "--help").run().stdout()).contains("--pretty");
  }

  @Test
  void helpThatCannotBeWrittenIsExitTwoNotASilentSuccess() throws Exception {
    Path devFull = SpecialFiles.device("/dev/full");
    Result result;
    try (OutputStream full = new FileOutputStream(devFull.toFile())) {
      result = map("--help").stdout(full).run();
    }

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot write to standard output\n");
  }
}

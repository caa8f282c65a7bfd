package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import io.mutualplan.forecast.Percent;
import io.mutualplan.json.MapJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code map forecast}: the library's forecast, said in sentences a sales manager reads, as a
 * table, as markdown and as the forecast document; its usage errors.
 */
class ForecastCommandTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  private static MutualActionPlan acme() throws Exception {
    return MapJson.standard().plans().read(exampleText("acme-go-live.json"));
  }

  /** The library's forecast, on the calling thread alone. */
  private static Forecast forecast(MutualActionPlan plan, ForecastSettings settings) {
    return Forecaster.forecast(plan, AS_OF, settings);
  }

  private static String title(MutualActionPlan plan, MilestoneId id) {
    return plan.milestone(id).map(Milestone::title).orElseThrow();
  }

  /**
   * Acme's go-live on 2027-03-01 holds in 99.8% of the trials: its P80 outcome date, two weeks
   * before, is how early it could be, not a date to commit to instead of the buyer's.
   */
  @Test
  void textSaysHowLikelyTheOutcomeHoldsHowEarlyItCouldBeWhenTheWorkFinishesAndWhatDrivesIt()
      throws Exception {
    MutualActionPlan acme = acme();
    Forecast forecast = forecast(acme, ForecastSettings.defaults());
    OutcomeDates commit = forecast.outcomeAtConfidence().orElseThrow();
    FinishDates finish = forecast.finish().orElseThrow();
    assertThat(commit.p80()).isBefore(LocalDate.parse("2027-03-01"));

    Result result = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.subList(0, 5)).containsExactly(
        "Acme x Globex (acme-2027), forecast as of 2026-11-22",
        "Go-live on 2027-03-01 holds with "
            + Percent.of(forecast.probabilityOnTime().orElseThrow()) + " probability ("
            + String.format(Locale.ROOT, "%,d", forecast.onTimeTrials().orElseThrow())
            + " of 10,000 trials on time).",
        "With 80% confidence Go-live could be as early as " + commit.p80() + " ("
            + commit.p50() + " with 50%, " + commit.p90() + " with 90%).",
        "The remaining work finishes by " + finish.p50() + " in half the trials, by "
            + finish.p80() + " in 80% and by " + finish.p90() + " in 90%; the deadline is "
            + forecast.deadline().orElseThrow() + ".",
        "What drives the date: " + forecast.drivers().stream().map(id -> title(acme, id))
            .collect(Collectors.joining(", then ")) + ".");
    assertThat(forecast.drivers()).hasSize(2);
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("10,000 trials, seed 0, triangular durations.");
  }

  /**
   * A buyer's date before the P80 outcome date holds in fewer than 80% of the trials: the P80
   * date is the one to commit to. On the P80 date itself, the buyer's date holds.
   */
  @ParameterizedTest
  @CsvSource({"2027-02-10, true", "2027-02-12, true", "2027-02-15, false", "2027-02-16, false"})
  void theP80DateIsTheOneToCommitToOnlyWhenItIsAfterTheOutcomeDate(String outcome,
      boolean commit) throws Exception {
    String plan = exampleText("acme-go-live.json").replace("2027-03-01", outcome);
    OutcomeDates dates = forecast(MapJson.standard().plans().read(plan),
        ForecastSettings.defaults()).outcomeAtConfidence().orElseThrow();
    assertThat(dates.p80()).isEqualTo(LocalDate.parse("2027-02-15"));
    String others = " (" + dates.p50() + " with 50%, " + dates.p90() + " with 90%).";

    Result result = map("forecast", "-", "--as-of", "2026-11-22").stdin(plan).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout().lines().toList().get(2)).isEqualTo(commit
        ? "Commit to " + dates.p80() + " for Go-live with 80% confidence" + others
        : "With 80% confidence Go-live could be as early as " + dates.p80() + others);
  }

  @Test
  void textHasOneLinePerMilestoneWithItsCriticalitySensitivityAndFinishes() throws Exception {
    MutualActionPlan acme = acme();
    Forecast forecast = forecast(acme, ForecastSettings.defaults());

    Result result = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    List<String> lines = result.stdout().lines().toList();
    String header = lines.get(6);
    assertThat(header).startsWith("ID").contains("MILESTONE", "CRITICAL", "SENSITIVITY",
        "FINISH P50", "FINISH P80");
    List<String> rows = lines.subList(7, 7 + acme.milestones().size());
    for (int i = 0; i < rows.size(); i++) {
      MilestoneForecast line = forecast.milestones().get(i);
      String row = rows.get(i);
      assertThat(row).startsWith(line.id().value() + " ")
          .contains(Percent.of(line.criticality()))
          .endsWith(line.finishP50() + "  " + line.finishP80());
      assertThat(row.substring(header.indexOf("SENSITIVITY"), header.indexOf("FINISH P50"))
          .strip()).isEqualTo(line.sensitivity().isEmpty() ? "-"
              : String.format(Locale.ROOT, "%.2f", line.sensitivity().getAsDouble()));
    }
    assertThat(lines.get(7 + acme.milestones().size())).isEmpty();
  }

  @Test
  void onATerminalTheDriversRowsAndTheKeyFiguresAreBold() throws Exception {
    Result result = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22")
        .onTerminal().run();

    assertThat(result.stdout()).contains("\u001b[1mlegal\u001b[0m",
        "\u001b[1mMSA redlines agreed\u001b[0m", "\u001b[1m2027-02-15\u001b[0m");
    assertThat(result.stdout()).doesNotContain("\u001b[1mbusiness-case");
  }

  @Test
  void jsonIsTheForecastDocumentOfTheLibrarysForecastWhateverTheThreads() throws Exception {
    MutualActionPlan acme = acme();

    Result result = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    Forecast oneThread = forecast(acme, ForecastSettings.defaults());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(MapJson.standard().forecasts().write(oneThread) + "\n");
    assertThat(MapJson.standard().forecasts().read(result.stdout())).isEqualTo(oneThread);
  }

  @Test
  void trialsSeedAndDistributionAreTheLibrarysSettings() throws Exception {
    Result result = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--trials", "2500", "--seed", "-42", "--distribution", "pert", "--format", "json").run();

    Forecast expected = forecast(acme(), ForecastSettings.builder().trials(2_500).seed(-42)
        .distribution(Distribution.PERT).build());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(MapJson.standard().forecasts().read(result.stdout())).isEqualTo(expected);
  }

  @Test
  void aDifferentSeedCanGiveADifferentForecast() {
    String first = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--trials", "300", "--format", "json").run().stdout();
    String again = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--trials", "300", "--format", "json").run().stdout();
    String other = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--trials", "300", "--seed", "1", "--format", "json").run().stdout();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void markdownListsTheSentencesAndTablesTheMilestonesWithTheDriversInBold() throws Exception {
    MutualActionPlan acme = acme();
    Forecast forecast = forecast(acme, ForecastSettings.defaults());

    Result result = map("forecast", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "markdown").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo("## Acme x Globex: forecast");
    assertThat(lines.get(2)).isEqualTo("- Go-live on 2027-03-01 holds with **"
        + Percent.of(forecast.probabilityOnTime().orElseThrow()) + " probability** ("
        + String.format(Locale.ROOT, "%,d", forecast.onTimeTrials().orElseThrow())
        + " of 10,000 trials on time).");
    assertThat(lines.get(3)).startsWith("- With 80% confidence Go-live could be as early as **"
        + forecast.outcomeAtConfidence().orElseThrow().p80() + "** (");
    assertThat(result.stdout()).contains("\n\n| Milestone | Critical | Sensitivity | Finish P50 |"
        + " Finish P80 |\n|---|---|---|---|---|\n");
    for (MilestoneForecast line : forecast.milestones()) {
      String title = title(acme, line.id());
      boolean driver = forecast.drivers().contains(line.id());
      assertThat(lines).contains("| " + (driver ? "**" + title + "**" : title) + " | "
          + Percent.of(line.criticality()) + " | "
          + (line.sensitivity().isEmpty() ? "-"
              : String.format(Locale.ROOT, "%.2f", line.sensitivity().getAsDouble()))
          + " | " + line.finishP50() + " | " + line.finishP80() + " |");
    }
    assertThat(lines.get(lines.size() - 1)).isEqualTo("As of 2026-11-22 · 10,000 trials, seed 0,"
        + " triangular durations. Drivers in **bold**.");
  }

  @Test
  void aPlanWithoutEstimatesSaysInWordsThatItsForecastIsItsSchedule() {
    String plan = TestPlans.chainWithoutDueDates();
    Forecast forecast =
        forecast(MapJson.standard().plans().read(plan), ForecastSettings.defaults());
    Schedule schedule = Scheduler.schedule(MapJson.standard().plans().read(plan), AS_OF);

    Result result = map("forecast", "-", "--as-of", "2026-11-22").stdin(plan).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(forecast.deterministic()).isTrue();
    assertThat(result.stdout().lines().toList().subList(1, 5)).containsExactly(
        "Go-live on 2027-01-31 holds: the schedule finishes by the deadline.",
        "Go-live could be as early as " + forecast.outcomeAtConfidence().orElseThrow().p80()
            + ".",
        "The remaining work finishes by " + schedule.projectedFinish().orElseThrow()
            + "; the deadline is " + schedule.deadline().orElseThrow() + ".",
        "No open milestone has an estimate with a range (optimistic below pessimistic), so the"
            + " forecast is deterministic: every trial is the same schedule. Estimate the steps"
            + " nobody controls (legal, security review, procurement) to see the risk.");
    for (MilestoneSchedule line : schedule.milestones()) {
      assertThat(result.stdout().lines().filter(row -> row.startsWith(line.id().value() + " "))
          .findFirst().orElseThrow())
          .contains(line.critical() ? "100%" : "0%", line.earlyFinish().toString());
    }
  }

  /** A step with a range that always has float left never moves the finish: nothing drives it. */
  @Test
  void aRangeThatNeverMovesTheFinishDrivesNothing() {
    String plan = TestPlans.plan("\"date\":\"2027-01-31\"",
        "{\"id\":\"quick\",\"title\":\"Quick step\",\"buyerOwner\":\"bea\","
            + "\"estimate\":{\"optimistic\":1,\"likely\":2,\"pessimistic\":3}},"
            + "{\"id\":\"long\",\"title\":\"Long step\",\"sellerOwner\":\"sam\","
            + "\"durationDays\":30}");

    Result text = map("forecast", "-", "--as-of", "2026-11-22").stdin(plan).run();
    Result markdown = map("forecast", "-", "--as-of", "2026-11-22", "--format", "markdown")
        .stdin(plan).run();

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.stdout().lines().toList().get(4))
        .isEqualTo("No step's uncertainty moves the finish.");
    assertThat(markdown.stdout()).contains("\n- No step's uncertainty moves the finish.\n")
        .endsWith("\n\nAs of 2026-11-22 · 10,000 trials, seed 0, triangular durations.\n");
  }

  @Test
  void anOutcomeTheScheduleCannotMeetDoesNotHoldAndGetsTheDateToCommitTo() {
    String late = TestPlans.chainWithoutDueDates().replace("2027-01-31", "2026-11-25");
    Forecast forecast = forecast(MapJson.standard().plans().read(late),
        ForecastSettings.defaults());

    Result result = map("forecast", "-", "--as-of", "2026-11-22").stdin(late).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout().lines().toList().subList(1, 3)).containsExactly(
        "Go-live on 2026-11-25 does not hold: the schedule finishes after the deadline.",
        "Commit to " + forecast.outcomeAtConfidence().orElseThrow().p80() + " for Go-live.");
  }

  /**
   * Past 20,000 trials a few late ones round the document's probability to 1; the sentence, which
   * says the counts beside it, must not say 100%.
   */
  @Test
  void aFewLateTrialsInManyAreNotAHundredPercent() {
    String plan = "{\"format\":\"mutual-action-plan/1\",\"id\":\"hi\",\"title\":\"Hi\","
        + "\"buyer\":{\"name\":\"B\"},\"seller\":{\"name\":\"S\"},"
        + "\"outcome\":{\"date\":\"2027-03-01\",\"label\":\"Live\",\"leadTimeDays\":0},"
        + "\"stakeholders\":[],\"milestones\":[{\"id\":\"x\",\"title\":\"X\","
        + "\"estimate\":{\"optimistic\":0,\"likely\":0,\"pessimistic\":100}}]}";

    Result json = map("forecast", "-", "--as-of", "2026-11-22", "--trials", "40000", "--seed", "2",
        "--format", "json").stdin(plan).run();
    Result text = map("forecast", "-", "--as-of", "2026-11-22", "--trials", "40000", "--seed", "2")
        .stdin(plan).run();

    assertThat(json.stdout()).as(json.toString())
        .contains("\"onTimeTrials\":39998,\"probabilityOnTime\":1,");
    assertThat(text.stdout().lines().toList().get(1)).isEqualTo(
        "Live on 2027-03-01 holds with >99.9% probability (39,998 of 40,000 trials on time).");
  }

  @Test
  void aPlanWithoutAnOutcomeHasNoDeadlineToBeOnTimeFor() {
    String plan = TestPlans.plan("",
        "{\"id\":\"legal\",\"title\":\"MSA agreed\",\"buyerOwner\":\"bea\","
            + "\"estimate\":{\"optimistic\":5,\"likely\":10,\"pessimistic\":30}}");

    Result text = map("forecast", "-", "--as-of", "2026-11-22").stdin(plan).run();
    Result json = map("forecast", "-", "--as-of", "2026-11-22", "--format", "json")
        .stdin(plan).run();

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.stdout().lines().toList().subList(1, 4)).containsExactly(
        "The plan has no outcome date, so there is no deadline to be on time for.",
        text.stdout().lines().toList().get(2),
        "What drives the date: MSA agreed.");
    assertThat(text.stdout().lines().toList().get(2))
        .matches("The remaining work finishes by \\d{4}-\\d\\d-\\d\\d in half the trials, by "
            + "\\d{4}-\\d\\d-\\d\\d in 80% and by \\d{4}-\\d\\d-\\d\\d in 90%\\.");
    assertThat(json.stdout()).contains("\"deadline\":null,",
        "\"onTimeTrials\":null,\"probabilityOnTime\":null,\"outcomeAtConfidence\":null,");
  }

  @Test
  void aPlanWithoutMilestonesHasNothingToForecastAndACompletePlanNothingLeftToDo() {
    String empty = TestPlans.plan("\"date\":\"2027-01-31\"", "");
    String done = TestPlans.plan("\"date\":\"2027-01-31\",\"label\":\"Go-live\"",
        "{\"id\":\"legal\",\"title\":\"MSA agreed\",\"buyerOwner\":\"bea\",\"durationDays\":3,"
            + "\"status\":\"complete\",\"completed\":\"2026-11-20\"}");

    Result nothing = map("forecast", "-", "--as-of", "2026-11-22").stdin(empty).run();
    Result complete = map("forecast", "-", "--as-of", "2026-11-22").stdin(done).run();

    assertThat(nothing.exitCode()).as(nothing.toString()).isZero();
    assertThat(nothing.stdout()).isEqualTo("Small deal (small), forecast as of 2026-11-22\n"
        + "The plan has no milestones yet, so there is nothing to forecast.\n\n"
        + "10,000 trials, seed 0, triangular durations.\n");
    assertThat(complete.stdout().lines().toList().subList(1, 3)).containsExactly(
        "Every milestone is complete, the last on 2026-11-20.",
        "Go-live on 2027-01-31 holds: nothing is left to do.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--trials|0|Invalid value for option '--trials': trials must be between 1 and 1,000,000;"
        + " got 0",
    "--trials|1000001|Invalid value for option '--trials': trials must be between 1 and"
        + " 1,000,000; got 1000001",
    "--trials|99999999999|Invalid value for option '--trials': trials must be between 1 and"
        + " 1,000,000; got 99999999999",
    "--trials|10k|Invalid value for option '--trials': '10k' is not a whole number of trials,"
        + " such as 10000",
    "--distribution|normal|Invalid value for option '--distribution': 'normal' is not a"
        + " distribution; expected triangular or pert",
    "--seed|0x2A|Invalid value for option '--seed': '0x2A' is not a seed; a seed is a whole"
        + " number from -9223372036854775808 to 9223372036854775807, such as 42",
    "--format|mermaid|Invalid value for option '--format': 'mermaid' is not a format of map"
        + " forecast; expected text, json or markdown"
  })
  void aBadOptionIsBadUsageThatSaysWhatIsAllowed(String option, String value, String message) {
    Result result = map("forecast", example("acme-go-live.json"), option, value).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: " + message + "\n"
        + "Try 'map forecast --help' for more information.\n");
  }

  @Test
  void aCycleIsReportedAsTheScheduleReportsIt() {
    Result forecast = map("forecast", "-").stdin(TestPlans.cycle()).run();
    Result schedule = map("schedule", "-").stdin(TestPlans.cycle()).run();

    assertThat(forecast.exitCode()).isEqualTo(2);
    assertThat(forecast.stdout()).isEmpty();
    assertThat(forecast.stderr()).isEqualTo(schedule.stderr()).contains("legal -> procurement");
  }
}

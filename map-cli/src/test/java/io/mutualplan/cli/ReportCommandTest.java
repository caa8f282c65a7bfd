package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.cli.rulesjar.RulesJar;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.html.Audience;
import io.mutualplan.html.PageOptions;
import io.mutualplan.html.PlanPage;
import io.mutualplan.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code map report}: the plan's page, for the seller or the buyer. */
class ReportCommandTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  @TempDir Path directory;

  private static Result report(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "report";
    args[1] = example("acme-go-live.json");
    System.arraycopy(options, 0, args, 2, options.length);
    return map(args).run();
  }

  @Test
  void theSellersPageIsTheLibrarysPageOfThePlanAsOfTheDateInUtf8() {
    Result result = report("--as-of", "2026-11-22");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdoutBytes()).isEqualTo(PlanPage.render(Fixtures.plan("acme-go-live"),
        AS_OF).getBytes(StandardCharsets.UTF_8));
    assertThat(result.stdout()).startsWith("<!DOCTYPE html>").contains("Plan quality");
  }

  @Test
  void theBuyersPageLeavesOutTheGradingAndIsTheLibrarysBuyerPage() {
    Result result = report("--as-of", "2026-11-22", "--audience", "buyer");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(PlanPage.render(Fixtures.plan("acme-go-live"), AS_OF,
        PageOptions.builder().audience(Audience.BUYER).build()));
    assertThat(result.stdout()).doesNotContain("Plan quality", "Findings").contains("People");
  }

  @Test
  void withForecastThePageIsTheLibrarysPageWithTheForecastOfTheTrialsAndSeedGiven() {
    Result result = report("--as-of", "2026-11-22", "--forecast", "--trials", "1500",
        "--seed", "9");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(PlanPage.render(Fixtures.plan("acme-go-live"), AS_OF,
        PageOptions.builder()
            .forecast(ForecastSettings.builder().trials(1_500).seed(9).build())
            .build()));
    assertThat(result.stdout()).contains("<section class=\"forecast\"",
        "1,500 trials, seed 9, triangular durations");
  }

  @Test
  void theForecastDefaultsToTenThousandTrialsAndSeedZeroForEitherAudience() {
    Result result = report("--as-of", "2026-11-22", "--forecast", "--audience", "buyer");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(PlanPage.render(Fixtures.plan("acme-go-live"), AS_OF,
        PageOptions.builder().audience(Audience.BUYER)
            .forecast(ForecastSettings.defaults()).build()));
    assertThat(result.stdout()).contains("10,000 trials, seed 0, triangular durations");
  }

  @Test
  void trialsOrASeedWithoutForecastIsBadUsage() {
    Result result = report("--as-of", "2026-11-22", "--seed", "3");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: --trials and --seed set how the forecast runs:"
        + " add --forecast to show one\nTry 'map report --help' for more information.\n");
  }

  @Test
  void trialsOutOfRangeAreBadUsageAsForMapForecast() {
    Result result = report("--forecast", "--trials", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: Invalid value for option '--trials': trials"
        + " must be between 1 and 1,000,000; got 0\n");
  }

  @Test
  void theSellerIsTheDefaultAudience() {
    assertThat(report("--as-of", "2026-11-22", "--audience", "seller").stdout())
        .isEqualTo(report("--as-of", "2026-11-22").stdout());
  }

  @Test
  void withoutAsOfThePageIsAsOfTodayOnTheClock() {
    Result today = report();

    assertThat(today.exitCode()).as(today.toString()).isZero();
    assertThat(today.stdout()).isEqualTo(report("--as-of", "2026-11-22").stdout());
    assertThat(report("--as-of", "2026-12-01").stdout()).isNotEqualTo(today.stdout());
  }

  @Test
  void theSameInputsGiveTheSameBytesOnStandardOutputAndInAFile() throws Exception {
    Path out = directory.resolve("acme.html");

    Result first = report("--as-of", "2026-11-22");
    Result second = report("--as-of", "2026-11-22");
    Result toFile = report("--as-of", "2026-11-22", "-o", out.toString());

    assertThat(second.stdoutBytes()).isEqualTo(first.stdoutBytes());
    assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
    assertThat(toFile.stdout()).isEmpty();
    assertThat(Files.readAllBytes(out)).isEqualTo(first.stdoutBytes());
  }

  @Test
  void aPlanWithErrorFindingsStillGetsItsPageAndExitsZero() {
    Result result = map("report", example("close-plan-in-disguise.json"), "--as-of",
        "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Not mutual", "co-authored");
  }

  @Test
  void aPlanWhoseDependenciesGoRoundInACircleGetsItsPageWithANoteInsteadOfTheChart() {
    Result result = map("report", "-", "--as-of", "2026-11-22").stdin(TestPlans.cycle()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("legal", "procurement").doesNotContain("<svg");
  }

  @Test
  void customRulesFromAJarGradeTheSellersPageButNotTheBuyers() throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));
    String finding = "Checked by a rule from a jar: 7 milestones.";

    Result seller = report("--as-of", "2026-11-22", "--rules", jar.toString());
    Result fromVariable = map("report", example("acme-go-live.json"), "--as-of", "2026-11-22")
        .environment("MAP_RULES", jar.toString()).run();
    Result buyer = report("--as-of", "2026-11-22", "--rules", jar.toString(), "--audience",
        "buyer");

    assertThat(seller.exitCode()).as(seller.toString()).isZero();
    assertThat(seller.stdout()).contains(finding);
    assertThat(fromVariable.stdout()).isEqualTo(seller.stdout());
    assertThat(report("--as-of", "2026-11-22").stdout()).doesNotContain(finding);
    assertThat(buyer.exitCode()).as(buyer.toString()).isZero();
    assertThat(buyer.stdout()).doesNotContain(finding);
  }

  @Test
  void aRulesJarThatCannotBeReadIsBadInputAndWritesNoPage() throws Exception {
    Path missing = directory.resolve("nope.jar");
    Path out = Files.writeString(directory.resolve("acme.html"), "the page of yesterday");

    Result result = report("--rules", missing.toString(), "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .isEqualTo("map: cannot read " + missing + " (--rules): no such file\n");
    assertThat(Files.readString(out)).isEqualTo("the page of yesterday");
  }

  @Test
  void anInvalidPlanIsBadInputThatSaysWhereAndLeavesTheOutputFileAsItWas() throws Exception {
    Path out = Files.writeString(directory.resolve("acme.html"), "the page of yesterday");
    String plan = TestPlans.plan("", "{\"id\":\"a\",\"title\":\"A\",\"buyerOwner\":\"nobody\"}");

    Result result = map("report", "-", "-o", out.toString()).stdin(plan).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: <stdin>: /milestones/0/buyerOwner (line 1, ");
    assertThat(result.stdout()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("the page of yesterday");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Buyer", "customer", ""})
  void anAudienceThatIsNotSellerOrBuyerIsBadUsageThatNamesBoth(String audience) {
    Result result = report("--audience", audience);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).contains("'" + audience + "' is not an audience; expected one "
        + "of: seller, buyer").contains("Try 'map report --help'");
  }

  @Test
  void theHelpNamesEveryOptionAndTheAudiences() {
    Result result = map("report", "--help").run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("Usage: map report", "PLAN", "--as-of=DATE",
        "--audience=AUDIENCE", "seller", "buyer", "--rules=JAR", "MAP_RULES", "--lenient",
        "-o, --output=OUT");
  }
}

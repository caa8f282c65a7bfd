package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CompiledPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.OutcomeDates;
import io.mutualplan.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The Java of {@code docs/forecast.md}, compiled and run on the Acme plan, with the values its
 * comments show; the page must show the code between the markers word for word (the page reads
 * the plan from a file, the test from the testkit's fixtures).
 */
class ForecastPageTest {
  @Test
  void theForecastAndTheWhatIfScheduleGiveWhatThePageSays() throws Exception {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    LocalDate asOf = LocalDate.parse("2026-11-22");

    // FORECAST-BEGIN
    Forecast forecast = Forecaster.forecast(plan, LocalDate.parse("2026-11-22"));

    forecast.probabilityOnTime();                           // OptionalDouble[0.9984]
    forecast.finish().map(FinishDates::p80);                // Optional[2027-01-24]
    forecast.outcomeAtConfidence().map(OutcomeDates::p80);  // Optional[2027-02-15]
    forecast.outcomeAtConfidence().orElseThrow()
        .holdsAt80(plan.outcome().orElseThrow().date());    // true: 2027-02-15 is not after 2027-03-01
    forecast.drivers();                                     // [legal, security-review]
    forecast.milestone(MilestoneId.of("legal")).orElseThrow().criticality();   // 1.0

    Forecast thorough = Forecaster.forecast(plan, asOf, ForecastSettings.builder()
        .trials(100_000)
        .seed(42)
        .distribution(Distribution.PERT)
        .threads(4)                 // the same forecast as on one thread, sooner
        .build());
    // FORECAST-END
    assertThat(forecast.probabilityOnTime()).isEqualTo(OptionalDouble.of(0.9984));
    assertThat(forecast.finish().map(FinishDates::p80)).contains(LocalDate.parse("2027-01-24"));
    assertThat(forecast.outcomeAtConfidence().map(OutcomeDates::p80))
        .contains(LocalDate.parse("2027-02-15"));
    assertThat(forecast.outcomeAtConfidence().orElseThrow()
        .holdsAt80(plan.outcome().orElseThrow().date())).isTrue();
    assertThat(forecast.drivers())
        .containsExactly(MilestoneId.of("legal"), MilestoneId.of("security-review"));
    assertThat(forecast.milestone(MilestoneId.of("legal")).orElseThrow().criticality())
        .isEqualTo(1.0);
    assertThat(thorough.trials()).isEqualTo(100_000);

    // WHAT-IF-BEGIN
    CompiledPlan compiled = CompiledPlan.of(plan, asOf);
    int[] durations = compiled.durations();
    durations[compiled.indexOf(MilestoneId.of("legal")).orElseThrow()] = 30;
    Schedule whatIf = compiled.schedule(durations);     // what if legal takes 30 working days?
    whatIf.feasible();
    whatIf.projectedFinish();
    // WHAT-IF-END
    // Legal is on the critical path: two more days move the finish two days, from 2027-01-15.
    assertThat(whatIf.feasible()).isTrue();
    assertThat(whatIf.projectedFinish()).contains(LocalDate.parse("2027-01-17"));

    String page = Files.readString(Path.of("..", "docs", "forecast.md"));
    assertThat(page).contains(MarkedCode.between("ForecastPageTest.java", "FORECAST") + "\n```")
        .contains("```java\n" + MarkedCode.between("ForecastPageTest.java", "WHAT-IF") + "\n```");
  }
}

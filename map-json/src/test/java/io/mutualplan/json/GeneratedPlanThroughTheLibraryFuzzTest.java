package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.FuzzedPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fuzzes the rules, the forecast and the plan's JSON with valid plans built from the fuzzer's data
 * ({@link FuzzedPlan}), so that every input reaches them, where {@link
 * PlanThroughTheLibraryFuzzTest}'s bytes seldom read as a plan.
 *
 * <p>Invariant, for every plan and as-of date the data gives: the rule engine, with the profile the
 * data picks, never reports a {@code rule-failed} finding; the forecast, with 20 to 50 trials, a
 * seed and a distribution the data picks, either throws {@link CyclicDependencyException} exactly
 * when the plan has a cycle, or {@link DateOutOfRangeException}, or gives quantiles in order,
 * probabilities between 0 and 1 and, when nothing is uncertain, the finish date of the schedule
 * with the durations the forecast takes (an estimate without spread over {@code durationDays}); the
 * plan, its schedule, its report and its forecast write to JSON, compact and pretty, and read back
 * equal. Under {@code ./mvnw verify} this replays the committed seed corpus in {@code
 * src/test/resources/io/mutualplan/json/GeneratedPlanThroughTheLibraryFuzzTestInputs}; see
 * docs/fuzzing.md to fuzz for longer.
 */
class GeneratedPlanThroughTheLibraryFuzzTest {
  private static final List<RuleEngine> ENGINES = List.of(
      RuleEngine.builder().build(),
      RuleEngine.builder().profile(Profile.LIGHTWEIGHT).build(),
      RuleEngine.builder().profile(Profile.AUTO).build());

  @FuzzTest
  void aGeneratedPlanIsCheckedForecastAndReadBackWithoutSurprises(FuzzedDataProvider data) {
    Optional<FuzzedPlan> fuzzed = FuzzedPlan.from(data);
    if (fuzzed.isEmpty()) {
      return; // the rare plan the data made invalid: nothing to check
    }
    MutualActionPlan plan = fuzzed.get().plan();
    LocalDate asOf = fuzzed.get().asOf();
    RuleEngine engine = ENGINES.get(data.consumeInt(0, ENGINES.size() - 1));
    ForecastSettings settings = ForecastSettings.builder()
        .trials(data.consumeInt(20, 50))
        .seed(data.consumeLong())
        .distribution(data.consumeBoolean() ? Distribution.PERT : Distribution.TRIANGULAR)
        .build();

    QualityReport report = engine.evaluate(plan, asOf);
    assertThat(report.findingsOf("rule-failed")).as("rules that failed").isEmpty();
    readsBackEqual(MapJson::reports, report);
    readsBackEqual(MapJson::plans, plan);

    scheduled(plan, asOf).ifPresent(schedule -> readsBackEqual(MapJson::schedules, schedule));
    Forecast forecast;
    try {
      forecast = Forecaster.forecast(plan, asOf, settings);
    } catch (CyclicDependencyException e) {
      assertThat(Scheduler.findCycle(plan)).as("the cycle of the plan").isPresent();
      return;
    } catch (DateOutOfRangeException e) {
      return; // documented: a date of the forecast past 9999-12-31 or before 0001-01-01
    }
    assertThat(Scheduler.findCycle(plan)).as("a cycle in a plan that was forecast").isEmpty();
    readsBackEqual(MapJson::forecasts, forecast);
    assertOrdered(plan, settings, forecast);
    if (forecast.deterministic()) {
      scheduled(withEstimatesAsDurations(plan), asOf)
          .ifPresent(schedule -> assertAsScheduled(forecast, schedule));
    }
  }

  /** Quantiles in order, counts and fractions in range, a line per milestone in plan order. */
  private static void assertOrdered(MutualActionPlan plan, ForecastSettings settings,
      Forecast forecast) {
    assertThat(forecast.trials()).isEqualTo(settings.trials());
    FinishDates finish = forecast.finish().orElseThrow();
    assertThat(List.of(finish.p10(), finish.p50(), finish.p80(), finish.p90()))
        .as("the finish quantiles").isSorted();
    assertThat(forecast.onTimeTrials().isPresent()).as("on-time trials with an outcome")
        .isEqualTo(plan.outcome().isPresent());
    forecast.onTimeTrials().ifPresent(onTime -> assertThat(onTime).isBetween(0, settings.trials()));
    forecast.probabilityOnTime().ifPresent(p -> assertThat(p).isBetween(0.0, 1.0));
    forecast.outcomeAtConfidence().ifPresent(outcome -> assertOrdered(outcome));
    assertThat(forecast.milestones()).extracting(MilestoneForecast::id)
        .containsExactlyElementsOf(plan.milestones().stream().map(Milestone::id).toList());
    for (MilestoneForecast milestone : forecast.milestones()) {
      assertThat(milestone.criticality()).as("criticality of %s", milestone.id())
          .isBetween(0.0, 1.0);
      assertThat(milestone.finishP50()).as("finish dates of %s", milestone.id())
          .isBeforeOrEqualTo(milestone.finishP80());
    }
  }

  private static void assertOrdered(OutcomeDates outcome) {
    assertThat(List.of(outcome.p50(), outcome.p80(), outcome.p90()))
        .as("the outcome dates at rising confidence").isSorted();
  }

  /** A forecast with nothing uncertain is the schedule, as if every trial ran. */
  private static void assertAsScheduled(Forecast forecast, Schedule schedule) {
    FinishDates finish = forecast.finish().orElseThrow();
    assertThat(List.of(finish.p10(), finish.p50(), finish.p80(), finish.p90()))
        .as("the finish of a deterministic forecast")
        .containsOnly(schedule.projectedFinish().orElseThrow());
    forecast.onTimeTrials().ifPresent(onTime -> assertThat(onTime)
        .as("on-time trials of a deterministic forecast, feasible: %s", schedule.feasible())
        .isEqualTo(schedule.feasible() ? forecast.trials() : 0));
  }

  /** The plan's schedule, or none for the two ways a valid plan may fail to schedule. */
  private static Optional<Schedule> scheduled(MutualActionPlan plan, LocalDate asOf) {
    try {
      return Optional.of(Scheduler.schedule(plan, asOf));
    } catch (CyclicDependencyException | DateOutOfRangeException expected) {
      return Optional.empty(); // documented for valid plans; the forecast must agree on a cycle
    }
  }

  /**
   * The plan with the durations a deterministic forecast uses: an open milestone's estimate
   * without spread is its duration even when {@code durationDays} says otherwise (the estimate is
   * the uncertainty; docs/decisions.md, "An estimate without spread").
   */
  private static MutualActionPlan withEstimatesAsDurations(MutualActionPlan plan) {
    return plan.withMilestones(plan.milestones().stream()
        .map(m -> m.isComplete() || m.estimate().isEmpty() ? m
            : m.withDurationDays(m.estimate().get().optimistic()))
        .toList());
  }

  /** A value written, compact and pretty, reads back equal. */
  private static <T> void readsBackEqual(
      Function<MapJson, JsonDocuments<T>> documents, T value) {
    for (MapJson json : new MapJson[] {MapJson.standard(), MapJson.standard().pretty()}) {
      JsonDocuments<T> handle = documents.apply(json);
      assertThat(handle.read(handle.writeBytes(value))).as("written %s and read back", json)
          .isEqualTo(value);
    }
  }
}

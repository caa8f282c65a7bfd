package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Fuzzes the library behind the reader: a plan read (leniently) from the input, on an as-of date
 * taken from the input's last two bytes, is scheduled, checked by every rule, forecast and built
 * backwards, and each either gives a result or throws only what its Javadoc declares for a valid
 * plan ({@link CyclicDependencyException}, {@link DateOutOfRangeException}, and for {@code
 * deriveDueDates} an {@link InvalidPlanException} at {@code /outcome} when there is none). A rule
 * that fails ({@code rule-failed} in the report) is a finding too: rules must not fail on valid
 * plans. Under {@code ./mvnw verify} this replays the committed seed corpus in {@code
 * src/test/resources/io/mutualplan/json/PlanThroughTheLibraryFuzzTestInputs}: example plans with
 * two bytes appended that pick the as-of date. See docs/fuzzing.md to fuzz for longer.
 */
class PlanThroughTheLibraryFuzzTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().build();
  private static final ForecastSettings FEW_TRIALS = ForecastSettings.builder().trials(20).build();
  private static final LocalDate NO_OUTCOME_REFERENCE = LocalDate.of(2026, 11, 22);

  @FuzzTest
  void aReadablePlanIsScheduledCheckedForecastAndBuiltBackwardsWithoutSurprises(byte[] input) {
    if (input.length < 2) {
      return;
    }
    MutualActionPlan plan;
    try {
      plan = MapJson.standard().lenient().plans().read(Arrays.copyOf(input, input.length - 2));
    } catch (DocumentReadException e) {
      return;
    }
    LocalDate asOf = asOf((input[input.length - 2] & 0xff) << 8 | (input[input.length - 1] & 0xff),
        plan);

    QualityReport report = ENGINE.evaluate(plan, asOf);
    assertThat(report.findingsOf("rule-failed")).as("rules that failed").isEmpty();
    whenSchedulable(() -> Scheduler.schedule(plan, asOf));
    whenSchedulable(() -> Forecaster.forecast(plan, asOf, FEW_TRIALS));
    whenSchedulable(() -> {
      try {
        MutualActionPlan derived = Scheduler.deriveDueDates(plan, asOf, true);
        assertThat(derived.milestones()).hasSameSizeAs(plan.milestones());
      } catch (InvalidPlanException e) {
        assertThat(plan.outcome()).as("the outcome of a plan derive refused").isEmpty();
      }
    });
  }

  /**
   * The as-of date a 16-bit selector picks: its top two bits choose near the first date of the
   * format, near its last, or (twice as often) within about 22 years of the plan's outcome; the
   * other 14 bits are the distance in days.
   */
  private static LocalDate asOf(int selector, MutualActionPlan plan) {
    int days = selector & 0x3fff;
    LocalDate reference = plan.outcome().map(Outcome::date).orElse(NO_OUTCOME_REFERENCE);
    return switch (selector >>> 14) {
      case 0 -> PlanLimits.MIN_DATE.plusDays(days);
      case 1 -> PlanLimits.MAX_DATE.minusDays(days);
      default -> clamp(reference.plusDays(days - 0x2000L));
    };
  }

  private static LocalDate clamp(LocalDate date) {
    return date.isBefore(PlanLimits.MIN_DATE) ? PlanLimits.MIN_DATE
        : date.isAfter(PlanLimits.MAX_DATE) ? PlanLimits.MAX_DATE : date;
  }

  /** Runs a step that may only fail the ways a valid plan is documented to fail. */
  private static void whenSchedulable(Runnable step) {
    try {
      step.run();
    } catch (CyclicDependencyException | DateOutOfRangeException expected) {
      // Documented for valid plans: a cycle, or dates pushed past 9999-12-31 or before 0001-01-01.
    }
  }
}

package io.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A forecast built by hand, as a reader of forecast documents builds one, holds what a computed
 * forecast holds: dates that do not go backwards as the confidence rises, fractions from 0 to 1,
 * correlations from -1 to 1 and a number of trials the settings allow.
 */
class ForecastValueTest {
  private static final LocalDate DAY = LocalDate.parse("2027-01-12");
  private static final LocalDate DAY_BEFORE = DAY.minusDays(1);

  @Test
  void finishAndOutcomeDatesNeverGoBackwardsAsTheConfidenceRises() {
    assertThatThrownBy(() -> FinishDates.of(DAY, DAY_BEFORE, DAY, DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("finish: a date at a higher confidence level, 2027-01-11, is before one at a"
            + " lower level, 2027-01-12");
    assertThatThrownBy(() -> FinishDates.of(DAY, DAY, DAY, DAY_BEFORE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutcomeDates.of(DAY, DAY, DAY_BEFORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("outcomeAtConfidence: ");
    assertThat(FinishDates.of(DAY, DAY, DAY, DAY).p90()).isEqualTo(DAY);
    assertThat(OutcomeDates.of(DAY_BEFORE, DAY, DAY).p90()).isEqualTo(DAY);
  }

  @Test
  void aMilestonesLineHasAFractionOrderedDatesAndACorrelation() {
    assertThatThrownBy(() -> line(1.5, DAY, DAY, OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criticality of milestone 'a' is a fraction of trials, from 0 to 1; got 1.5");
    assertThatThrownBy(() -> line(0.5, DAY, DAY_BEFORE, OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("milestone 'a': ");
    assertThat(line(1.0, DAY, DAY, OptionalDouble.of(1.0)).sensitivity()).hasValue(1.0);
    assertThat(line(0.0, DAY, DAY, OptionalDouble.of(-1.0)).sensitivity()).hasValue(-1.0);
  }

  @Test
  void aForecastHasTrialsTheSettingsAllowAndAProbabilityThatIsAFraction() {
    assertThatThrownBy(() -> forecast().trials(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must be between 1 and 1,000,000; got 0");
    assertThatThrownBy(() -> forecast().onTimeTrials(100).probabilityOnTime(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probabilityOnTime is a fraction of trials, from 0 to 1; got 1.5");
    assertThat(forecast().onTimeTrials(100).probabilityOnTime(1.0).build().probabilityOnTime())
        .hasValue(1.0);
  }

  private static MilestoneForecast line(
      double criticality, LocalDate p50, LocalDate p80, OptionalDouble sensitivity) {
    return MilestoneForecast.builder().id(MilestoneId.of("a")).criticality(criticality)
        .finishP50(p50).finishP80(p80).sensitivity(sensitivity).build();
  }

  /** A forecast of 100 trials with a deadline, all but its on-time figures set. */
  private static Forecast.Builder forecast() {
    return Forecast.builder()
        .planId(PlanId.of("by-hand"))
        .asOf(DAY_BEFORE)
        .trials(100)
        .seed(0)
        .distribution(Distribution.TRIANGULAR)
        .deterministic(false)
        .deadline(DAY)
        .finish(FinishDates.of(DAY, DAY, DAY, DAY));
  }
}

package io.mutualplan.forecast;

import static io.mutualplan.forecast.Plans.AS_OF;
import static io.mutualplan.forecast.Plans.completed;
import static io.mutualplan.forecast.Plans.estimated;
import static io.mutualplan.forecast.Plans.outcome;
import static io.mutualplan.forecast.Plans.plan;
import static io.mutualplan.forecast.Plans.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/** The forecast's results, case by case, as the forecast spec defines them. */
class ForecasterTest {
  private static final ForecastSettings DEFAULTS = ForecastSettings.defaults();

  // ---- the deterministic case ----------------------------------------------------------------

  /** The outcome holds at 80% exactly when the P80 date is on or before it: the day itself too. */
  @Test
  void anOutcomeHoldsAt80WhenTheP80DateIsNotAfterIt() {
    OutcomeDates dates = OutcomeDates.of(LocalDate.parse("2027-02-09"),
        LocalDate.parse("2027-02-15"), LocalDate.parse("2027-02-19"));

    assertThat(dates.holdsAt80(LocalDate.parse("2027-03-01"))).isTrue();
    assertThat(dates.holdsAt80(LocalDate.parse("2027-02-15"))).isTrue();
    assertThat(dates.holdsAt80(LocalDate.parse("2027-02-14"))).isFalse();
  }

  @Test
  void aPlanWithoutEstimatesIsItsScheduleAsIfEveryTrialRan() {
    MutualActionPlan plan = plan(outcome("2027-02-01", 3),
        step("a", 5), step("b", 10, "a"), step("c", 2, "a"), step("d", 0, "b", "c"));

    Forecast forecast = Forecaster.forecast(plan, AS_OF, DEFAULTS);
    Schedule schedule = Scheduler.schedule(plan, AS_OF);

    LocalDate finish = schedule.projectedFinish().orElseThrow();
    assertThat(forecast.deterministic()).isTrue();
    assertThat(forecast.finish()).contains(FinishDates.of(finish, finish, finish, finish));
    assertThat(forecast.deadline()).isEqualTo(schedule.deadline());
    assertThat(forecast.onTimeTrials()).hasValue(10_000);
    assertThat(forecast.probabilityOnTime()).hasValue(1.0);
    LocalDate commit = finish.plusDays(3 + 1);
    assertThat(forecast.outcomeAtConfidence()).contains(OutcomeDates.of(commit, commit, commit));
    assertThat(forecast.drivers()).isEmpty();
    for (MilestoneSchedule line : schedule.milestones()) {
      MilestoneForecast milestone = forecast.milestone(line.id()).orElseThrow();
      assertThat(milestone.criticality()).as(line.id().value())
          .isEqualTo(line.critical() ? 1.0 : 0.0);
      assertThat(milestone.finishP50()).isEqualTo(line.earlyFinish());
      assertThat(milestone.finishP80()).isEqualTo(line.earlyFinish());
      assertThat(milestone.sensitivity()).isEmpty();
    }
  }

  @Test
  void aLatePlanWithoutEstimatesIsOnTimeInNoTrial() {
    MutualActionPlan plan = plan(outcome("2027-01-10", 0), step("a", 30));

    Forecast forecast = Forecaster.forecast(plan, AS_OF, DEFAULTS.withTrials(250));

    assertThat(forecast.onTimeTrials()).hasValue(0);
    assertThat(forecast.probabilityOnTime()).hasValue(0.0);
    assertThat(forecast.trials()).isEqualTo(250);
  }

  /** Finishing on the deadline itself, with no day to spare, is on time. */
  @Test
  void aPlanWithoutEstimatesThatUsesItsLastDayIsOnTimeInEveryTrial() {
    MutualActionPlan plan = plan(outcome("2027-01-10", 0), step("a", 30));
    Schedule schedule = Scheduler.schedule(plan, AS_OF);
    int exact = 30 + (int) schedule.slackDays();
    MutualActionPlan justInTime = plan(outcome("2027-01-10", 0), step("a", exact));

    Forecast forecast = Forecaster.forecast(justInTime, AS_OF, DEFAULTS.withTrials(250));

    assertThat(Scheduler.schedule(justInTime, AS_OF).slackDays()).isZero();
    assertThat(forecast.onTimeTrials()).hasValue(250);
    assertThat(forecast.probabilityOnTime()).hasValue(1.0);
  }

  @Test
  void anEstimateWithoutSpreadIsTheDurationEvenWhenDurationDaysDiffers() {
    // The estimate is the uncertainty: optimistic == pessimistic gives that duration.
    MutualActionPlan plan = plan(Plans.step("a", 30).withEstimate(Estimate.of(4, 4, 4)));

    Forecast forecast = Forecaster.forecast(plan, AS_OF, DEFAULTS);

    assertThat(forecast.deterministic()).isTrue();
    assertThat(forecast.finish().orElseThrow().p50()).isEqualTo(AS_OF.plusDays(3));
  }

  @Test
  void withNothingLeftToDoTheFinishIsTheLatestCompletionAndTheOutcomeHolds() {
    MutualActionPlan plan = plan(outcome("2027-03-01", 0),
        completed(step("a", 3), "2026-12-01"), completed(step("b", 1, "a"), "2026-12-09"));

    Forecast forecast = Forecaster.forecast(plan, AS_OF, DEFAULTS.withTrials(7));

    LocalDate last = LocalDate.parse("2026-12-09");
    assertThat(forecast.deterministic()).isTrue();
    assertThat(forecast.finish()).contains(FinishDates.of(last, last, last, last));
    assertThat(forecast.onTimeTrials()).hasValue(7);
    assertThat(forecast.probabilityOnTime()).hasValue(1.0);
    assertThat(forecast.outcomeAtConfidence()).isEmpty();
    assertThat(forecast.milestones()).extracting(MilestoneForecast::criticality)
        .containsExactly(0.0, 0.0);
    assertThat(forecast.milestones().get(0).finishP80()).isEqualTo(LocalDate.parse("2026-12-01"));
  }

  @Test
  void aPlanWithoutMilestonesHasNoFinishAndWithoutAnOutcomeNoProbability() {
    Forecast forecast = Forecaster.forecast(plan(), AS_OF);

    assertThat(forecast.finish()).isEmpty();
    assertThat(forecast.deadline()).isEmpty();
    assertThat(forecast.onTimeTrials()).isEmpty();
    assertThat(forecast.probabilityOnTime()).isEmpty();
    assertThat(forecast.outcomeAtConfidence()).isEmpty();
    assertThat(forecast.milestones()).isEmpty();
  }

  // ---- the random case -----------------------------------------------------------------------

  @Test
  void theAcmePlansForecastHoldsWhatEveryForecastHolds() {
    Forecast forecast = Forecaster.forecast(ExamplePlans.acme(), ExamplePlans.AS_OF);

    FinishDates finish = forecast.finish().orElseThrow();
    assertThat(forecast.deterministic()).isFalse();
    assertThat(forecast.deadline()).contains(LocalDate.parse("2027-02-07"));
    assertThat(finish.p10()).isBeforeOrEqualTo(finish.p50());
    assertThat(finish.p80()).isBeforeOrEqualTo(finish.p90());
    assertThat(forecast.onTimeTrials().getAsInt() / 10_000.0)
        .isEqualTo(forecast.probabilityOnTime().getAsDouble());
    // Only the two estimated milestones vary, so they are the drivers, legal (the wider) first.
    assertThat(forecast.drivers()).containsExactly(MilestoneId.of("legal"),
        MilestoneId.of("security-review"));
    MilestoneForecast champion = forecast.milestone(MilestoneId.of("champion-alignment"))
        .orElseThrow();
    assertThat(champion.criticality()).isZero();
    assertThat(champion.finishP50()).isEqualTo(LocalDate.parse("2026-11-20"));
    assertThat(champion.sensitivity()).isEmpty();
    assertThat(forecast.milestone(MilestoneId.of("procurement")).orElseThrow().sensitivity())
        .as("a fixed duration varies in no trial").isEmpty();
  }

  /**
   * A stored forecast must be reproducible: the Acme plan's default forecast, as MAP first
   * computed it. A change here means the generators, the split of trials or the samplers changed,
   * which breaks the contract within a major version.
   */
  @Test
  void reproducesAStoredForecastOfTheAcmePlanExactly() {
    Forecast forecast = Forecaster.forecast(ExamplePlans.acme(), ExamplePlans.AS_OF);

    assertThat(forecast.finish()).contains(FinishDates.of(LocalDate.parse("2027-01-09"),
        LocalDate.parse("2027-01-18"), LocalDate.parse("2027-01-24"),
        LocalDate.parse("2027-01-28")));
    assertThat(forecast.onTimeTrials()).hasValue(9984);
    assertThat(forecast.outcomeAtConfidence()).contains(OutcomeDates.of(
        LocalDate.parse("2027-02-09"), LocalDate.parse("2027-02-15"),
        LocalDate.parse("2027-02-19")));
    MilestoneForecast legal = forecast.milestone(MilestoneId.of("legal")).orElseThrow();
    assertThat(legal.finishP50()).isEqualTo(LocalDate.parse("2027-01-08"));
    assertThat(legal.finishP80()).isEqualTo(LocalDate.parse("2027-01-14"));
    assertThat(legal.sensitivity()).hasValue(0.7953);
    assertThat(forecast.milestone(MilestoneId.of("security-review")).orElseThrow().sensitivity())
        .hasValue(0.5753);
  }

  @Test
  void theSameSeedGivesTheSameForecastOnOneThreadOrMany() {
    MutualActionPlan plan = ExamplePlans.acme();
    for (Distribution distribution : Distribution.values()) {
      ForecastSettings settings = DEFAULTS.withDistribution(distribution).withSeed(20_261_122)
          .withTrials(12_345);

      Forecast alone = Forecaster.forecast(plan, ExamplePlans.AS_OF, settings);
      Forecast three = Forecaster.forecast(plan, ExamplePlans.AS_OF, settings.withThreads(3));
      Forecast many = Forecaster.forecast(plan, ExamplePlans.AS_OF, settings.withThreads(16));

      assertThat(three).as(distribution.spelling()).isEqualTo(alone);
      assertThat(many).as(distribution.spelling()).isEqualTo(alone);
      assertThat(alone.seed()).isEqualTo(20_261_122);
      assertThat(alone.distribution()).isEqualTo(distribution);
    }
  }

  @Test
  void aDifferentSeedCanGiveADifferentForecast() {
    MutualActionPlan plan = ExamplePlans.acme();
    Forecast zero = Forecaster.forecast(plan, ExamplePlans.AS_OF, DEFAULTS.withTrials(500));
    Forecast one = Forecaster.forecast(plan, ExamplePlans.AS_OF,
        DEFAULTS.withTrials(500).withSeed(1));

    assertThat(one).isNotEqualTo(zero);
    assertThat(one.withSeed(0)).isNotEqualTo(zero);
  }

  @Test
  void pertPutsLessWeightOnTheTailThanTheTriangularDistribution() {
    MutualActionPlan plan = plan(estimated("long-tail", 5, 8, 40));

    FinishDates triangular = Forecaster.forecast(plan, AS_OF).finish().orElseThrow();
    FinishDates pert = Forecaster.forecast(plan, AS_OF,
        DEFAULTS.withDistribution(Distribution.PERT)).finish().orElseThrow();

    assertThat(pert.p90()).isBefore(triangular.p90());
  }

  @Test
  void oneEstimatedMilestonesSensitivityIsOne() {
    // The plan finishes exactly when it does: the ranks agree in every trial.
    MutualActionPlan plan = plan(step("fixed", 3), estimated("drawn", 2, 6, 20, "fixed"));

    Forecast forecast = Forecaster.forecast(plan, AS_OF);

    assertThat(forecast.milestone(MilestoneId.of("drawn")).orElseThrow().sensitivity())
        .hasValue(1.0);
    assertThat(forecast.drivers()).containsExactly(MilestoneId.of("drawn"));
  }

  @Test
  void aMilestoneOffTheCriticalPathHasNoBearingOnTheFinish() {
    // "side" never reaches the 40 days of "main": its draws and the finish are unrelated.
    MutualActionPlan plan = plan(estimated("main", 40, 45, 60), estimated("side", 1, 5, 10));

    Forecast forecast = Forecaster.forecast(plan, AS_OF);

    MilestoneForecast side = forecast.milestone(MilestoneId.of("side")).orElseThrow();
    assertThat(side.criticality()).isZero();
    assertThat(side.sensitivity().getAsDouble()).isBetween(-0.05, 0.05);
    assertThat(forecast.drivers()).startsWith(MilestoneId.of("main"));
  }

  /** A driver's sensitivity is positive: one of exactly 0 has no bearing and is not named. */
  @Test
  void aMilestoneWhoseSensitivityIsExactlyZeroIsNoDriver() {
    // Seed 18 draws four trials whose "side" ranks and finish ranks have a correlation of 0.
    MutualActionPlan plan = plan(estimated("main", 40, 45, 60), estimated("side", 1, 5, 10));

    Forecast forecast = Forecaster.forecast(plan, AS_OF, DEFAULTS.withTrials(4).withSeed(18));

    assertThat(forecast.milestone(MilestoneId.of("side")).orElseThrow().sensitivity())
        .hasValue(0.0);
    assertThat(forecast.drivers()).containsExactly(MilestoneId.of("main"));
  }

  @Test
  void namesAtMostFiveDrivers() {
    MutualActionPlan plan = plan(estimated("a", 1, 2, 9), estimated("b", 1, 2, 9, "a"),
        estimated("c", 1, 2, 9, "b"), estimated("d", 1, 2, 9, "c"), estimated("e", 1, 2, 9, "d"),
        estimated("f", 1, 2, 9, "e"), estimated("g", 1, 2, 9, "f"));

    Forecast forecast = Forecaster.forecast(plan, AS_OF, DEFAULTS.withTrials(2_000));

    assertThat(forecast.drivers()).hasSize(5);
    List<MilestoneForecast> lines = forecast.milestones();
    double fifth = forecast.milestone(forecast.drivers().get(4)).orElseThrow().sensitivity()
        .getAsDouble();
    long above = lines.stream()
        .filter(m -> m.sensitivity().getAsDouble() > fifth).count();
    assertThat(above).isLessThanOrEqualTo(4);
  }

  /**
   * Invariant: a single milestone with a triangular (or Beta-PERT) estimate finishes at each
   * level within one working day of the distribution's own quantile, rounded as the spec rounds
   * a drawn duration.
   */
  @Test
  void aSingleEstimatedMilestonesQuantilesAreTheDistributionsWithinADay() {
    int[][] estimates = {{5, 10, 30}, {1, 1, 9}, {3, 20, 20}, {10, 14, 100}, {0, 2, 4}};
    double[] levels = {0.1, 0.5, 0.8, 0.9};
    for (int[] e : estimates) {
      MutualActionPlan plan = plan(estimated("only", e[0], e[1], e[2]));
      for (Distribution distribution : Distribution.values()) {
        FinishDates finish = Forecaster.forecast(plan, AS_OF,
            DEFAULTS.withDistribution(distribution)).finish().orElseThrow();
        LocalDate[] dates = {finish.p10(), finish.p50(), finish.p80(), finish.p90()};
        for (int q = 0; q < levels.length; q++) {
          double x = distribution == Distribution.TRIANGULAR
              ? triangularQuantile(e[0], e[1], e[2], levels[q])
              : pertQuantile(e[0], e[1], e[2], levels[q]);
          long days = Math.max(1, (long) Math.floor(x + 0.5));
          // A step of d >= 1 days as of AS_OF finishes on AS_OF + d - 1; an event on AS_OF.
          LocalDate expected = AS_OF.plusDays(days - 1);
          assertThat(dates[q]).as("%s %s at %s", distribution, java.util.Arrays.toString(e),
                  levels[q])
              .isBetween(expected.minusDays(1), expected.plusDays(1));
        }
      }
    }
  }

  private static double triangularQuantile(double o, double l, double p, double q) {
    double split = (l - o) / (p - o);
    return q < split ? o + Math.sqrt(q * (p - o) * (l - o))
        : p - Math.sqrt((1 - q) * (p - o) * (p - l));
  }

  private static double pertQuantile(double o, double l, double p, double q) {
    double alpha = 1 + 4 * (l - o) / (p - o);
    double beta = 1 + 4 * (p - l) / (p - o);
    return o + (p - o) * BetaDistribution.of(alpha, beta).inverseCumulativeProbability(q);
  }

  /**
   * Invariant: with the same draws, a later outcome date is never on time in fewer trials, and
   * the probability rises from 0 to 1 as the outcome moves past every trial's finish.
   */
  @Test
  void theProbabilityOnTimeIsMonotoneInTheOutcomeDate() {
    int previous = -1;
    for (int day = 0; day <= 60; day += 3) {
      MutualActionPlan plan = plan(outcome(AS_OF.plusDays(day).toString(), 0),
          estimated("a", 5, 10, 25), estimated("b", 5, 15, 30, "a"), estimated("c", 10, 12, 40));
      int onTime = Forecaster.forecast(plan, AS_OF, DEFAULTS.withTrials(3_000))
          .onTimeTrials().getAsInt();

      assertThat(onTime).as("outcome %d days out", day).isGreaterThanOrEqualTo(previous);
      previous = onTime;
    }
    assertThat(previous).isEqualTo(3_000);
  }

  @Test
  void anOutcomeBeforeAnyTrialsFinishIsNeverOnTime() {
    MutualActionPlan plan = plan(outcome("2027-01-08", 0), estimated("a", 5, 10, 25));

    Forecast forecast = Forecaster.forecast(plan, AS_OF);

    assertThat(forecast.onTimeTrials()).hasValue(0);
    assertThat(forecast.outcomeAtConfidence().orElseThrow().p50())
        .isEqualTo(forecast.finish().orElseThrow().p50().plusDays(1));
  }

  @Test
  void oneTrialIsEnoughAndHasNoSensitivity() {
    Forecast forecast = Forecaster.forecast(ExamplePlans.acme(), ExamplePlans.AS_OF,
        DEFAULTS.withTrials(1));

    FinishDates finish = forecast.finish().orElseThrow();
    assertThat(finish.p10()).isEqualTo(finish.p90());
    assertThat(forecast.milestones()).allSatisfy(m -> assertThat(m.sensitivity()).isEmpty());
    assertThat(forecast.milestones()).allSatisfy(
        m -> assertThat(m.criticality()).isIn(0.0, 1.0));
    assertThat(forecast.drivers()).isEmpty();
  }

  // ---- errors --------------------------------------------------------------------------------

  @Test
  void aCycleFailsAsSchedulingDoes() {
    MutualActionPlan plan = plan(
        estimated("legal", 1, 2, 3).withDependsOn(Dependency.on("procurement")),
        estimated("procurement", 1, 2, 3, "legal"));

    assertThatThrownBy(() -> Forecaster.forecast(plan, AS_OF))
        .isInstanceOf(CyclicDependencyException.class)
        .hasMessage("dependency cycle: legal -> procurement -> legal");
  }

  @Test
  void anAsOfDateOutsideTheFormatsRangeIsRefused() {
    assertThatThrownBy(() -> Forecaster.forecast(plan(), PlanLimits.MAX_DATE.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFinishPastTheLastDateAPlanCanHoldNamesWhatFallsPastIt() {
    MutualActionPlan plan = plan(estimated("late", 1, 2, 30));

    assertThatThrownBy(() -> Forecaster.forecast(plan, LocalDate.parse("9999-12-20")))
        .isInstanceOfSatisfying(DateOutOfRangeException.class,
            e -> assertThat(e.pointer()).isEmpty())
        .hasMessageStartingWith("the 80% finish of the plan would be +10000-01-0");
  }

  @Test
  void anOutcomeToCommitToPastTheLastDateIsNamedAtTheOutcome() {
    // The deadline, 9999-12-25, is a date; go-live five days after the work is not.
    MutualActionPlan plan = plan(outcome("9999-12-31", 5), estimated("a", 1, 2, 3));

    assertThatThrownBy(() -> Forecaster.forecast(plan, LocalDate.parse("9999-12-28")))
        .isInstanceOfSatisfying(DateOutOfRangeException.class,
            e -> assertThat(e.pointer()).isEqualTo("/outcome"))
        .hasMessageContaining("the outcome date to commit to at 50% confidence would be");
  }
}

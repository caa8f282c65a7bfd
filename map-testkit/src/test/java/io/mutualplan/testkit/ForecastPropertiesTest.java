package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.CompiledPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.SchedulePasses;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Properties of the forecast (forecast.md) over generated plans, each stated as an invariant; a
 * failure reports the seed and the shrunk plan. They live with the generators: map-forecast's own
 * tests cannot depend on the testkit.
 */
class ForecastPropertiesTest {

  /** Plans without a single estimate: the forecast has nothing to draw. */
  static PlanGenerator withoutEstimates() {
    return PlanGenerators.validPlans().milestones(0, 12).estimates(0);
  }

  /** Plans in which every milestone has an estimate, every status and dependency type. */
  static ValidPlanGenerator estimated() {
    return PlanGenerators.validPlans().milestones(1, 12).estimates(1.0).durationDays(0, 25);
  }

  /**
   * Estimated plans whose links bound a finish from a finish (finish-to-start, finish-to-finish):
   * in them a longer duration never brings a finish earlier. (With start-to-start or
   * start-to-finish links it can: a step held back by a finish-to-finish link starts earlier when
   * it takes longer, and so does a successor that waits for its start.)
   */
  static PlanGenerator estimatedFinishLinks() {
    return estimated()
        .dependencyTypes(DependencyType.FINISH_TO_START, DependencyType.FINISH_TO_FINISH);
  }

  private static LocalDate asOf(RandomGenerator random) {
    return ValidPlanGenerator.DEFAULT_ANCHOR.plusDays(random.nextInt(-30, 61));
  }

  private static ForecastSettings settings(RandomGenerator random, int trials) {
    return ForecastSettings.builder().trials(trials).seed(random.nextLong()).build();
  }

  /**
   * Invariant: without estimates, the forecast is the schedule as if every trial ran: every
   * finish level is the projected finish, criticality is the critical flag (1 or 0), each
   * milestone's finishes are its early finish, on-time trials are all or none by feasibility, and
   * there is no sensitivity and no driver.
   */
  @PlanProperty(cases = 400, generator = "withoutEstimates")
  void theDeterministicForecastIsTheSchedule(MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    int trials = random.nextInt(1, 5_000);
    Forecast forecast = Forecaster.forecast(plan, asOf, settings(random, trials));
    Schedule schedule = Scheduler.schedule(plan, asOf);

    assertThat(forecast.deterministic()).isTrue();
    assertThat(forecast.deadline()).isEqualTo(schedule.deadline());
    assertThat(forecast.finish().map(FinishDates::p10)).isEqualTo(schedule.projectedFinish());
    assertThat(forecast.finish().map(FinishDates::p90)).isEqualTo(schedule.projectedFinish());
    if (plan.outcome().isPresent()) {
      assertThat(forecast.onTimeTrials()).hasValue(schedule.feasible() ? trials : 0);
      assertThat(forecast.probabilityOnTime()).hasValue(schedule.feasible() ? 1.0 : 0.0);
    } else {
      assertThat(forecast.onTimeTrials()).isEmpty();
    }
    assertThat(forecast.drivers()).isEmpty();
    for (MilestoneSchedule line : schedule.milestones()) {
      MilestoneForecast milestone = forecast.milestone(line.id()).orElseThrow();
      assertThat(milestone.criticality()).isEqualTo(line.critical() ? 1.0 : 0.0);
      assertThat(milestone.finishP50()).isEqualTo(line.earlyFinish());
      assertThat(milestone.finishP80()).isEqualTo(line.earlyFinish());
      assertThat(milestone.sensitivity()).isEmpty();
    }
  }

  /**
   * Invariant: quantiles are ordered (p10 <= p50 <= p80 <= p90, and each milestone's p50 <= p80),
   * fractions lie in [0, 1], the probability is the on-time count over the trials, rounded, and
   * the drivers are at most five milestones with positive sensitivity, highest first.
   */
  @PlanProperty(cases = 300, generator = "estimated")
  void quantilesAreOrderedAndFractionsAreFractions(
      MutualActionPlan plan, RandomGenerator random) {
    int trials = random.nextInt(1, 3_000);
    Forecast forecast = Forecaster.forecast(plan, asOf(random), settings(random, trials));

    forecast.finish().ifPresent(finish -> {
      assertThat(finish.p10()).isBeforeOrEqualTo(finish.p50());
      assertThat(finish.p50()).isBeforeOrEqualTo(finish.p80());
      assertThat(finish.p80()).isBeforeOrEqualTo(finish.p90());
    });
    forecast.outcomeAtConfidence().ifPresent(outcome -> {
      assertThat(outcome.p50()).isBeforeOrEqualTo(outcome.p80());
      assertThat(outcome.p80()).isBeforeOrEqualTo(outcome.p90());
    });
    if (forecast.onTimeTrials().isPresent()) {
      assertThat(forecast.probabilityOnTime().getAsDouble())
          .isCloseTo((double) forecast.onTimeTrials().getAsInt() / trials,
              org.assertj.core.api.Assertions.within(0.00005 + 1e-12));
    }
    double previous = Double.MAX_VALUE;
    for (var driver : forecast.drivers()) {
      double sensitivity = forecast.milestone(driver).orElseThrow().sensitivity().getAsDouble();
      assertThat(sensitivity).isPositive().isLessThanOrEqualTo(previous);
      previous = sensitivity;
    }
    for (MilestoneForecast milestone : forecast.milestones()) {
      assertThat(milestone.criticality()).isBetween(0.0, 1.0);
      assertThat(milestone.finishP50()).isBeforeOrEqualTo(milestone.finishP80());
      milestone.sensitivity().ifPresent(s -> assertThat(s).isBetween(-1.0, 1.0));
    }
  }

  /**
   * Invariant: with finish links only, every finish (the plan's at each level, each milestone's
   * p50 and p80) lies between the schedule with every estimate at its optimistic value and the
   * schedule with every estimate at its pessimistic value.
   */
  @PlanProperty(cases = 300, generator = "estimatedFinishLinks")
  void everyFinishLiesBetweenTheOptimisticAndPessimisticSchedules(
      MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    Forecast forecast = Forecaster.forecast(plan, asOf, settings(random, 1_000));
    CompiledPlan compiled = CompiledPlan.of(plan, asOf);
    if (!compiled.workLeft()) {
      return;
    }
    SchedulePasses optimistic = runAt(compiled, Estimate::optimistic);
    SchedulePasses pessimistic = runAt(compiled, Estimate::pessimistic);
    WorkCalendar calendar = compiled.calendar();

    FinishDates finish = forecast.finish().orElseThrow();
    LocalDate earliest = calendar.day(optimistic.finish() - 1);
    LocalDate latest = calendar.day(pessimistic.finish() - 1);
    for (LocalDate date : List.of(finish.p10(), finish.p50(), finish.p80(), finish.p90())) {
      assertThat(date).isBetween(earliest, latest);
    }
    for (int i = 0; i < compiled.size(); i++) {
      if (compiled.complete(i)) {
        continue;
      }
      MilestoneForecast milestone = forecast.milestones().get(i);
      LocalDate low = calendar.day(optimistic.earlyFinish(i) - 1);
      LocalDate high = calendar.day(pessimistic.earlyFinish(i) - 1);
      assertThat(milestone.finishP50()).as(milestone.id().value()).isBetween(low, high);
      assertThat(milestone.finishP80()).as(milestone.id().value()).isBetween(low, high);
    }
  }

  private static SchedulePasses runAt(CompiledPlan compiled, EstimatePoint point) {
    int[] durations = compiled.durations();
    List<Milestone> milestones = compiled.plan().milestones();
    for (int i = 0; i < durations.length; i++) {
      Optional<Estimate> estimate = milestones.get(i).estimate();
      if (!compiled.complete(i) && estimate.isPresent()) {
        durations[i] = point.of(estimate.get());
      }
    }
    SchedulePasses passes = compiled.newPasses();
    passes.run(durations);
    return passes;
  }

  private interface EstimatePoint {
    int of(Estimate estimate);
  }

  /**
   * Invariant: with finish links only, widening one incomplete milestone's estimate (optimistic
   * down, pessimistic up, by the same number of days) never narrows the plan's p10-p90 range by
   * more than sampling noise, here two working days with 2,000 trials: the same seed draws the
   * same uniforms for every other milestone, so only the widened one's durations change.
   */
  @PlanProperty(cases = 300, generator = "estimatedFinishLinks")
  void wideningAnEstimateNeverNarrowsTheRangeBeyondNoise(
      MutualActionPlan plan, RandomGenerator random) {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < plan.milestones().size(); i++) {
      if (!plan.milestones().get(i).isComplete()) {
        open.add(i);
      }
    }
    if (open.isEmpty()) {
      return;
    }
    int widened = open.get(random.nextInt(open.size()));
    Milestone milestone = plan.milestones().get(widened);
    Estimate estimate = milestone.estimate().orElseThrow();
    int by = random.nextInt(1, 15);
    Estimate wider = Estimate.of(Math.max(0, estimate.optimistic() - by), estimate.likely(),
        estimate.pessimistic() + by);
    List<Milestone> milestones = new ArrayList<>(plan.milestones());
    milestones.set(widened, milestone.withEstimate(wider));
    LocalDate asOf = asOf(random);
    ForecastSettings settings = settings(random, 2_000);

    long before = range(Forecaster.forecast(plan, asOf, settings), plan);
    long after = range(Forecaster.forecast(plan.withMilestones(milestones), asOf, settings), plan);

    assertThat(after).as("p10-p90 working days after widening %s by %d", milestone.id(), by)
        .isGreaterThanOrEqualTo(before - 2);
  }

  private static long range(Forecast forecast, MutualActionPlan plan) {
    WorkCalendar calendar = WorkCalendar.of(plan);
    FinishDates finish = forecast.finish().orElseThrow();
    return calendar.idx(finish.p90()) - calendar.idx(finish.p10());
  }

  /**
   * Invariant: with the same draws, moving the outcome date later never lowers the number of
   * on-time trials, nor moves an outcome date to commit to earlier than the finish it follows.
   */
  @PlanProperty(cases = 200, generator = "estimated")
  void theProbabilityOnTimeIsMonotoneInTheOutcomeDate(
      MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    ForecastSettings settings = settings(random, 500);
    int lead = random.nextInt(0, 10);
    int previous = -1;
    for (int days = -10; days <= 200; days += 15) {
      Outcome outcome = Outcome.builder().date(asOf.plusDays(days)).leadTimeDays(lead).build();
      Forecast forecast = Forecaster.forecast(plan.withOutcome(outcome), asOf, settings);

      int onTime = forecast.onTimeTrials().getAsInt();
      assertThat(onTime).as("outcome %d days after as-of", days).isGreaterThanOrEqualTo(previous);
      previous = onTime;
      forecast.outcomeAtConfidence().map(OutcomeDates::p50).ifPresent(
          date -> assertThat(date).isAfter(forecast.finish().orElseThrow().p50()));
    }
  }

  /**
   * Invariant: the same seed gives the same forecast with one thread or several, whatever the
   * plan and the number of trials (including a last block shorter than the others).
   */
  @PlanProperty(cases = 60, generator = "estimated")
  void theNumberOfThreadsChangesNothing(MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = asOf(random);
    ForecastSettings settings = settings(random, random.nextInt(1, 1_500));

    Forecast alone = Forecaster.forecast(plan, asOf, settings);
    Forecast several = Forecaster.forecast(plan, asOf,
        settings.withThreads(random.nextInt(2, 6)));

    assertThat(several).isEqualTo(alone);
  }
}

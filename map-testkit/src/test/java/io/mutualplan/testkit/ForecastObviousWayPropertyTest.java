package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * The forecast is the obvious way, trial by trial, on generated plans (every status, dependency
 * type and lag, working calendars, estimated and fixed steps, both distributions, 1 to 449 trials,
 * 1 to 3 threads).
 *
 * <p>Invariant: drawing the durations as the forecast's documentation says (XoRoShiRo128++ per
 * block of 100 trials, seeded from SplitMix64), scheduling each trial as a new plan through
 * {@link Scheduler#schedule}, and computing every figure plainly from those schedules (sorting for
 * quantiles, average ranks and Pearson's correlation in doubles for sensitivity) gives exactly
 * the forecast's finish dates, on-time count and probability, commit dates, deadline, each
 * milestone's criticality, 50% and 80% finishes and sensitivity, and the drivers.
 */
class ForecastObviousWayPropertyTest {

  static ValidPlanGenerator estimated() {
    return PlanGenerators.validPlans().milestones(1, 10).estimates(0.7).durationDays(0, 25);
  }

  @PlanProperty(cases = 300, generator = "estimated")
  void everyFigureIsTheOneTheTrialsScheduledOneByOneGive(
      MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = ValidPlanGenerator.DEFAULT_ANCHOR.plusDays(random.nextInt(-30, 61));
    int trials = random.nextInt(1, 450);
    long seed = random.nextLong();
    Distribution distribution = random.nextBoolean() ? Distribution.PERT
        : Distribution.TRIANGULAR;
    int threads = random.nextInt(1, 4);
    Schedule reference;
    try {
      reference = Scheduler.schedule(plan, asOf);
    } catch (CyclicDependencyException | DateOutOfRangeException e) {
      return;
    }
    List<Milestone> milestones = plan.milestones();
    List<Integer> drawn = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone m = milestones.get(i);
      if (!m.isComplete() && m.estimate().isPresent()
          && m.estimate().get().optimistic() < m.estimate().get().pessimistic()) {
        drawn.add(i);
      }
    }
    if (drawn.isEmpty()) {
      return;
    }
    Forecast forecast;
    try {
      forecast = Forecaster.forecast(plan, asOf, ForecastSettings.builder().trials(trials)
          .seed(seed).distribution(distribution).threads(threads).build());
    } catch (DateOutOfRangeException e) {
      return;
    }

    // The draws, as documented: fresh samplers per block, bound to the block's generator.
    int[][] d = new int[drawn.size()][trials];
    UniformRandomProvider splitMix = RandomSource.SPLIT_MIX_64.create(seed);
    for (int block = 0; block * 100 < trials; block++) {
      UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(
          new long[] {splitMix.nextLong(), splitMix.nextLong()});
      ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[drawn.size()];
      for (int j = 0; j < drawn.size(); j++) {
        Estimate e = milestones.get(drawn.get(j)).estimate().orElseThrow();
        int o = e.optimistic();
        int l = e.likely();
        int p = e.pessimistic();
        samplers[j] = distribution == Distribution.PERT
            ? BetaDistribution.of(1 + 4.0 * (l - o) / (p - o), 1 + 4.0 * (p - l) / (p - o))
                .createSampler(rng)
            : TriangularDistribution.of(o, l, p).createSampler(rng);
      }
      for (int k = block * 100; k < Math.min(trials, block * 100 + 100); k++) {
        for (int j = 0; j < drawn.size(); j++) {
          Estimate e = milestones.get(drawn.get(j)).estimate().orElseThrow();
          double s = samplers[j].sample();
          double x = distribution == Distribution.PERT
              ? e.optimistic() + (e.pessimistic() - e.optimistic()) * s : s;
          d[j][k] = (int) Math.floor(x + 0.5);
        }
      }
    }

    // Every trial, the obvious way.
    WorkCalendar calendar = WorkCalendar.of(plan);
    long[] finish = new long[trials];
    long[][] milestoneFinish = new long[milestones.size()][trials];
    int[] critical = new int[milestones.size()];
    int onTime = 0;
    List<Milestone> base = new ArrayList<>();
    for (Milestone m : milestones) {
      if (!m.isComplete() && m.estimate().isPresent()
          && m.estimate().get().optimistic() == m.estimate().get().pessimistic()) {
        base.add(m.withDurationDays(m.estimate().get().optimistic()));
      } else {
        base.add(m);
      }
    }
    for (int k = 0; k < trials; k++) {
      List<Milestone> now = new ArrayList<>(base);
      for (int j = 0; j < drawn.size(); j++) {
        now.set(drawn.get(j), now.get(drawn.get(j)).withDurationDays(d[j][k]));
      }
      Schedule schedule = Scheduler.schedule(plan.withMilestones(now), asOf);
      finish[k] = calendar.idx(schedule.projectedFinish().orElseThrow()) + 1;
      onTime += schedule.slackDays() >= 0 ? 1 : 0;
      for (int i = 0; i < milestones.size(); i++) {
        MilestoneSchedule line = schedule.milestones().get(i);
        milestoneFinish[i][k] = calendar.idx(line.earlyFinish()) + 1;
        critical[i] += line.critical() ? 1 : 0;
      }
    }

    long[] sorted = finish.clone();
    Arrays.sort(sorted);
    assertThat(forecast.deterministic()).isFalse();
    assertThat(forecast.deadline()).isEqualTo(reference.deadline());
    assertThat(forecast.finish()).contains(FinishDates.of(
        calendar.day(q(sorted, 10) - 1), calendar.day(q(sorted, 50) - 1),
        calendar.day(q(sorted, 80) - 1), calendar.day(q(sorted, 90) - 1)));
    if (plan.outcome().isPresent()) {
      int lead = plan.outcome().get().leadTimeDays();
      assertThat(forecast.onTimeTrials()).hasValue(onTime);
      assertThat(forecast.probabilityOnTime()).hasValue(frac(onTime, trials));
      assertThat(forecast.outcomeAtConfidence()).contains(OutcomeDates.of(
          calendar.day(q(sorted, 50) + lead), calendar.day(q(sorted, 80) + lead),
          calendar.day(q(sorted, 90) + lead)));
    } else {
      assertThat(forecast.onTimeTrials()).isEmpty();
      assertThat(forecast.outcomeAtConfidence()).isEmpty();
    }
    double[] sensitivity = new double[milestones.size()];
    Arrays.fill(sensitivity, Double.NaN);
    for (int i = 0; i < milestones.size(); i++) {
      Milestone m = milestones.get(i);
      MilestoneForecast line = forecast.milestones().get(i);
      assertThat(line.id()).isEqualTo(m.id());
      if (m.isComplete()) {
        assertThat(line.criticality()).isEqualTo(0.0);
        assertThat(line.finishP50()).isEqualTo(m.completed().orElseThrow());
        assertThat(line.sensitivity()).isEmpty();
        continue;
      }
      long[] own = milestoneFinish[i].clone();
      Arrays.sort(own);
      assertThat(line.criticality()).as(m.id().value())
          .isEqualTo(frac(critical[i], trials));
      assertThat(line.finishP50()).as(m.id().value()).isEqualTo(calendar.day(q(own, 50) - 1));
      assertThat(line.finishP80()).as(m.id().value()).isEqualTo(calendar.day(q(own, 80) - 1));
      int j = drawn.indexOf(i);
      double s = j < 0 ? Double.NaN : spearman(d[j], finish);
      if (Double.isNaN(s)) {
        assertThat(line.sensitivity()).as(m.id().value()).isEmpty();
      } else {
        sensitivity[i] = round(s);
        assertThat(line.sensitivity().getAsDouble()).as(m.id().value())
            .isEqualTo(round(s));
      }
    }
    List<Integer> positive = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      if (!Double.isNaN(sensitivity[i])
          && forecast.milestones().get(i).sensitivity().getAsDouble() > 0) {
        positive.add(i);
      }
    }
    positive.sort(Comparator.comparingDouble(
        (Integer i) -> -forecast.milestones().get(i).sensitivity().getAsDouble()));
    List<MilestoneId> drivers = new ArrayList<>();
    for (int i = 0; i < Math.min(5, positive.size()); i++) {
      drivers.add(milestones.get(positive.get(i)).id());
    }
    assertThat(forecast.drivers()).isEqualTo(drivers);
  }

  private static long q(long[] sorted, int percent) {
    long rank = ((long) percent * sorted.length + 99) / 100;
    return sorted[(int) rank - 1];
  }

  private static double frac(long count, int trials) {
    return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(trials), 4, RoundingMode.HALF_EVEN)
        .doubleValue();
  }

  private static double round(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double spearman(int[] durations, long[] finish) {
    double[] x = averageRanks(Arrays.stream(durations).asLongStream().toArray());
    double[] y = averageRanks(finish);
    double meanX = Arrays.stream(x).average().orElseThrow();
    double meanY = Arrays.stream(y).average().orElseThrow();
    double cov = 0;
    double vx = 0;
    double vy = 0;
    for (int k = 0; k < x.length; k++) {
      cov += (x[k] - meanX) * (y[k] - meanY);
      vx += (x[k] - meanX) * (x[k] - meanX);
      vy += (y[k] - meanY) * (y[k] - meanY);
    }
    if (vx == 0 || vy == 0) {
      return Double.NaN;
    }
    return cov / Math.sqrt(vx * vy);
  }

  private static double[] averageRanks(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] ranks = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      int below = lowerBound(sorted, values[k]);
      int upTo = lowerBound(sorted, values[k] + 1);
      ranks[k] = below + (upTo - below + 1) / 2.0;
    }
    return ranks;
  }

  private static int lowerBound(long[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

package io.mutualplan.forecast;

import static io.mutualplan.forecast.Plans.AS_OF;
import static io.mutualplan.forecast.Plans.estimated;
import static io.mutualplan.forecast.Plans.outcome;
import static io.mutualplan.forecast.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

/**
 * The forecast follows its documented contract to the last figure: this test draws the durations
 * itself, from the generators and split the documentation names, schedules each trial by hand
 * (the plan is small enough: {@code a -> b} beside {@code c}, all finish-to-start, nothing
 * started), and computes every figure the plain way (sorting, average ranks, Pearson's
 * correlation in doubles), independently of the tallies and exact sums the forecast uses.
 */
class ForecastContractTest {
  private static final int TRIALS = 2_345;
  private static final long SEED = -7;
  private static final int[][] ESTIMATES = {{2, 5, 12}, {1, 3, 9}, {4, 8, 10}};

  @Test
  void everyFigureIsTheOneTheDocumentedDrawsGive() {
    assertEveryFigureIsTheOneTheDocumentedDrawsGive(TRIALS);
  }

  /**
   * With a few trials, each quantile is a different trial: the rank {@code ceil(q * N)} must be
   * exact, not one off (for 7 trials: the 1st, 4th, 6th and 7th smallest).
   */
  @Test
  void everyFigureOfAFewTrialsIsTheOneTheDocumentedDrawsGive() {
    assertEveryFigureIsTheOneTheDocumentedDrawsGive(7);
  }

  private static void assertEveryFigureIsTheOneTheDocumentedDrawsGive(int trials) {
    MutualActionPlan plan = plan(outcome("2027-01-20", 2),
        estimated("a", 2, 5, 12), estimated("b", 1, 3, 9, "a"), estimated("c", 4, 8, 10));
    Forecast forecast = Forecaster.forecast(plan, AS_OF,
        ForecastSettings.builder().trials(trials).seed(SEED).build());

    // The draws: block b (100 trials) on XoRoShiRo128++ seeded with SplitMix64 outputs 2b+1, 2b+2.
    int[][] d = new int[3][trials];
    UniformRandomProvider splitMix = RandomSource.SPLIT_MIX_64.create(SEED);
    for (int block = 0; block * 100 < trials; block++) {
      UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(
          new long[] {splitMix.nextLong(), splitMix.nextLong()});
      ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[3];
      for (int j = 0; j < 3; j++) {
        samplers[j] = TriangularDistribution.of(ESTIMATES[j][0], ESTIMATES[j][1],
            ESTIMATES[j][2]).createSampler(random);
      }
      for (int k = block * 100; k < Math.min(trials, block * 100 + 100); k++) {
        for (int j = 0; j < 3; j++) {
          d[j][k] = (int) Math.floor(samplers[j].sample() + 0.5);
        }
      }
    }

    // Each trial by hand, in days after the as-of date's start (every duration is at least 1).
    long[] finish = new long[trials];
    long[] finishA = new long[trials];
    long[] finishB = new long[trials];
    long[] finishC = new long[trials];
    int criticalA = 0;
    int criticalC = 0;
    int onTime = 0;
    long deadline = LocalDate.parse("2027-01-20").toEpochDay() - 2 - AS_OF.toEpochDay();
    for (int k = 0; k < trials; k++) {
      finishA[k] = d[0][k];
      finishB[k] = d[0][k] + d[1][k];
      finishC[k] = d[2][k];
      finish[k] = Math.max(finishB[k], finishC[k]);
      // The slack is the deadline less the finish; the longer chain is critical (both on a tie).
      criticalA += finishB[k] >= finishC[k] ? 1 : 0;
      criticalC += finishC[k] >= finishB[k] ? 1 : 0;
      onTime += finish[k] <= deadline ? 1 : 0;
    }

    long[] sorted = finish.clone();
    Arrays.sort(sorted);
    assertThat(forecast.finish()).contains(FinishDates.of(finishDate(sorted, 0.1),
        finishDate(sorted, 0.5), finishDate(sorted, 0.8), finishDate(sorted, 0.9)));
    assertThat(forecast.onTimeTrials()).hasValue(onTime);
    assertThat(forecast.probabilityOnTime()).hasValue(round((double) onTime / trials));
    assertThat(forecast.outcomeAtConfidence()).contains(OutcomeDates.of(
        AS_OF.plusDays(quantile(sorted, 0.5) + 2), AS_OF.plusDays(quantile(sorted, 0.8) + 2),
        AS_OF.plusDays(quantile(sorted, 0.9) + 2)));

    long[][] finishes = {finishA, finishB, finishC};
    double[] criticality = {round((double) criticalA / trials), round((double) criticalA / trials),
        round((double) criticalC / trials)};
    String[] ids = {"a", "b", "c"};
    for (int j = 0; j < 3; j++) {
      MilestoneForecast line = forecast.milestone(MilestoneId.of(ids[j])).orElseThrow();
      long[] own = finishes[j].clone();
      Arrays.sort(own);
      assertThat(line.criticality()).as(ids[j]).isEqualTo(criticality[j]);
      assertThat(line.finishP50()).as(ids[j]).isEqualTo(finishDate(own, 0.5));
      assertThat(line.finishP80()).as(ids[j]).isEqualTo(finishDate(own, 0.8));
      assertThat(line.sensitivity().getAsDouble()).as(ids[j])
          .isCloseTo(round(spearman(d[j], finish)), within(1e-4));
    }
  }

  /** The ceil(q * N)-th smallest, 1-based: {@code q * N} exactly, then rounded up. */
  private static long quantile(long[] sorted, double q) {
    long rank = BigDecimal.valueOf(q).multiply(BigDecimal.valueOf(sorted.length))
        .setScale(0, RoundingMode.CEILING).longValueExact();
    return sorted[(int) rank - 1];
  }

  private static LocalDate finishDate(long[] sorted, double q) {
    return AS_OF.plusDays(quantile(sorted, q) - 1);
  }

  private static double round(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double spearman(int[] durations, long[] finish) {
    double[] x = averageRanks(Arrays.stream(durations).asLongStream().toArray());
    double[] y = averageRanks(finish);
    double meanX = Arrays.stream(x).average().orElseThrow();
    double meanY = Arrays.stream(y).average().orElseThrow();
    double covariance = 0;
    double varianceX = 0;
    double varianceY = 0;
    for (int k = 0; k < x.length; k++) {
      covariance += (x[k] - meanX) * (y[k] - meanY);
      varianceX += (x[k] - meanX) * (x[k] - meanX);
      varianceY += (y[k] - meanY) * (y[k] - meanY);
    }
    return covariance / Math.sqrt(varianceX * varianceY);
  }

  /** Each value's rank, 1-based, ties sharing the mean of their ranks. */
  private static double[] averageRanks(long[] values) {
    double[] ranks = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      int below = 0;
      int equal = 0;
      for (long other : values) {
        below += other < values[k] ? 1 : 0;
        equal += other == values[k] ? 1 : 0;
      }
      ranks[k] = below + (equal + 1) / 2.0;
    }
    return ranks;
  }
}

package io.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tallies count values in any order, grow either way, merge exactly and rank with ties. */
class TallyTest {

  @Test
  void countsValuesThatGrowTheWindowOnEitherSide() {
    Tally tally = new Tally();
    long[] values = {1_000, 1_003, 5, 90_000, 1_000, -3};
    for (long value : values) {
      tally.add(value);
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);

    assertThat(tally.total()).isEqualTo(6);
    for (int rank = 1; rank <= 6; rank++) {
      assertThat(tally.valueAtRank(rank)).as("rank " + rank).isEqualTo(sorted[rank - 1]);
    }
    assertThat(tally.varies()).isTrue();
  }

  /** Each value just past either end of the window grows it: a run upwards, then downwards. */
  @Test
  void countsRunsOfConsecutiveValuesInEitherDirection() {
    Tally tally = new Tally();
    for (long value = 0; value < 100; value++) {
      tally.add(value);
    }
    for (long value = -1; value >= -100; value--) {
      tally.add(value);
    }

    assertThat(tally.total()).isEqualTo(200);
    for (int rank = 1; rank <= 200; rank++) {
      assertThat(tally.valueAtRank(rank)).as("rank " + rank).isEqualTo(rank - 101);
    }
  }

  @Test
  void oneValueCountedManyTimesDoesNotVary() {
    Tally tally = new Tally();
    for (int i = 0; i < 10; i++) {
      tally.add(42);
    }

    assertThat(tally.varies()).isFalse();
    assertThat(tally.averageRanks().doubled(42)).as("ranks 1..10, mean 5.5").isEqualTo(11);
  }

  /**
   * Invariant: for random values, split at random between two tallies, the merged tally ranks
   * every value as a sort does, and its doubled average ranks are twice the mean rank of the
   * value's ties, with their squares summed exactly.
   */
  @Test
  void mergedTalliesRankLikeASortWithTiesAveraged() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int n = 1 + random.nextInt(300);
      long[] values = new long[n];
      Tally left = new Tally();
      Tally right = new Tally();
      for (int i = 0; i < n; i++) {
        values[i] = random.nextLong(-50, 50) * (random.nextBoolean() ? 1 : 37);
        (random.nextBoolean() ? left : right).add(values[i]);
      }
      left.addAll(right);
      assertThat(left.total()).isEqualTo(n);
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      AverageRanks ranks = left.averageRanks();

      long replay = seed;
      long sumOfSquares = 0;
      for (int i = 0; i < n; i++) {
        assertThat(left.valueAtRank(i + 1)).as(() -> "seed " + replay).isEqualTo(sorted[i]);
        int first = lowerBound(sorted, values[i]);
        int last = lowerBound(sorted, values[i] + 1);
        long doubledMeanRank = (first + 1) + last; // ranks first+1 .. last, doubled mean
        assertThat(ranks.doubled(values[i])).as(() -> "seed " + replay)
            .isEqualTo(doubledMeanRank);
        sumOfSquares += doubledMeanRank * doubledMeanRank;
      }
      assertThat(ranks.sumOfSquares()).as(() -> "seed " + replay).isEqualTo(sumOfSquares);
    }
  }

  private static int lowerBound(long[] sorted, long key) {
    int index = Arrays.binarySearch(sorted, key);
    if (index < 0) {
      return -index - 1;
    }
    while (index > 0 && sorted[index - 1] == key) {
      index--;
    }
    return index;
  }
}

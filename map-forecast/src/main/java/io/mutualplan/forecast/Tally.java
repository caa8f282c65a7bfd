package io.mutualplan.forecast;

import java.util.Arrays;

/**
 * How many trials gave each whole value (a working-day boundary, a duration): the counts of a
 * window of consecutive values that grows to cover every value seen. A forecast keeps one per
 * milestone instead of every trial's value, so its memory does not grow with the number of trials;
 * and since counts are whole numbers, tallies merged from any number of threads are the same.
 */
final class Tally {
  private long base;
  private int[] counts = new int[0];
  private int total;

  /** Counts one trial's value. */
  void add(long value) {
    long offset = value - base;
    if (offset < 0 || offset >= counts.length) {
      cover(value, value);
      offset = value - base;
    }
    counts[(int) offset]++;
    total++;
  }

  /** Adds another tally's counts to this one. */
  void addAll(Tally other) {
    if (other.total == 0) {
      return;
    }
    cover(other.base, other.base + other.counts.length - 1);
    int shift = (int) (other.base - base);
    for (int i = 0; i < other.counts.length; i++) {
      counts[shift + i] += other.counts[i];
    }
    total += other.total;
  }

  /** Widens the window to take {@code [low, high]}, with room to grow into. */
  private void cover(long low, long high) {
    if (counts.length == 0) {
      base = low;
      counts = new int[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, high - low + 1))];
      return;
    }
    long end = base + counts.length;
    if (low >= base && high < end) {
      return;
    }
    long width = end - base;
    long newBase = Math.min(base, low < base ? low - width / 2 : base);
    long newEnd = Math.max(end, high >= end ? high + 1 + width / 2 : end);
    if (newEnd - newBase > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("a tally of " + (newEnd - newBase) + " values");
    }
    int[] grown = new int[(int) (newEnd - newBase)];
    System.arraycopy(counts, 0, grown, (int) (base - newBase), counts.length);
    counts = grown;
    base = newBase;
  }

  /** The number of values counted. */
  int total() {
    return total;
  }

  /** Whether more than one distinct value was counted. */
  boolean varies() {
    int distinct = 0;
    for (int count : counts) {
      if (count > 0 && ++distinct > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code rank}-th smallest value counted, 1-based.
   *
   * @param rank from 1 to {@link #total()}
   */
  long valueAtRank(long rank) {
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return base + i;
      }
    }
    throw new IllegalArgumentException("rank " + rank + " of " + total + " values");
  }

  /**
   * Each value's average rank among the values counted (ties get the mean of the ranks they
   * share), doubled so that it is a whole number: {@code 2 * below + count + 1}.
   */
  AverageRanks averageRanks() {
    int[] doubled = new int[counts.length];
    long below = 0;
    long sumOfSquares = 0;
    for (int i = 0; i < counts.length; i++) {
      int count = counts[i];
      if (count > 0) {
        long rank = 2 * below + count + 1;
        doubled[i] = (int) rank;
        sumOfSquares += count * rank * rank;
        below += count;
      }
    }
    return new AverageRanks(base, doubled, sumOfSquares);
  }

  @Override
  public String toString() {
    return "Tally{" + total + " values from " + base + ": " + Arrays.toString(counts) + "}";
  }
}

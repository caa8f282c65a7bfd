package io.mutualplan.forecast;

/**
 * The average rank of each value of a {@link Tally}, doubled to a whole number, for Spearman's
 * correlation: a value counted {@code c} times above {@code b} smaller ones has the ranks {@code b
 * + 1 .. b + c}, whose mean doubled is {@code 2b + c + 1}. Whole numbers keep every sum exact, so
 * the correlation is the same whatever the order the trials are added in.
 */
final class AverageRanks {
  private final long base;
  private final int[] doubled;
  private final long sumOfSquares;

  AverageRanks(long base, int[] doubled, long sumOfSquares) {
    this.base = base;
    this.doubled = doubled;
    this.sumOfSquares = sumOfSquares;
  }

  /** The doubled average rank of a value that was counted. */
  int doubled(long value) {
    return doubled[(int) (value - base)];
  }

  /** The sum, over every value counted, of its doubled average rank squared. */
  long sumOfSquares() {
    return sumOfSquares;
  }
}

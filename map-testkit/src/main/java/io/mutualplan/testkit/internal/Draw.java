package io.mutualplan.testkit.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random draws for the generators, built on {@link RandomGenerator#nextLong()} alone.
 *
 * <p>Every bounded draw is computed here rather than by the generator's default methods, so that a
 * seed gives the same plan whatever JDK implements those defaults: reproducibility then depends
 * only on the source's stream of longs.
 */
public final class Draw {
  private final RandomGenerator random;

  /**
   * Wraps a source of randomness.
   *
   * @param random the source; only its {@code nextLong()} is used
   */
  public Draw(RandomGenerator random) {
    this.random = random;
  }

  /**
   * A uniformly distributed long.
   *
   * @return 64 random bits
   */
  public long nextLong() {
    return random.nextLong();
  }

  /**
   * A uniformly distributed int in {@code [min, max]}.
   *
   * @param min the least value
   * @param max the greatest value, {@code >= min}
   * @return the value
   */
  public int between(int min, int max) {
    return (int) between((long) min, (long) max);
  }

  /**
   * A uniformly distributed long in {@code [min, max]}, for ranges up to {@code 2^62}.
   *
   * @param min the least value
   * @param max the greatest value, {@code >= min}
   * @return the value
   */
  public long between(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    long range = max - min + 1;
    if (range <= 0) {
      throw new IllegalArgumentException("range [" + min + ", " + max + "] is too wide");
    }
    // The classic rejection method: unbiased, and almost never loops.
    long bits;
    long value;
    do {
      bits = random.nextLong() >>> 1;
      value = bits % range;
    } while (bits - value + (range - 1) < 0);
    return min + value;
  }

  /**
   * A uniformly distributed double in {@code [0, 1)}.
   *
   * @return the value
   */
  public double unit() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * A coin that comes up true with the given probability.
   *
   * @param probability in {@code [0, 1]}
   * @return true with that probability
   */
  public boolean chance(double probability) {
    if (probability <= 0) {
      return false;
    }
    if (probability >= 1) {
      return true;
    }
    return unit() < probability;
  }

  /**
   * One element, chosen uniformly.
   *
   * @param <T> the element type
   * @param values a non-empty list
   * @return one of its elements
   */
  public <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  /**
   * One element, chosen uniformly.
   *
   * @param <T> the element type
   * @param values a non-empty array
   * @return one of its elements
   */
  public <T> T pick(T[] values) {
    return values[between(0, values.length - 1)];
  }

  /**
   * How many failures before the first success in Bernoulli trials of the given probability: the
   * gap to skip when sampling each of many pairs with that probability, in time proportional to
   * the pairs taken rather than the pairs considered.
   *
   * @param probability of success, in {@code (0, 1]}
   * @return the number of trials to skip, {@code >= 0}, capped at {@link Long#MAX_VALUE} / 4
   */
  public long geometricSkip(double probability) {
    if (probability >= 1) {
      return 0;
    }
    double u = 1 - unit(); // in (0, 1], so the logarithm is finite
    double skip = Math.floor(Math.log(u) / Math.log1p(-probability));
    return skip >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) skip;
  }

  /**
   * Shuffles an array in place (Fisher-Yates).
   *
   * @param values the array
   */
  public void shuffle(int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = between(0, i);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}

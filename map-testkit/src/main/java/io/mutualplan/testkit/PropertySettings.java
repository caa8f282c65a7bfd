package io.mutualplan.testkit;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * How many cases a property runs and from which seed, with the system properties that override
 * what the test says, so a failure can be replayed, or a nightly build can run more cases, without
 * editing the test.
 */
final class PropertySettings {
  /** Overrides every property's number of cases, for example {@code -Dmap.property.cases=10000}. */
  static final String CASES = "map.property.cases";

  /**
   * Overrides every property's seed: a decimal or {@code 0x} hexadecimal long, or {@code random}
   * for a fresh seed each run.
   */
  static final String SEED = "map.property.seed";

  private PropertySettings() {}

  /** The number of cases: the system property when set, else the test's own number. */
  static int cases(int declared) {
    Optional<String> property = property(CASES);
    if (property.isEmpty()) {
      if (declared < 1) {
        throw new IllegalArgumentException("a property needs at least 1 case, not " + declared);
      }
      return declared;
    }
    try {
      int cases = Integer.parseInt(property.get().trim());
      if (cases >= 1) {
        return cases;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "-D" + CASES + "=" + property.get() + " is not a number of cases; give a whole number >= 1");
  }

  /**
   * The seed of the run: the system property when set, else the test's own seed when it gives
   * one, else {@code fallback}.
   */
  static long seed(Optional<String> declared, long fallback) {
    Optional<String> property = property(SEED);
    if (property.isPresent()) {
      return parseSeed(property.get(), "-D" + SEED);
    }
    return declared.map(s -> parseSeed(s, "the seed")).orElse(fallback);
  }

  /** A seed written as a decimal long, a {@code 0x} hexadecimal long, or {@code random}. */
  static long parseSeed(String text, String what) {
    String seed = text.trim().toLowerCase(Locale.ROOT);
    if (seed.equals("random")) {
      return new SecureRandom().nextLong();
    }
    try {
      if (seed.startsWith("0x")) {
        return Long.parseUnsignedLong(seed.substring(2), 16);
      }
      return Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + text
          + "' is not a seed; give a decimal or 0x-hexadecimal long, or 'random'", e);
    }
  }

  /** A seed as the failure report prints it and {@link #parseSeed} reads it. */
  static String format(long seed) {
    return "0x" + Long.toHexString(seed);
  }

  /**
   * The seed after {@code seed} (SplitMix64's finalizer over a golden-ratio step): the run's
   * cases use the seeds {@code s, next(s), next(next(s)), ...}, so running with a failing case's
   * seed and one case replays exactly that case.
   */
  static long next(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A stable 64-bit hash of a name (FNV-1a), for seeds derived from a test's name. */
  static long seedOf(String name) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      hash ^= name.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static Optional<String> property(String name) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}

package io.mutualplan.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean ...?" of a message about a misspelt name: the rule engine's, for a rule id or a
 * parameter name in a configuration, and the testkit's, for a generator that {@code @PlanProperty}
 * names. Both use this class, so the same typo gets the same suggestion in either place. (The JSON
 * readers suggest field names by a measure of their own, which also counts a swap of neighbours as
 * one edit.)
 *
 * <pre>{@code
 * Suggestion.closest("plan", List.of("plans", "chains"));   // Optional[plans]
 * Suggestion.closest("legal", List.of("plans", "chains"));  // Optional.empty
 * }</pre>
 */
public final class Suggestion {
  private Suggestion() {}

  /**
   * The known name closest to a misspelt one, when it is close enough to be a typo: at most two
   * edits apart, ignoring case.
   *
   * @param misspelt the name as written
   * @param known the names that exist
   * @return the closest known name, or empty when none is close enough
   */
  public static Optional<String> closest(String misspelt, Iterable<String> known) {
    String target = misspelt.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(target, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= 2 ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance, two rows at a time. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

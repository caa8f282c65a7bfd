package io.mutualplan.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean ...?" of a message about a misspelt name: the JSON readers', for an unknown
 * field; the rule engine's, for a rule id or a parameter name in a configuration; and the
 * testkit's, for a generator that {@code @PlanProperty} names. All three use this class, so the
 * same typo gets the same suggestion in every place.
 *
 * <p>A name is close enough when it is at most one edit away for a name of up to four
 * characters, two for up to eight and three for a longer one, ignoring case; an edit is a
 * character added, removed or replaced, or two neighbours swapped ({@code chians} is one edit from
 * {@code chains}).
 *
 * <pre>{@code
 * Suggestion.closest("plan", List.of("plans", "chains"));   // Optional[plans]
 * Suggestion.closest("legal", List.of("plans", "chains"));  // Optional.empty
 * }</pre>
 */
public final class Suggestion {
  /** Names longer than this are not compared: no typo of a known name is that long. */
  private static final int LONGEST = 64;

  private Suggestion() {}

  /**
   * The known name closest to a misspelt one, when it is close enough to be a typo (see the class
   * description); of equally close names, the first.
   *
   * @param misspelt the name as written
   * @param known the names that exist
   * @return the closest known name, or empty when none is close enough
   */
  public static Optional<String> closest(String misspelt, Iterable<String> known) {
    int allowed = misspelt.length() <= 4 ? 1 : misspelt.length() <= 8 ? 2 : 3;
    String target = misspelt.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(target, candidate.toLowerCase(Locale.ROOT), allowed);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * The edit distance counting a swap of neighbours as one edit (optimal string alignment), or
   * {@code Integer.MAX_VALUE} when it is certainly above {@code limit}.
   */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit || a.length() > LONGEST) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

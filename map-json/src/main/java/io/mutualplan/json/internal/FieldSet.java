package io.mutualplan.json.internal;

/**
 * The fields of one kind of object in the canonical order of the format's tables. The position of
 * a name is its ordinal: readers keep a bit per ordinal to find duplicates and missing required
 * fields, writers write in this order, and error messages list the names.
 */
final class FieldSet {
  private final String what;
  private final String[] names;
  private final int required;

  /**
   * @param what the object's name in messages, e.g. {@code "a milestone"}
   * @param required a bit per required ordinal
   * @param names the field names in canonical order; at most 32
   */
  FieldSet(String what, int required, String... names) {
    if (names.length > 32) {
      throw new IllegalArgumentException("at most 32 fields");
    }
    this.what = what;
    this.names = names.clone();
    for (int i = 0; i < this.names.length; i++) {
      this.names[i] = this.names[i].intern();
    }
    this.required = required;
  }

  /** The object's name in messages, for example {@code "a milestone"}. */
  String what() {
    return what;
  }

  int required() {
    return required;
  }

  String name(int ordinal) {
    return names[ordinal];
  }

  int size() {
    return names.length;
  }

  /**
   * The ordinal of {@code name}, or -1. Jackson interns field names, so the identity comparison
   * nearly always decides; the equality pass covers parsers that do not intern.
   */
  int ordinal(String name) {
    String[] all = names;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < all.length; i++) {
      if (all[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The known name closest to a misspelled one, or null when none is close. */
  String closest(String name) {
    int allowed = name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : names) {
      int distance = distance(name, candidate, allowed);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= allowed ? best : null;
  }

  String list() {
    return String.join(", ", names);
  }

  /**
   * Case-insensitive edit distance counting a swap of neighbours as one edit (optimal string
   * alignment), or a large value when it is certainly above {@code limit}.
   */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit || a.length() > 64) {
      return Integer.MAX_VALUE;
    }
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[][] d = new int[x.length() + 1][y.length() + 1];
    for (int i = 0; i <= x.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2)
            && x.charAt(i - 2) == y.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length()][y.length()];
  }
}

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

  /** The object's name in messages, e.g. {@code "a milestone"}. */
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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : names) {
      int distance = distance(name, candidate, 3);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(1, Math.min(3, name.length() / 3)) ? best : null;
  }

  String list() {
    return String.join(", ", names);
  }

  /** Case-insensitive edit distance, giving up (returning a large value) beyond {@code limit}. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit || a.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

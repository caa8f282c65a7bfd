package io.mutualplan.sheets.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Ids made from names and titles, as an import makes them for the people and milestones a table
 * brings: lower case, each run of anything but {@code a-z} and {@code 0-9} one {@code -}, no
 * {@code -} at either end, at most 100 characters, and {@code -2}, {@code -3}, ... added until the
 * id is not taken. {@code Sarah Chen} becomes {@code sarah-chen}; a second one {@code sarah-chen-2}.
 */
final class IdSlugs {
  /** The longest id the plan format allows. */
  static final int MAX_LENGTH = 100;

  private IdSlugs() {}

  /**
   * A new id for a name.
   *
   * @param name a person's name or a milestone's title
   * @param fallback the id to start from when the name has no letter or digit of {@code a-z0-9}
   * @param taken the ids already in use; the new id is not added to it
   * @return an id not in {@code taken}
   */
  static String unique(String name, String fallback, Set<String> taken) {
    String base = slug(name);
    if (base.isEmpty()) {
      base = fallback;
    }
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String candidate = trimDashes(cut(base, MAX_LENGTH - suffix.length())) + suffix;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** The name in lower case, runs of other characters as one {@code -}, trimmed and cut. */
  static String slug(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(Math.min(lower.length(), MAX_LENGTH + 1));
    boolean dash = false;
    for (int i = 0; i < lower.length() && slug.length() <= MAX_LENGTH; i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return trimDashes(cut(slug.toString(), MAX_LENGTH));
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  private static String trimDashes(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(0, end);
  }
}

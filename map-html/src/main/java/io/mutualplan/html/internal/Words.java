package io.mutualplan.html.internal;

import java.util.regex.Pattern;

/** Small pieces of the page's wording: counts with their nouns, text on one line. */
final class Words {
  /** Line breaks, tabs and other control or separator characters, and runs of spaces. */
  private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+");

  private Words() {}

  /** A count and its noun, for example {@code 1 day}, {@code 9 days}. */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 || count == -1 ? singular : plural);
  }

  /** A kebab-case spelling in words, capitalized, for example {@code In progress} for {@code in-progress}. */
  static String ofSpelling(String spelling) {
    String words = spelling.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A text on one line: every run of line breaks, tabs and spaces becomes one space. */
  static String oneLine(String text) {
    return BREAKS.matcher(text).replaceAll(" ").strip();
  }
}

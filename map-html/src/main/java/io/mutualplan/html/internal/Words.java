package io.mutualplan.html.internal;

/**
 * The page's words for the plan format's spellings. Counts are {@link io.mutualplan.core.Counts}'s
 * and text on one line {@link io.mutualplan.core.DisplayText}'s, as on the command line.
 */
final class Words {
  private Words() {}

  /** A kebab-case spelling in words, capitalized, for example {@code In progress} for {@code in-progress}. */
  static String ofSpelling(String spelling) {
    String words = spelling.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

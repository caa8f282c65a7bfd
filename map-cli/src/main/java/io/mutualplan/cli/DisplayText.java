package io.mutualplan.cli;

import java.util.regex.Pattern;

/**
 * Text from a plan, a file name or any other input, made safe to show to a person: in a terminal,
 * a Markdown document or a Mermaid chart. Every human-readable output of the command line (and
 * standard error) passes input text through here, so that the rule lives in one place.
 *
 * <p>Two kinds of character are replaced by a space (a run of them by one space):
 *
 * <ul>
 *   <li>control characters (C0 and C1, including the escape that starts a terminal's control
 *       sequences) and the line and paragraph separators U+2028 and U+2029: they would break a
 *       table's row or a chart's line, or make a terminal do something else than print;
 *   <li>the characters that reorder text on screen: the bidirectional embeddings, overrides and
 *       isolates (U+202A to U+202E, U+2066 to U+2069) and the directional marks (U+200E, U+200F,
 *       U+061C). With them, "pay 100 within 30 days" can be made to show its words in another
 *       order than the one the plan holds.
 * </ul>
 *
 * <p>JSON output is not changed: it escapes what it must, and programs read it, not people.
 */
final class DisplayText {
  private static final Pattern UNSAFE = Pattern.compile(
      "[\\p{Cc}\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]+");

  private DisplayText() {}

  /** The text on one line, every unsafe character replaced by a space. */
  static String line(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return UNSAFE.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  private static boolean isUnsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u2028' || c == '\u2029'
        || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}

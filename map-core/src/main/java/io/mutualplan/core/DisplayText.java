package io.mutualplan.core;

/**
 * Text from a plan (or a file name, or any other input) made safe to show to a person on one
 * line: in a terminal, a Markdown document, a Mermaid chart or a page. The {@code map} command and
 * the plan's page pass input text through here, so that the rule lives in one place.
 *
 * <p>Two kinds of character are replaced by a space (a run of them by one space):
 *
 * <ul>
 *   <li>control characters (C0 and C1, including the tab, the line breaks and the escape that
 *       starts a terminal's control sequences) and the line and paragraph separators U+2028 and
 *       U+2029: they would break a table's row or a chart's line, or make a terminal do something
 *       else than print;
 *   <li>the characters that reorder text on screen: the bidirectional embeddings, overrides and
 *       isolates (U+202A to U+202E, U+2066 to U+2069) and the directional marks (U+200E, U+200F,
 *       U+061C). With them, "pay 100 within 30 days" can be made to show its words in another
 *       order than the one the plan holds.
 * </ul>
 *
 * <p>Everything else is kept as it is, spaces included. JSON output needs none of this: it
 * escapes what it must, and programs read it, not people.
 */
public final class DisplayText {
  private DisplayText() {}

  /**
   * The text on one line, every unsafe character replaced by a space.
   *
   * <pre>{@code
   * DisplayText.line("Legal\nreview");   // "Legal review"
   * }</pre>
   *
   * @param text any text
   * @return the text itself when it has no unsafe character, else a copy with each run of them
   *     replaced by one space
   */
  public static String line(String text) {
    int first = 0;
    while (first < text.length() && !isUnsafe(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder line = new StringBuilder(text.length()).append(text, 0, first);
    boolean inRun = false;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c)) {
        line.append(c);
        inRun = false;
      } else if (!inRun) {
        line.append(' ');
        inRun = true;
      }
    }
    return line.toString();
  }

  private static boolean isUnsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u2028' || c == '\u2029'
        || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}

package io.mutualplan.sheets.internal;

/**
 * Text in a spreadsheet cell, as Excel stores it: XML cannot hold most control characters, so
 * Office Open XML writes each as {@code _xHHHH_} (its UTF-16 code in hex), and a literal {@code
 * _xHHHH_} in the text as {@code _x005F_xHHHH_}. Excel reads these back as the characters they
 * stand for; so does {@link #decode(String)}.
 */
final class ExcelText {
  private ExcelText() {}

  /**
   * The text as a cell stores it.
   *
   * @param text any text
   * @return the text with control characters and literal escapes written as {@code _xHHHH_}
   */
  static String encode(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if (!fitsXml(c)) {
        replacement = escape(c);
      } else if (c == '_' && isEscapeAt(text, i)) {
        replacement = escape('_');
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The text a cell stores, with every {@code _xHHHH_} turned back into its character.
   *
   * @param stored a cell's text as stored
   * @return the text
   */
  static String decode(String stored) {
    if (stored.indexOf("_x") < 0) {
      return stored;
    }
    StringBuilder out = new StringBuilder(stored.length());
    int i = 0;
    while (i < stored.length()) {
      if (stored.charAt(i) == '_' && isEscapeAt(stored, i)) {
        out.append((char) Integer.parseInt(stored.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        out.append(stored.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Whether XML 1.0 can hold the character (surrogates come in pairs in the plan's text).
   *
   * @param c a character of a plan's text
   * @return false for the control characters other than tab, line feed and carriage return, and
   *     for U+FFFE and U+FFFF
   */
  static boolean fitsXml(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
  }

  private static String escape(char c) {
    return String.format("_x%04X_", (int) c);
  }

  /** Whether {@code _xHHHH_} starts at {@code i}. */
  private static boolean isEscapeAt(String text, int i) {
    if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int j = i + 2; j < i + 6; j++) {
      if (Character.digit(text.charAt(j), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}

package io.mutualplan.json.internal;

/**
 * Text from the document quoted in a message: shortened, so a long mistake is not echoed whole,
 * and with control characters escaped, so a problem stays on one line.
 */
final class Quote {
  private static final int LONGEST = 40;

  private Quote() {}

  static String text(String value) {
    String shown = value.length() <= LONGEST ? value : value.substring(0, LONGEST - 3) + "...";
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
        return escape(shown);
      }
    }
    return shown;
  }

  /** A whole message from elsewhere (Jackson, the file system) kept on one line, not shortened. */
  static String oneLine(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
        return escape(value);
      }
    }
    return value;
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

package io.mutualplan.json;

import io.mutualplan.core.Texts;

/**
 * Text from the document quoted in a message: shortened as every MAP message shortens it, so a
 * long mistake is not echoed whole, and with control characters and broken surrogates escaped, so
 * a problem stays on one line and can be printed.
 */
final class Quote {
  private Quote() {}

  static String text(String value) {
    return oneLine(Texts.abbreviate(value));
  }

  /** A whole message from elsewhere (the file system, a stream) kept on one line. */
  static String oneLine(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean unprintable = c < 0x20 || c == 0x7F || Character.isSurrogate(c);
      if (unprintable && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out != null) {
        out.append(unprintable ? String.format("\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? value : out.toString();
  }
}

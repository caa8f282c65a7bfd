package io.mutualplan.ical.internal;

/**
 * Free text of a plan made fit for iCalendar: RFC 5545 text may hold line breaks (written
 * {@code \n}) and tabs but no other control characters, and a parameter value (a name in
 * {@code CN}) holds no line break at all.
 */
final class FeedText {
  private FeedText() {}

  /**
   * Text for a property's value: every line break one {@code \n}, other control characters gone.
   *
   * @param text any text
   * @return the text
   */
  static String value(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(lines.length());
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text for a parameter's value: on one line, without control characters.
   *
   * @param text any text
   * @return the text
   */
  static String parameter(String text) {
    return value(text).replace('\n', ' ').replace('\t', ' ');
  }
}

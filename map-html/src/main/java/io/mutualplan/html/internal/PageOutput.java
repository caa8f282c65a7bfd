package io.mutualplan.html.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * jte's escaping output for the pages' templates, which also writes as U+FFFD (the replacement
 * character) every character of a text that the HTML standard does not allow in a page. Every
 * text a template writes passes here, so this is the one place the rule is applied.
 *
 * <p>Those characters are, as the standard's "preprocessing the input stream" lists them (each is
 * a parse error wherever it stands): controls other than tab, line feed, form feed and carriage
 * return (NUL and the rest of C0, DEL, C1), noncharacters (U+FDD0 to U+FDEF, and the last two code
 * points of each plane, U+FFFE and U+FFFF to U+10FFFE and U+10FFFF) and unpaired surrogates. A
 * plan may hold all but the last.
 */
public final class PageOutput extends OwaspHtmlTemplateOutput {
  private static final char REPLACEMENT = '\uFFFD';

  /**
   * An output that writes to this one.
   *
   * @param output where the page goes
   */
  public PageOutput(TemplateOutput output) {
    super(output);
  }

  @Override
  public void writeUserContent(String value) {
    super.writeUserContent(value == null ? null : allowed(value));
  }

  /** The text with every character HTML does not allow replaced by U+FFFD. */
  static String allowed(String text) {
    StringBuilder replaced = null; // made at the first character to replace
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (!isAllowed(c)) {
        if (replaced == null) {
          replaced = new StringBuilder(text.length()).append(text, 0, i);
        }
        replaced.append(REPLACEMENT);
      } else if (replaced != null) {
        replaced.append(text, i, next);
      }
      i = next;
    }
    return replaced == null ? text : replaced.toString();
  }

  private static boolean isAllowed(int c) {
    boolean control = Character.getType(c) == Character.CONTROL // U+0000-U+001F, U+007F-U+009F
        && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    boolean noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    // codePointAt gives a surrogate only when it has no other half.
    boolean unpaired = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    return !control && !noncharacter && !unpaired;
  }
}

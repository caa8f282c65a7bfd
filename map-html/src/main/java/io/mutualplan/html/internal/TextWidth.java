package io.mutualplan.html.internal;

/**
 * How wide a line of text is drawn, estimated without a browser, so that the chart can keep labels
 * apart and cut a title that does not fit its column.
 *
 * <p>The widths are DejaVu Sans's advances (the sans-serif font of most Linux desktops and of
 * headless Chromium here), which are wider than Arial, Helvetica, Segoe UI, Roboto and San
 * Francisco: an estimate from them is an upper bound for the fonts the page asks for, so a label
 * that fits here fits there.
 */
final class TextWidth {
  /** Advances of the printable ASCII characters, space to tilde, in thousandths of an em. */
  private static final int[] ASCII = {
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337,
    637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531,
    1000, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863, 749, 788,
    604, 788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 337, 391, 838, 500,
    500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
    635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838
  };

  /** Letters outside ASCII (accented Latin, Greek, Cyrillic): about as wide as a capital. */
  private static final int OTHER = 780;

  /** Ideographs, emoji, dashes, ellipses and other characters drawn in a full square or close. */
  private static final int WIDE = 1000;

  private TextWidth() {}

  /**
   * The width of a line of text in the units of its font size.
   *
   * @param text the text, drawn on one line
   * @param fontSize the font size
   * @return the estimated advance of the whole text
   */
  static double of(String text, double fontSize) {
    long thousandths = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      thousandths += advance(codePoint);
      i += Character.charCount(codePoint);
    }
    return thousandths * fontSize / 1000.0;
  }

  /**
   * The longest start of a text that fits a width, with an ellipsis when it had to be cut.
   *
   * @param text the text, drawn on one line
   * @param fontSize the font size
   * @param width the width available
   * @return the text itself when it fits, else its start and {@code …}; empty when not even the
   *     ellipsis fits
   */
  static String fit(String text, double fontSize, double width) {
    if (of(text, fontSize) <= width) {
      return text;
    }
    long limit = (long) Math.floor(width * 1000.0 / fontSize) - advance('…');
    if (limit < 0) {
      return "";
    }
    long used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int next = advance(codePoint);
      if (used + next > limit) {
        break;
      }
      used += next;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  private static int advance(int codePoint) {
    if (codePoint >= ' ' && codePoint <= '~') {
      return ASCII[codePoint - ' '];
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || type == Character.CONTROL) {
      return 0;
    }
    return isWide(codePoint) ? WIDE : OTHER;
  }

  /**
   * East Asian wide characters, emoji and general punctuation (dashes, ellipsis), by block: a good
   * enough test for an estimate.
   */
  private static boolean isWide(int codePoint) {
    return codePoint >= 0x1100 && (codePoint <= 0x115F
        || (codePoint >= 0x2000 && codePoint <= 0x206F)
        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || codePoint >= 0x1F000);
  }
}

package io.mutualplan.html.internal;

/**
 * One line of text of the chart: where it is drawn, how large and which way it runs from its
 * anchor.
 *
 * @param x the anchor's horizontal position
 * @param baseline the baseline's vertical position
 * @param fontSize the font size
 * @param anchor {@code start} (the text runs right from {@code x}) or {@code end} (it ends there)
 * @param text the text, on one line
 */
public record ChartText(double x, double baseline, double fontSize, String anchor, String text) {
  /** Above the baseline, the tallest letters and accents reach this far, in ems. */
  private static final double ASCENT = 0.93;

  /** Below the baseline, descenders reach this far, in ems. */
  private static final double DESCENT = 0.24;

  /** Text that runs right from its anchor. */
  static final String START = "start";

  /** Text that ends at its anchor. */
  static final String END = "end";

  /**
   * The box the text covers, estimated from its letters (see {@link TextWidth}).
   *
   * @return the box
   */
  public Box box() {
    double width = TextWidth.of(text, fontSize);
    double left = END.equals(anchor) ? x - width : x;
    return new Box(left, baseline - ASCENT * fontSize, left + width, baseline + DESCENT * fontSize);
  }

  /**
   * The anchor's position for the page.
   *
   * @return {@code x}, written for SVG
   */
  public String xText() {
    return SvgNumber.of(x);
  }

  /**
   * The baseline's position for the page.
   *
   * @return {@code baseline}, written for SVG
   */
  public String baselineText() {
    return SvgNumber.of(baseline);
  }

  /**
   * The font size for the page.
   *
   * @return {@code fontSize}, written for SVG
   */
  public String fontSizeText() {
    return SvgNumber.of(fontSize);
  }
}

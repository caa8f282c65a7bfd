package io.mutualplan.html.internal;

/**
 * One line of text of the chart: where it is drawn, how large, how heavy and which way it runs from
 * its anchor.
 *
 * @param x the anchor's horizontal position
 * @param baseline the baseline's vertical position
 * @param fontSize the font size
 * @param weight the weight; the page writes it on the text, and the style sheet leaves it alone
 * @param anchor {@code start} (the text runs right from {@code x}) or {@code end} (it ends there)
 * @param text the text, on one line
 */
public record ChartText(
    double x, double baseline, double fontSize, FontWeight weight, String anchor, String text) {
  /** Above the baseline, the tallest letters and accents reach this far, in ems. */
  private static final double ASCENT = 0.93;

  /** Below the baseline, descenders reach this far, in ems. */
  private static final double DESCENT = 0.24;

  /**
   * How much longer than its estimate (see {@link TextWidth}) a text may be drawn, as a share of
   * the estimate: the room every text keeps beyond its far end, for a reader's font or renderer
   * that draws wider than the estimate. Chromium draws ASCII within a thousandth of it.
   */
  static final double TOLERANCE = 0.03;

  /** Text that runs right from its anchor. */
  static final String START = "start";

  /** Text that ends at its anchor. */
  static final String END = "end";

  /**
   * The longest start of a text whose box is no wider than {@code width}, with an ellipsis when it
   * had to be cut.
   *
   * @param text the text, on one line
   * @param fontSize the font size
   * @param weight the weight
   * @param width the width available
   * @return the text itself when it fits, else its start and {@code …}
   */
  static String fitted(String text, double fontSize, FontWeight weight, double width) {
    return TextWidth.fit(text, fontSize, weight, width / (1 + TOLERANCE));
  }

  /**
   * The box the text may cover: from its anchor, its estimated width and {@link #TOLERANCE} more
   * (the anchored end is where the browser puts it; only the far end depends on the font).
   *
   * @return the box
   */
  public Box box() {
    double width = TextWidth.of(text, fontSize, weight) * (1 + TOLERANCE);
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

  /**
   * The weight for the page.
   *
   * @return {@code 400} or {@code 600}
   */
  public String weightText() {
    return weight.css();
  }
}

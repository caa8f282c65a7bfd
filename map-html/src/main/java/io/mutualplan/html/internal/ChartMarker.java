package io.mutualplan.html.internal;

/**
 * A labelled vertical line across the chart: the as-of date, the deadline or the outcome.
 *
 * @param kind {@code as-of}, {@code deadline} or {@code outcome}, which the style sheet draws
 *     differently
 * @param x where the line is
 * @param top where the line starts, at the top of its label's lane
 * @param bottom where the line ends, below the last row
 * @param label the label beside the line
 */
public record ChartMarker(String kind, double x, double top, double bottom, ChartText label) {
  /**
   * The same line, ending elsewhere.
   *
   * @param newBottom where the line ends
   * @return the line
   */
  ChartMarker reaching(double newBottom) {
    return new ChartMarker(kind, x, top, newBottom, label);
  }

  /**
   * The line's position for the page.
   *
   * @return {@code x}, written for SVG
   */
  public String xText() {
    return SvgNumber.of(x);
  }

  /**
   * The line's top for the page.
   *
   * @return {@code top}, written for SVG
   */
  public String topText() {
    return SvgNumber.of(top);
  }

  /**
   * The line's bottom for the page.
   *
   * @return {@code bottom}, written for SVG
   */
  public String bottomText() {
    return SvgNumber.of(bottom);
  }
}

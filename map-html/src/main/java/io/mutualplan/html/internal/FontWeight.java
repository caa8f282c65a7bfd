package io.mutualplan.html.internal;

/**
 * How heavy a chart text is drawn. The chart writes each text's weight on the text itself, from
 * here, and estimates its width for the same weight: the style sheet sets no weight of its own on
 * the chart, so the browser draws what the layout measured.
 */
public enum FontWeight {
  /** Milestone titles and the lower tier of the date axis. */
  REGULAR("400"),
  /** The upper tier of the date axis and the labels of the as-of, deadline and outcome lines. */
  BOLD("600");

  private final String css;

  FontWeight(String css) {
    this.css = css;
  }

  /**
   * The weight as SVG and CSS write it.
   *
   * @return {@code 400} or {@code 600}
   */
  public String css() {
    return css;
  }
}

package io.mutualplan.html.internal;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One milestone's row of the chart: its label in the left column, and a bar from its early start
 * to its early finish or, for an event, a diamond at the end of its day; a tick at its due date.
 *
 * @param milestoneId the milestone's id
 * @param striped whether the row has a shaded band behind it (every other row)
 * @param top the row's top
 * @param height the row's height
 * @param label the milestone's title, cut to fit the left column
 * @param event whether the milestone is an event (a step of no days), drawn as a diamond
 * @param shape the box the bar or the diamond fills
 * @param dueX where the due date ends, if the milestone has one
 * @param look {@code critical}, {@code complete} or {@code open}, which the style sheet draws
 * @param tooltip what the bar's title says: the milestone, its dates and its float
 */
public record ChartRow(
    String milestoneId,
    boolean striped,
    double top,
    double height,
    ChartText label,
    boolean event,
    Box shape,
    OptionalDouble dueX,
    String look,
    String tooltip) {

  /**
   * The row's top for the page.
   *
   * @return {@code top}, written for SVG
   */
  public String topText() {
    return SvgNumber.of(top);
  }

  /**
   * The row's height for the page.
   *
   * @return {@code height}, written for SVG
   */
  public String heightText() {
    return SvgNumber.of(height);
  }

  /**
   * The bar's left edge for the page.
   *
   * @return the left edge, written for SVG
   */
  public String barX() {
    return SvgNumber.of(shape.left());
  }

  /**
   * The bar's top for the page.
   *
   * @return the top, written for SVG
   */
  public String barY() {
    return SvgNumber.of(shape.top());
  }

  /**
   * The bar's width for the page.
   *
   * @return the width, written for SVG
   */
  public String barWidth() {
    return SvgNumber.of(shape.right() - shape.left());
  }

  /**
   * The bar's height for the page.
   *
   * @return the height, written for SVG
   */
  public String barHeight() {
    return SvgNumber.of(shape.bottom() - shape.top());
  }

  /**
   * The diamond as the points of an SVG polygon: left, top, right, bottom.
   *
   * @return the points, written for SVG
   */
  public String eventPoints() {
    String middleX = SvgNumber.of((shape.left() + shape.right()) / 2);
    String middleY = SvgNumber.of((shape.top() + shape.bottom()) / 2);
    return SvgNumber.of(shape.left()) + "," + middleY + " " + middleX + ","
        + SvgNumber.of(shape.top()) + " " + SvgNumber.of(shape.right()) + "," + middleY + " "
        + middleX + "," + SvgNumber.of(shape.bottom());
  }

  /**
   * The due tick's position for the page.
   *
   * @return where the due date ends, written for SVG; empty without a due date
   */
  public Optional<String> dueXText() {
    return dueX.isPresent() ? Optional.of(SvgNumber.of(dueX.getAsDouble())) : Optional.empty();
  }

  /**
   * The due tick's top for the page: a little inside the row.
   *
   * @return the top, written for SVG
   */
  public String dueTopText() {
    return SvgNumber.of(top + height * 0.16);
  }

  /**
   * The due tick's bottom for the page: a little inside the row.
   *
   * @return the bottom, written for SVG
   */
  public String dueBottomText() {
    return SvgNumber.of(top + height * 0.84);
  }
}

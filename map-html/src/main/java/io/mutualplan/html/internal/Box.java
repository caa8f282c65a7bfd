package io.mutualplan.html.internal;

/**
 * A rectangle of the chart, in the SVG's user units (y grows downwards): what a label, a bar or an
 * event covers, so that the layout can keep them apart and tests can check it did.
 *
 * @param left the left edge
 * @param top the top edge
 * @param right the right edge
 * @param bottom the bottom edge
 */
public record Box(double left, double top, double right, double bottom) {
  /**
   * Whether two boxes share more than an edge.
   *
   * @param other another box
   * @return true when their insides meet
   */
  public boolean overlaps(Box other) {
    return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
  }

  /**
   * Whether a vertical line at {@code x} crosses this box.
   *
   * @param x the line's position
   * @return true when {@code x} lies strictly between the left and the right edge
   */
  public boolean spans(double x) {
    return left < x && x < right;
  }

  /**
   * This box grown by a margin on every side.
   *
   * @param margin the margin
   * @return the larger box
   */
  public Box grow(double margin) {
    return new Box(left - margin, top - margin, right + margin, bottom + margin);
  }
}

package io.mutualplan.json;

/**
 * Counts the lines of the text a checking source hands to the parser, the way the parser counts
 * them ({@code \n}, {@code \r} and {@code \r\n} each end a line), so that the source can say where
 * a bad character is without asking the parser.
 */
final class LineCounter {
  private int line = 1;
  /** The offset, in the source's units (bytes or characters), where the current line starts. */
  private long lineStart;
  private boolean afterReturn;

  /**
   * Starts counting.
   *
   * @param firstLineStart where the first line starts: after a byte order mark, which the parser
   *     does not count
   */
  LineCounter(long firstLineStart) {
    this.lineStart = firstLineStart;
  }

  /**
   * Passes one unit of the text.
   *
   * @param unit the byte or character
   * @param offset its offset in the source's units
   */
  void pass(int unit, long offset) {
    if (unit == '\r' || (unit == '\n' && !afterReturn)) {
      line++;
    }
    if (unit == '\r' || unit == '\n') {
      lineStart = offset + 1;
    }
    afterReturn = unit == '\r';
  }

  /** The line of the next unit, from 1. */
  int line() {
    return line;
  }

  /** The column of the unit at {@code offset}, on the current line, from 1. */
  int column(long offset) {
    return (int) (offset - lineStart + 1);
  }
}

package io.mutualplan.json;

/**
 * The text a parser read, where its source still holds it: for a syntax error, the character at
 * the error and the one before it, so that the message can name them.
 */
interface SourceText {
  /** A source that holds nothing. */
  SourceText NONE = new SourceText() {
    @Override
    public int unitAt(long offset) {
      return -1;
    }

    @Override
    public boolean isBytes() {
      return false;
    }

    @Override
    public boolean isEnd(long offset) {
      return false;
    }
  };

  /**
   * The unit (a byte of UTF-8, or a UTF-16 character) at an offset as the parser counts it.
   *
   * @param offset the parser's byte or character offset
   * @return the unit, or -1 when the source does not hold it
   */
  int unitAt(long offset);

  /**
   * Whether the units are bytes of UTF-8 rather than characters.
   *
   * @return true for bytes
   */
  boolean isBytes();

  /**
   * Whether the document ends at or before an offset, so that a parser stopping there found the
   * end of the text too early.
   *
   * @param offset the parser's byte or character offset
   * @return true when known to be at the end
   */
  boolean isEnd(long offset);
}

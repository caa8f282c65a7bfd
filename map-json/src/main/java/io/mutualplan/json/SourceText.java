package io.mutualplan.json;

import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;

/**
 * The text a parser read, where its source still holds it: for a syntax error, the character at
 * the error and the one before it, so that the message can name them, and whether the text ended
 * there.
 */
interface SourceText {
  /** A source that holds nothing and does not know where the text ends. */
  SourceText NONE = ending(offset -> false);

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

  /**
   * How long the text is, in units, when the source holds it whole; 0 when it does not know.
   *
   * @return the length, or 0
   */
  default int length() {
    return 0;
  }

  /** A document held whole, as bytes from {@code start}: the parser counts from there. */
  static SourceText of(byte[] bytes, int start) {
    return held(true, bytes.length - start, at -> bytes[at + start] & 0xFF);
  }

  /** A document held whole, as characters from {@code start}: the parser counts from there. */
  static SourceText of(String characters, int start) {
    return held(false, characters.length() - start, at -> characters.charAt(at + start));
  }

  /** A source that holds no text but knows where it ends. */
  static SourceText ending(LongPredicate isEnd) {
    return new SourceText() {
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
        return isEnd.test(offset);
      }
    };
  }

  private static SourceText held(boolean bytes, int length, IntUnaryOperator unit) {
    return new SourceText() {
      @Override
      public int unitAt(long offset) {
        return offset >= 0 && offset < length ? unit.applyAsInt((int) offset) : -1;
      }

      @Override
      public boolean isBytes() {
        return bytes;
      }

      @Override
      public boolean isEnd(long offset) {
        return offset >= length;
      }

      @Override
      public int length() {
        return length;
      }
    };
  }
}

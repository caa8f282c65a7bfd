package io.mutualplan.json;

import java.io.CharConversionException;

/**
 * The bytes of a document are not text in the encoding it is in: invalid UTF-8 (an overlong
 * encoding, an encoded surrogate, a stray byte), or an unpaired surrogate in UTF-16. Thrown by the
 * checking sources ({@link Utf8CheckedStream}, {@link CheckedDecodingReader}) once every character
 * before the bad one has been handed to the parser, so that the parser's context names the value
 * the bad character is in. The source counts lines as it hands them over, so it knows where the
 * bad character is.
 */
final class MalformedTextException extends CharConversionException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param byteOffset where the bad sequence starts, counted in bytes from 0
   * @param encoding the document's encoding, such as {@code UTF-8}
   * @param reason what is wrong with the bytes there
   * @param line the line of the bad sequence, from 1
   * @param column its column, from 1: in bytes for UTF-8, in characters for UTF-16 and UTF-32,
   *     as the parser counts them
   */
  MalformedTextException(long byteOffset, String encoding, String reason, int line, int column) {
    super("the document is not valid " + encoding + " at byte offset " + byteOffset + ": "
        + reason);
    this.line = line;
    this.column = column;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    // A problem of the input, reported as a DocumentProblem: the stack would say nothing.
    return this;
  }
}

package io.mutualplan.json.internal;

import java.io.CharConversionException;

/**
 * The bytes of a document are not text in the encoding it is in: invalid UTF-8 (an overlong
 * encoding, an encoded surrogate, a stray byte), or an unpaired surrogate in UTF-16. Thrown by
 * the checking sources of {@link DocumentFactory} only once every byte before the bad one has
 * been handed to the parser, so that the parser stands exactly on it.
 */
final class MalformedTextException extends CharConversionException {
  private static final long serialVersionUID = 1L;

  private final long byteOffset;
  private final long sourceOffset;
  private final int line;
  private final int column;

  /**
   * @param byteOffset where the bad sequence starts, counted in bytes from 0
   * @param encoding the document's encoding, e.g. {@code UTF-8}
   * @param reason what is wrong with the bytes there
   * @param sourceOffset how many bytes (or, from a reader, characters) the parser was handed
   * @param line the line of the bad byte when the source knows it, else -1
   * @param column its column in bytes when the source knows it, else -1
   */
  MalformedTextException(long byteOffset, String encoding, String reason, long sourceOffset,
      int line, int column) {
    super("the document is not valid " + encoding + " at byte offset " + byteOffset + ": " + reason);
    this.byteOffset = byteOffset;
    this.sourceOffset = sourceOffset;
    this.line = line;
    this.column = column;
  }

  long byteOffset() {
    return byteOffset;
  }

  /**
   * How many bytes (from a stream) or characters (from a reader) the parser was handed before the
   * failure: where it stands, which its own location may not say (see {@code JsonInput}).
   */
  long sourceOffset() {
    return sourceOffset;
  }

  /** The line of the bad byte, counted from 1, when the source knew it; else -1. */
  int line() {
    return line;
  }

  /** The column of the bad byte, counted from 1, when the source knew it; else -1. */
  int column() {
    return column;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    // A problem of the input, reported as a FormatProblem: the stack would say nothing.
    return this;
  }
}

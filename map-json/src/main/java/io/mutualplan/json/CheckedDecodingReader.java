package io.mutualplan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Objects;

/**
 * The characters of a UTF-16 or UTF-32 document, decoded strictly: an unpaired surrogate or a
 * value that is no character fails with {@link MalformedTextException} naming the byte offset,
 * the line and the column, once every character before it has been handed to the parser. (An
 * {@code InputStreamReader} would put U+FFFD in its place, silently changing the text.) Holds one
 * buffer, never the document; closing it does not close the stream it reads.
 */
final class CheckedDecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  /** The encoding's name in messages: {@code UTF-16} or {@code UTF-32}, whatever the order. */
  private final String encoding;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final LineCounter lines = new LineCounter(0);
  /** The document offset of {@code bytes}' index 0. */
  private long bufferOffset;
  /** Characters handed to the parser so far. */
  private long delivered;
  private boolean endOfInput;
  private boolean flushed;
  private MalformedTextException failure;

  /**
   * Reads a document.
   *
   * @param head the document's first bytes, already read from {@code in} to find the encoding
   * @param in the rest of the document
   * @param charset the encoding; a byte order mark, if the charset expects one, is skipped
   */
  CheckedDecodingReader(byte[] head, InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder();
    this.encoding = charset.name().substring(0, "UTF-16".length());
    bytes.put(head).flip();
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    if (failure != null) {
      throw failure;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        countLines(target, offset, out.position());
        failure = failure(result.length());
        break;
      }
      if (result.isOverflow() || out.position() > offset) {
        break;
      }
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
      } else {
        refill();
      }
    }
    int count = out.position() - offset;
    if (count == 0) {
      throw failure;
    }
    if (failure == null) {
      countLines(target, offset, out.position());
    }
    return count;
  }

  private void countLines(char[] characters, int from, int to) {
    for (int i = from; i < to; i++) {
      lines.pass(characters[i], delivered++);
    }
  }

  private void refill() throws IOException {
    bufferOffset += bytes.position();
    bytes.compact();
    int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (count < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + count);
    }
    bytes.flip();
  }

  private MalformedTextException failure(int length) {
    int at = bytes.position();
    // UTF-16 reports a lone surrogate with the unit after it: name only the surrogate.
    boolean utf16 = encoding.equals("UTF-16");
    int shown = utf16 ? Math.min(length, 2) : length;
    String found = Utf8.hexes(bytes.array(), at, Math.min(shown, bytes.limit() - at));
    String problem = endOfInput && at + length >= bytes.limit()
        ? "the document ends inside a character (bytes " + found + ")"
        : "bytes " + found
            + (utf16 ? " are an unpaired surrogate" : " are not a Unicode character");
    return new MalformedTextException(bufferOffset + at, encoding, problem, lines.line(),
        lines.column(delivered));
  }

  /** Whether the document ends at or before a character offset: all of it handed over. */
  boolean isEnd(long offset) {
    return flushed && offset >= delivered;
  }

  @Override
  public void close() {
    // The caller owns the stream read.
  }
}

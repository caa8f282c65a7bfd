package io.mutualplan.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A UTF-8 document's bytes on their way to the parser, checked to be valid UTF-8 (see {@link
 * Utf8}). It hands over every byte before a bad character and then fails with {@link
 * MalformedTextException} naming the byte offset, so that the parser, and with it the reader's
 * pointer, line and column, stands exactly on the bad character. It holds one buffer (8 KiB), never
 * the document. Closing it does not close the stream it reads.
 */
final class Utf8CheckedStream extends InputStream {
  private final InputStream in;
  private final byte[] buffer = new byte[8192];
  /** The document offset of {@code buffer[0]}. */
  private long bufferOffset;
  /** Handed over up to here. */
  private int position;
  /** Checked up to here; the bytes after it (at most three) wait for the rest of a character. */
  private int checked;
  private int end;
  private boolean endOfInput;
  private MalformedTextException failure;

  /**
   * @param head the document's first bytes, already read from {@code in} to find the encoding
   * @param in the rest of the document
   */
  Utf8CheckedStream(byte[] head, InputStream in) {
    this.in = in;
    System.arraycopy(head, 0, buffer, 0, head.length);
    this.end = head.length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    while (position == checked) {
      if (failure != null) {
        throw failure;
      }
      if (endOfInput) {
        return -1;
      }
      fill();
    }
    int count = Math.min(length, checked - position);
    System.arraycopy(buffer, position, target, offset, count);
    position += count;
    return count;
  }

  /** Reads more bytes behind the unfinished character, if any, and checks them. */
  private void fill() throws IOException {
    int waiting = end - checked;
    System.arraycopy(buffer, checked, buffer, 0, waiting);
    bufferOffset += checked;
    position = 0;
    checked = 0;
    end = waiting;
    int count = in.read(buffer, end, buffer.length - end);
    if (count < 0) {
      endOfInput = true;
    } else {
      end += count;
    }
    checked = Utf8.scan(buffer, 0, end);
    if (checked < end) {
      String problem = Utf8.problem(buffer, checked, end, endOfInput);
      if (problem != null) {
        failure = failure(checked, problem);
      }
    }
  }

  private MalformedTextException failure(int at, String problem) {
    int line = -1;
    int column = -1;
    if (bufferOffset == 0) {
      // Known only when the bad byte is in the first buffer: then the parser may not have started
      // (it reads the first bytes to find the encoding), so the failure must say where it is. Lines
      // end as the parser ends them: at \n, \r or \r\n.
      line = 1;
      // The parser skips a byte order mark and counts columns after it.
      int lineStart = at >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
          && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
      for (int i = lineStart; i < at; i++) {
        if (buffer[i] == '\n' || buffer[i] == '\r') {
          if (buffer[i] == '\r' && i + 1 < at && buffer[i + 1] == '\n') {
            i++;
          }
          line++;
          lineStart = i + 1;
        }
      }
      column = at - lineStart + 1;
    }
    return new MalformedTextException(bufferOffset + at, "UTF-8", problem, bufferOffset + at,
        line, column);
  }

  @Override
  public void close() {
    // The caller owns the stream read.
  }
}

package io.mutualplan.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A UTF-8 document's bytes on their way to the parser, checked to be valid UTF-8 (see {@link
 * Utf8}). It hands over every byte before a bad character and then fails with {@link
 * MalformedTextException} naming the byte offset, the line and the column, so that the parser's
 * context names the value the bad character is in. A leading byte order mark is not handed over:
 * the parser never sees one, whatever the source. It holds one buffer (8 KiB), never the
 * document, and can tell the bytes it last handed over, for messages about them. Closing it does
 * not close the stream it reads.
 */
final class Utf8CheckedStream extends InputStream implements SourceText {
  private static final int BYTE_ORDER_MARK_LENGTH = 3;

  private final InputStream in;
  private final byte[] buffer = new byte[8192];
  /**
   * The bytes handed over before the last fill, for {@link #unitAt}: the parser reads ahead of
   * the token it stops at by up to a buffer of its own.
   */
  private final byte[] before = new byte[8192];
  private int beforeLength;
  /** The bytes of a byte order mark skipped at the start: the parser counts from after them. */
  private final int skipped;
  private final LineCounter lines;
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
   * Reads a document.
   *
   * @param head the document's first bytes, already read from {@code in} to find the encoding
   * @param in the rest of the document
   */
  Utf8CheckedStream(byte[] head, InputStream in) {
    this.in = in;
    System.arraycopy(head, 0, buffer, 0, head.length);
    this.end = head.length;
    this.skipped = startsWithByteOrderMark(head) ? BYTE_ORDER_MARK_LENGTH : 0;
    this.position = skipped;
    this.checked = skipped;
    this.lines = new LineCounter(skipped);
  }

  /**
   * Whether bytes start with UTF-8's byte order mark, EF BB BF.
   *
   * @param bytes the first bytes of a document
   * @return true when the mark is there
   */
  static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= BYTE_ORDER_MARK_LENGTH && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
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
    System.arraycopy(buffer, 0, before, 0, checked);
    beforeLength = checked;
    int waiting = end - checked;
    System.arraycopy(buffer, checked, buffer, 0, waiting);
    bufferOffset += checked;
    position = 0;
    end = waiting;
    int count = in.read(buffer, end, buffer.length - end);
    if (count < 0) {
      endOfInput = true;
    } else {
      end += count;
    }
    checked = Utf8.scan(buffer, 0, end);
    for (int i = 0; i < checked; i++) {
      lines.pass(buffer[i], bufferOffset + i);
    }
    if (checked < end) {
      String problem = Utf8.problem(buffer, checked, end, endOfInput);
      if (problem != null) {
        long at = bufferOffset + checked;
        failure = new MalformedTextException(at, "UTF-8", problem, lines.line(), lines.column(at));
      }
    }
  }

  /**
   * The byte the parser read at {@code offset} (counted as the parser counts), while held: in the
   * current buffer or the one before it.
   */
  @Override
  public int unitAt(long offset) {
    long at = offset + skipped - bufferOffset;
    if (at < 0) {
      return at >= -beforeLength ? before[(int) (beforeLength + at)] & 0xFF : -1;
    }
    return at < position ? buffer[(int) at] & 0xFF : -1;
  }

  @Override
  public boolean isBytes() {
    return true;
  }

  @Override
  public boolean isEnd(long offset) {
    return endOfInput && position == end && offset + skipped >= bufferOffset + position;
  }

  @Override
  public void close() {
    // The caller owns the stream read.
  }
}

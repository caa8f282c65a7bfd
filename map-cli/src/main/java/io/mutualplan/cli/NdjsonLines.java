package io.mutualplan.cli;

import io.mutualplan.core.PlanLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an NDJSON stream, read in chunks and never whole: each line's bytes (without its
 * {@code \n} or {@code \r\n}) with its number, blank lines passed over. A line longer than a plan
 * document may be (512 MiB) is not kept: it comes back as a problem, and reading goes on after it.
 */
final class NdjsonLines {
  private static final int CHUNK_BYTES = 1 << 16;

  private final InputStream in;
  private final String source;
  private final byte[] chunk = new byte[CHUNK_BYTES];
  private int position;
  private int limit;
  private boolean ended;
  private long lineNumber;
  private long bytesRead;
  private long linesGiven;

  private byte[] line = new byte[1024];
  private int length;

  NdjsonLines(InputStream in, String source) {
    this.in = in;
    this.source = source;
  }

  /**
   * The share of a stream of {@code size} bytes that {@code done} of the lines given so far make:
   * the bytes up to the end of the last line given, in proportion to the lines done, since the
   * lines given run ahead of the plans done by the batches in flight.
   */
  double shareDone(long done, long size) {
    long bytesGiven = bytesRead - (limit - position);
    return linesGiven == 0 ? 0 : Math.min(1, (double) bytesGiven * done / linesGiven / size);
  }

  /**
   * The next line that is not blank.
   *
   * @return the line, or null at the end of the stream
   * @throws IOException when the stream cannot be read
   */
  PortfolioInput next() throws IOException {
    while (true) {
      if (!fill()) {
        return null;
      }
      lineNumber++;
      length = 0;
      boolean tooLong = false;
      boolean endOfLine = false;
      while (!endOfLine && fill()) {
        int start = position;
        while (position < limit && chunk[position] != '\n') {
          position++;
        }
        int count = position - start;
        if (position < limit) {
          position++; // the '\n'
          endOfLine = true;
        }
        if (!tooLong && (long) length + count > PlanLimits.MAX_DOCUMENT_BYTES) {
          tooLong = true;
        }
        if (!tooLong) {
          append(start, count);
        }
      }
      if (tooLong) {
        linesGiven++;
        return PortfolioInput.brokenLine(source, lineNumber,
            "the line is longer than 512 MiB, the limit of a plan document");
      }
      int end = length;
      if (end > 0 && line[end - 1] == '\r') {
        end--;
      }
      if (!blank(end)) {
        linesGiven++;
        return PortfolioInput.line(source, lineNumber, Arrays.copyOf(line, end));
      }
    }
  }

  /** Whether there are bytes to read, reading the next chunk when the last one is used up. */
  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    if (ended) {
      return false;
    }
    int read = in.read(chunk, 0, chunk.length);
    if (read < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = read;
    bytesRead += read;
    return true;
  }

  private void append(int start, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(chunk, start, line, length, count);
    length += count;
  }

  private boolean blank(int end) {
    for (int i = 0; i < end; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}

package io.mutualplan.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document made as it is read: a head, a unit repeated {@code count} times, a last unit and a
 * tail, so that tests can feed the reader hundreds of megabytes without holding them.
 */
final class GeneratedDocument extends InputStream {
  private final byte[] head;
  private final byte[] unit;
  private final byte[] last;
  private final byte[] tail;
  private final long count;
  private long position;
  private final long length;

  GeneratedDocument(String head, String unit, long count, String last, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.last = last.getBytes(StandardCharsets.UTF_8);
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    this.count = count;
    this.length = this.head.length + count * this.unit.length + this.last.length
        + this.tail.length;
  }

  @Override
  public int read() {
    if (position >= length) {
      return -1;
    }
    return byteAt(position++) & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int size) {
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(size, length - position);
    int done = 0;
    while (done < n) {
      long inUnits = position - head.length;
      if (inUnits >= 0 && inUnits < count * unit.length) {
        // Copy whole runs of the repeated unit: byte by byte is too slow for 512 MiB.
        int from = (int) (inUnits % unit.length);
        int run = (int) Math.min(Math.min(unit.length - from, n - done),
            count * unit.length - inUnits);
        System.arraycopy(unit, from, buffer, offset + done, run);
        done += run;
        position += run;
      } else {
        buffer[offset + done++] = byteAt(position++);
      }
    }
    return n;
  }

  private byte byteAt(long at) {
    if (at < head.length) {
      return head[(int) at];
    }
    at -= head.length;
    long units = count * unit.length;
    if (at < units) {
      return unit[(int) (at % unit.length)];
    }
    at -= units;
    if (at < last.length) {
      return last[(int) at];
    }
    return tail[(int) (at - last.length)];
  }
}

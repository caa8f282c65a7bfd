package io.mutualplan.html;

import java.io.IOException;
import java.io.Writer;

/** A writer whose every write fails with "disk full", as a full disk would. */
final class FailingWriter extends Writer {
  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    throw new IOException("disk full");
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}

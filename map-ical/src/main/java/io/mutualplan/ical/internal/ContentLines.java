package io.mutualplan.ical.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 content lines as bytes: each line ends in CRLF, and a line longer than 75 octets is
 * folded (CRLF and a space) before the octet that would pass the limit, never inside a UTF-8
 * character.
 */
public final class ContentLines {
  /** The longest line, in octets, without its line break. */
  static final int MAX_OCTETS = 75;

  private static final byte[] CRLF = {'\r', '\n'};

  private ContentLines() {}

  /**
   * Folds and ends one unfolded content line.
   *
   * @param line the line, without a line break; it holds no CR or LF
   * @param out where its bytes go
   */
  public static void write(String line, ByteArrayOutputStream out) {
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int codePoint = line.codePointAt(i);
      byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
      if (octets + bytes.length > MAX_OCTETS) {
        out.writeBytes(CRLF);
        out.write(' ');
        octets = 1;
      }
      out.writeBytes(bytes);
      octets += bytes.length;
      i += Character.charCount(codePoint);
    }
    out.writeBytes(CRLF);
  }
}

package io.mutualplan.json.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a document given as bytes, told from its first four bytes the way Jackson tells
 * it (RFC 4627 section 3, and byte order marks), so that the reader checks the bytes in the
 * encoding the parser decodes them in.
 */
enum DocumentEncoding {
  UTF_8(StandardCharsets.UTF_8, "UTF-8"),
  /** With a byte order mark, either order; the decoder skips the mark. */
  UTF_16(StandardCharsets.UTF_16, "UTF-16"),
  UTF_16BE(StandardCharsets.UTF_16BE, "UTF-16"),
  UTF_16LE(StandardCharsets.UTF_16LE, "UTF-16"),
  /** With a byte order mark, either order; the decoder skips the mark. */
  UTF_32(Charset.forName("UTF-32"), "UTF-32"),
  UTF_32BE(Charset.forName("UTF-32BE"), "UTF-32"),
  UTF_32LE(Charset.forName("UTF-32LE"), "UTF-32"),
  /** A UCS-4 byte order nobody uses: left to the parser, which rejects it. */
  UNUSUAL(null, "");

  private final Charset charset;
  private final String displayName;

  DocumentEncoding(Charset charset, String displayName) {
    this.charset = charset;
    this.displayName = displayName;
  }

  Charset charset() {
    return charset;
  }

  /** The name in messages. */
  String displayName() {
    return displayName;
  }

  /** The encoding of a document that starts with {@code head[0, length)}. */
  static DocumentEncoding of(byte[] head, int length) {
    if (length >= 4) {
      int quad = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8
          | (head[3] & 0xFF);
      switch (quad) {
        case 0x0000FEFF, 0xFFFE0000 -> {
          return UTF_32;
        }
        case 0x0000FFFE, 0xFEFF0000 -> {
          return UNUSUAL;
        }
        default -> {
          // no UTF-32 byte order mark
        }
      }
      int pair = quad >>> 16;
      if (pair == 0xFEFF || pair == 0xFFFE) {
        return UTF_16;
      }
      if ((quad >>> 8) == 0) {
        return UTF_32BE;
      }
      if ((quad & 0x00FF_FFFF) == 0) {
        return UTF_32LE;
      }
      if ((quad & ~0x00FF_0000) == 0 || (quad & ~0x0000_FF00) == 0) {
        return UNUSUAL;
      }
      return ofPair(pair);
    }
    if (length >= 2) {
      return ofPair((head[0] & 0xFF) << 8 | (head[1] & 0xFF));
    }
    return UTF_8;
  }

  /** JSON text starts with an ASCII character: a zero byte beside it tells UTF-16's order. */
  private static DocumentEncoding ofPair(int pair) {
    if ((pair & 0xFF00) == 0) {
      return UTF_16BE;
    }
    if ((pair & 0x00FF) == 0) {
      return UTF_16LE;
    }
    return UTF_8;
  }
}

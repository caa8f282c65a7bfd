package io.mutualplan.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * UTF-8 as the Unicode Standard defines it (table 3-7): no overlong encodings, no encoded
 * surrogates, nothing above U+10FFFF. Jackson's decoder checks only that continuation bytes look
 * like continuation bytes, so the reader checks the bytes itself before the parser sees them.
 */
final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of eight bytes: all clear means eight ASCII characters. */
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

  private Utf8() {}

  /**
   * Where the first character in {@code bytes[from, to)} that is not complete and valid UTF-8
   * starts, or {@code to} when every character is. A character cut off by {@code to} stops the
   * scan too: {@link #problem} tells whether more bytes could complete it.
   */
  static int scan(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      // Plan documents are nearly all ASCII: eight bytes at a time.
      while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i >= to) {
        break;
      }
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int length = validLength(bytes, i, to);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return to;
  }

  /** The length of the valid, complete character at {@code at}, a non-ASCII byte; else 0. */
  private static int validLength(byte[] bytes, int at, int to) {
    int lead = bytes[at] & 0xFF;
    int continuations = continuations(lead);
    if (continuations == 0 || at + continuations >= to) {
      return 0;
    }
    int second = bytes[at + 1] & 0xFF;
    if (second < lowestSecond(lead) || second > highestSecond(lead)) {
      return 0;
    }
    for (int k = 2; k <= continuations; k++) {
      if ((bytes[at + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return continuations + 1;
  }

  /** How many continuation bytes follow this lead byte; 0 when it cannot start a character. */
  private static int continuations(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 1;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 2;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 3;
    }
    return 0;
  }

  private static int lowestSecond(int lead) {
    return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  }

  private static int highestSecond(int lead) {
    return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  }

  /**
   * What is wrong with the character at {@code at}, where {@link #scan} stopped: a sentence for
   * the person reading the document; null when it is only cut off by {@code to} and more bytes
   * may follow ({@code endOfInput} false).
   */
  static String problem(byte[] bytes, int at, int to, boolean endOfInput) {
    int lead = bytes[at] & 0xFF;
    if (lead >= 0x80 && lead <= 0xBF) {
      return "byte " + hex(lead) + " continues a character that never started";
    }
    if (lead == 0xC0 || lead == 0xC1) {
      return "byte " + hex(lead) + " starts an overlong encoding, which UTF-8 does not allow";
    }
    int continuations = continuations(lead);
    if (continuations == 0) {
      return "byte " + hex(lead) + " never appears in UTF-8";
    }
    int available = Math.min(continuations, to - at - 1);
    if (available >= 1) {
      int second = bytes[at + 1] & 0xFF;
      if ((second & 0xC0) != 0x80) {
        return cutShort(bytes, at, 1);
      }
      if (second < lowestSecond(lead)) {
        return "bytes " + hex(lead) + " " + hex(second)
            + " start an overlong encoding, which UTF-8 does not allow";
      }
      if (second > highestSecond(lead)) {
        return "bytes " + hex(lead) + " " + hex(second) + (lead == 0xED
            ? " start an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow"
            : " start a code point above U+10FFFF, the last in Unicode");
      }
    }
    for (int k = 2; k <= available; k++) {
      if ((bytes[at + k] & 0xC0) != 0x80) {
        return cutShort(bytes, at, k);
      }
    }
    if (!endOfInput) {
      return null;
    }
    return "the document ends inside a character (bytes " + hexes(bytes, at, to - at) + ")";
  }

  private static String cutShort(byte[] bytes, int at, int bad) {
    return "the character starting with byte " + hex(bytes[at] & 0xFF) + " is cut short (bytes "
        + hexes(bytes, at, bad + 1) + ")";
  }

  /** Bytes in a message: {@code C0 AF}. */
  static String hexes(byte[] bytes, int at, int count) {
    return HEX.formatHex(bytes, at, at + count);
  }

  private static String hex(int value) {
    return HEX.toHexDigits((byte) value);
  }
}

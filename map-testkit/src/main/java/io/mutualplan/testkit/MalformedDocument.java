package io.mutualplan.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A plan document broken in one way: the bytes to feed a reader, and what was done to them.
 */
public final class MalformedDocument {
  private final Malformation malformation;
  private final byte[] bytes;
  private final String description;

  MalformedDocument(Malformation malformation, byte[] bytes, String description) {
    this.malformation = malformation;
    this.bytes = bytes.clone();
    this.description = description;
  }

  /**
   * How the document is broken.
   *
   * @return the malformation
   */
  public Malformation malformation() {
    return malformation;
  }

  /**
   * The document's bytes (not all of them UTF-8 for {@link Malformation#INVALID_UTF8}).
   *
   * @return a copy of the bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The document as text, with bytes that are not UTF-8 replaced by U+FFFD; for a reader that
   * takes text (for {@link Malformation#INVALID_UTF8} the text is no longer malformed in the same
   * way: use {@link #bytes()}).
   *
   * @return the text
   */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * What was done to the document, for example {@code truncated to 523 of 1410 bytes}.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MalformedDocument
        && ((MalformedDocument) other).malformation == malformation
        && Arrays.equals(((MalformedDocument) other).bytes, bytes);
  }

  @Override
  public int hashCode() {
    return malformation.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    String text = text();
    return malformation + " (" + description + "): "
        + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
  }
}

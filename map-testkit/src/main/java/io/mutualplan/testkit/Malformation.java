package io.mutualplan.testkit;

/**
 * One way to break a plan document so that it is no longer a readable {@code mutual-action-plan/1}
 * document: each must end in map-json's {@code DocumentReadException}, never in another exception,
 * a hang or an exhausted stack.
 */
public enum Malformation {
  /** Cut short at a random byte (possibly in the middle of a character), or empty. */
  TRUNCATED,
  /** One brace or bracket deleted. */
  DELETED_BRACKET,
  /**
   * One value replaced by a value of another JSON type: a string by {@code true}, a number by a
   * string, a boolean by a number, an object by an array, an array by an object.
   */
  SWAPPED_TYPE,
  /** One object member repeated in the same object. */
  DUPLICATE_KEY,
  /**
   * One number replaced by a huge one: hundreds of digits, or an exponent like {@code
   * 1e999999999}. (A string is replaced when the document has no number.)
   */
  HUGE_NUMBER,
  /**
   * Bytes that are not UTF-8 inside a string: a stray continuation byte, {@code 0xFF}, an
   * overlong encoding, an encoded surrogate, a code point above U+10FFFF, a cut-off sequence.
   */
  INVALID_UTF8,
  /** A <code>&#92;u</code> escape of half a surrogate pair inside a string. */
  UNPAIRED_SURROGATE,
  /**
   * An escape JSON does not have (<code>&#92;x41</code>, <code>&#92;u12G4</code>,
   * <code>&#92;'</code>) or a raw control character inside a string.
   */
  BAD_ESCAPE,
  /** Something after the end of the document. */
  TRAILING_CONTENT,
  /** The document is an array holding the plan, or a bare value. */
  NOT_AN_OBJECT,
  /** An extra field nested more than 64 levels deep, up to 10,000. */
  TOO_DEEP
}

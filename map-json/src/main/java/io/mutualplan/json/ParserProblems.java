package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.mutualplan.core.PlanLimits;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the parser stopped at, said for people. The words come from the parser's state (where it
 * is, what it read last), the configured limits (the plan's own for text) and the character at
 * the error, never from the parser's own messages, which are written for programmers and change
 * between releases.
 */
final class ParserProblems {
  private ParserProblems() {}

  /**
   * The limit the parser hit, found by comparing its state with its constraints: a string is
   * checked when it is read, a number while it is read after a name or in an array, a name while
   * it is read in an object, and nesting and size wherever the parser is.
   *
   * @param parser the parser, where it stopped
   * @param offset how far into the document the parser is, in its units
   * @return the sentence
   */
  static String limit(JsonParser parser, long offset) {
    StreamReadConstraints limits = parser.streamReadConstraints();
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return stringTooLong();
    }
    if (limits.getMaxDocumentLength() > 0 && offset >= limits.getMaxDocumentLength()) {
      return "the document is longer than " + limits.getMaxDocumentLength()
          + " bytes, the largest a reader accepts";
    }
    if (context.getNestingDepth() >= limits.getMaxNestingDepth()) {
      return "nesting deeper than " + limits.getMaxNestingDepth() + " levels of objects and"
          + " arrays; a plan document never needs that many";
    }
    if (token == JsonToken.FIELD_NAME || !context.inObject()) {
      return "a number longer than " + limits.getMaxNumberLength() + " characters";
    }
    return nameTooLong();
  }

  /** A string over the plan's text limit, whether the parser or the reader found it. */
  static String stringTooLong() {
    int most = PlanLimits.MAX_TEXT_LENGTH;
    return "a string over " + most + " characters; text in a plan is at most " + most
        + " characters";
  }

  /** A field name over the plan's text limit, whether the parser or the reader found it. */
  static String nameTooLong() {
    int most = PlanLimits.MAX_TEXT_LENGTH;
    return "a field name over " + most + " characters; names and attribute keys are at most "
        + most + " characters";
  }

  /**
   * Text that holds an unpaired surrogate, in a value the reader checks or in a field name the
   * parser rejects: the same words for both.
   *
   * @param what the text in messages, such as {@code "title"} or {@code "a field name"}
   * @param surrogate the unpaired surrogate
   * @param index where it is in the text, from 0; -1 when not known
   * @return the sentence
   */
  static String unpairedSurrogate(String what, char surrogate, int index) {
    return what + " contains an unpaired surrogate (\\u"
        + String.format(Locale.ROOT, "%04X", (int) surrogate)
        + (index < 0 ? "" : " at character " + (index + 1)) + "); text must be valid Unicode";
  }

  /**
   * The first escape that makes an unpaired surrogate in the field name the parser stopped in
   * (<code>"k&#92;ud800"</code>): the parser rejects such a name itself, while it reads such a value
   * and leaves it to the reader to check. The name is read from its opening quote up to where the
   * parser stopped, which is past the escape; from the first unit the source still holds when a
   * stream has let the quote go (the escape's place in the name is then not told).
   *
   * @param text the text, where the source still holds it
   * @param offset where the parser stopped, in its units
   * @return the escape, or null when the name up to there has none (or the text is not held)
   */
  static UnpairedEscape unpairedEscapeInName(SourceText text, long offset) {
    long unit = offset;
    while (text.unitAt(unit - 1) >= 0
        && (text.unitAt(unit - 1) != '"' || isEscaped(text, unit - 1))) {
      unit--;
    }
    boolean fromQuote = text.unitAt(unit - 1) == '"';
    int characters = 0; // UTF-16 characters of the name before the unit, when read from its quote
    UnpairedEscape high = null; // a high surrogate's escape, until a low one follows it
    while (unit < offset) {
      int first = text.unitAt(unit);
      int escaped = first == '\\' && text.unitAt(unit + 1) == 'u' ? hex(text, unit + 2) : -1;
      if (high != null && !Character.isLowSurrogate((char) escaped)) {
        return high;
      }
      if (escaped >= 0 && Character.isSurrogate((char) escaped)) {
        UnpairedEscape here = new UnpairedEscape(unit, unpairedSurrogate("a field name",
            (char) escaped, fromQuote ? characters : -1));
        if (Character.isLowSurrogate((char) escaped) && high == null) {
          return here;
        }
        high = high == null ? here : null;
      }
      // An escape is one character; so is one of UTF-8, counted at its first byte, but for the
      // two of one beyond U+FFFF.
      unit += escaped >= 0 ? 6 : first == '\\' ? 2 : 1;
      if (first == '\\' || !text.isBytes() || first < 0x80) {
        characters++;
      } else if (first >= 0xC0) {
        characters += first >= 0xF0 ? 2 : 1;
      }
    }
    return high;
  }

  /**
   * An escape that makes an unpaired surrogate in a field name.
   *
   * @param offset where the escape starts, in the parser's units
   * @param message the problem
   */
  record UnpairedEscape(long offset, String message) {}

  /** The value of the four hex digits at {@code at}; -1 when they are not four hex digits. */
  private static int hex(SourceText text, long at) {
    int value = 0;
    for (long digit = at; digit < at + 4; digit++) {
      int hex = Character.digit(text.unitAt(digit), 16);
      if (hex < 0) {
        return -1;
      }
      value = value * 16 + hex;
    }
    return value;
  }

  /** Whether the character at {@code at} follows an odd number of backslashes, which escape it. */
  private static boolean isEscaped(SourceText text, long at) {
    long backslashes = 0;
    while (text.unitAt(at - backslashes - 1) == '\\') {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /**
   * Where the character at fault starts, from where the parser stopped: on the last byte of a
   * character of several bytes in UTF-8, or just past a control character it took for white space
   * ({@code {"id": \u0000}}); {@code offset} itself when the text is not held.
   *
   * @param text the text, where the source still holds it
   * @param offset where the parser stopped, in its units
   * @return the offset of the character's first unit
   */
  static long characterStart(SourceText text, long offset) {
    if (text.isBytes() && isContinuation(text.unitAt(offset))) {
      long start = offset;
      while (offset - start < 3 && isContinuation(text.unitAt(start))) {
        start--;
      }
      return text.unitAt(start) >= 0xC0 ? start : offset;
    }
    int before = text.unitAt(offset - 1);
    boolean controlBefore = before >= 0 && before < 0x20 && before != '\t' && before != '\n'
        && before != '\r';
    return controlBefore ? offset - 1 : offset;
  }

  private static boolean isContinuation(int unit) {
    return unit >= 0x80 && unit < 0xC0;
  }

  /**
   * A syntax error: what was found, and what was expected there.
   *
   * @param parser the parser, where it stopped
   * @param offset the error's offset, in the parser's units
   * @param text the text, where the source still holds it
   * @param inString whether the parser was reading a string's characters
   * @return the sentence
   */
  static String syntax(JsonParser parser, long offset, SourceText text, boolean inString) {
    int found = codePointAt(text, offset);
    int before = significantUnitBefore(text, offset);
    String foundWords = found < 0 ? "an unexpected character" : "unexpected " + shown(found);
    if (inString || before == '\\') {
      if (found >= 0 && found < 0x20) {
        return "a string holds the control character " + shown(found) + "; write it as an"
            + " escape, such as \\n or \\u" + String.format(Locale.ROOT, "%04X", found);
      }
      return "a string holds an escape JSON does not have: a backslash is followed by one of"
          + " \" \\ / b f n r t, or by u and four hex digits";
    }
    JsonStreamContext context = parser.getParsingContext();
    JsonToken last = parser.currentToken();
    if (context.inRoot()) {
      return last == null
          ? foundWords + "; a document starts with '{'"
          : foundWords + " after the end of the document; a document holds one JSON object";
    }
    if (found == '}' && context.inArray()) {
      return foundWords + "; the array is not closed: ']' was expected first";
    }
    if (found == ']' && context.inObject()) {
      return foundWords + "; the object is not closed: '}' was expected first";
    }
    boolean valueExpected = context.inArray()
        ? last == JsonToken.START_ARRAY || before == ','
        : last == JsonToken.FIELD_NAME && before == ':';
    if (valueExpected || (last == JsonToken.FIELD_NAME && isPartOfValue(before))) {
      String value = value(text, offset, found, before);
      if (value != null) {
        return value;
      }
    }
    if (context.inArray()) {
      return foundWords + (last == JsonToken.START_ARRAY ? "; a value or ']' was expected"
          : before == ',' ? "; a value was expected after ','" : "; ',' or ']' was expected");
    }
    if (last == JsonToken.START_OBJECT) {
      return foundWords + "; a field name in double quotes or '}' was expected";
    }
    String name = Quote.text(String.valueOf(context.getCurrentName()));
    if (last == JsonToken.FIELD_NAME) {
      return foundWords + (before == ':' ? "; a value was expected after ':'"
          : before >= 0 ? "; ':' was expected after the field name '" + name + "'"
          : "; ':' and a value were expected after the field name '" + name + "'");
    }
    return foundWords + (before == ','
        ? "; a field name in double quotes was expected after ','"
        : "; ',' or '}' was expected after the value of '" + name + "'");
  }

  /** A bad value where a value was expected: a word JSON does not have, or a malformed number. */
  private static String value(SourceText text, long offset, int found, int before) {
    if (isLetter(found) || isLetter(before)) {
      return "'" + word(text, offset) + "' is not a JSON value; text is written in double"
          + " quotes, and the only words are true, false and null";
    }
    if (found == '\'') {
      return "unexpected '''; text is written in double quotes";
    }
    if (isPartOfNumber(found) || isPartOfNumber(before)) {
      return "a number is not written as JSON writes numbers: no '+' and no leading zeros, a"
          + " digit on each side of '.', and digits after 'e'";
    }
    return null;
  }

  private static boolean isPartOfValue(int unit) {
    return isLetter(unit) || isPartOfNumber(unit);
  }

  private static boolean isLetter(int unit) {
    return (unit >= 'a' && unit <= 'z') || (unit >= 'A' && unit <= 'Z');
  }

  private static boolean isPartOfNumber(int unit) {
    return (unit >= '0' && unit <= '9') || unit == '+' || unit == '-' || unit == '.';
  }

  /** The letters around {@code offset}, such as {@code tru} or {@code NaN}. */
  private static String word(SourceText text, long offset) {
    long start = offset;
    while (start > 0 && isLetter(text.unitAt(start - 1)) && offset - start < 20) {
      start--;
    }
    StringBuilder word = new StringBuilder();
    for (long at = start; isLetter(text.unitAt(at)) && word.length() < 20; at++) {
      word.append((char) text.unitAt(at));
    }
    return word.toString();
  }

  /** The last unit before {@code offset} that is not white space; -1 when not known. */
  private static int significantUnitBefore(SourceText text, long offset) {
    for (long at = offset - 1; at >= 0 && at >= offset - 64; at--) {
      int unit = text.unitAt(at);
      if (unit != ' ' && unit != '\t' && unit != '\n' && unit != '\r') {
        return unit;
      }
    }
    return -1;
  }

  /** The character at {@code offset}, decoded from UTF-8 for bytes; -1 when not known. */
  private static int codePointAt(SourceText text, long offset) {
    int unit = text.unitAt(offset);
    if (unit < 0x80 || !text.isBytes()) {
      int next = Character.isHighSurrogate((char) unit) ? text.unitAt(offset + 1) : -1;
      return next >= 0 && Character.isLowSurrogate((char) next)
          ? Character.toCodePoint((char) unit, (char) next) : unit;
    }
    int length = unit >= 0xF0 ? 4 : unit >= 0xE0 ? 3 : 2;
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      int part = text.unitAt(offset + i);
      if (part < 0) {
        return -1;
      }
      bytes[i] = (byte) part;
    }
    return new String(bytes, StandardCharsets.UTF_8).codePointAt(0);
  }

  /** A character in a message: quoted when it can be seen, else its code point. */
  private static String shown(int codePoint) {
    if (codePoint < 0x20 || codePoint == 0x7F || Character.isWhitespace(codePoint)
        || !Character.isDefined(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
      return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
    return "'" + new String(Character.toChars(codePoint)) + "'";
  }
}

package io.mutualplan.json.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages, said in the language of the documents: "nesting deeper than 64 levels", not
 * "Document nesting depth (65) exceeds the maximum allowed (64, from
 * `StreamReadConstraints.getMaxNestingDepth()`)".
 */
final class ParserMessages {
  private static final Pattern LIMIT =
      Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+)");
  private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: .*?\\]|\\s*\\(start marker at.*?\\)\\)?");

  private ParserMessages() {}

  /** A stream constraint (a reader limit) was hit. */
  static String limit(String jackson) {
    Matcher matcher = LIMIT.matcher(jackson == null ? "" : jackson);
    if (!matcher.find()) {
      return "the document is beyond the reader's limits: " + clean(jackson);
    }
    String kind = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
    String limit = matcher.group(3);
    if (kind.contains("nesting")) {
      return "nesting deeper than " + limit + " levels of objects and arrays; a plan document"
          + " never needs that many";
    }
    if (kind.contains("string")) {
      return "a string over " + limit + " characters; text in a plan is at most " + limit
          + " characters";
    }
    if (kind.contains("name")) {
      return "a field name over " + limit + " characters; names and attribute keys are at most "
          + limit + " characters";
    }
    if (kind.contains("number")) {
      return "a number longer than " + limit + " characters";
    }
    if (kind.contains("document")) {
      return "the document is longer than " + limit + " bytes, the largest a reader accepts";
    }
    if (kind.contains("token")) {
      return "the document has more than " + limit + " tokens";
    }
    return "the document is beyond the reader's limits: " + clean(jackson);
  }

  /** Whether a limit is about one value (a string, a name, a number) rather than the document. */
  static boolean isValueLimit(String jackson) {
    String message = jackson == null ? "" : jackson;
    return message.startsWith("String value length") || message.startsWith("Number value length")
        || message.startsWith("Name length");
  }

  /** The text is not JSON. */
  static String syntax(String jackson) {
    String message = clean(jackson);
    if (message.startsWith("Unexpected end-of-input")) {
      return "the document ends too early: an object, array or string is not closed"
          + " (was the file cut off?)";
    }
    if (message.startsWith("Duplicate field")) {
      return "a key appears twice in one object: " + message;
    }
    return "the document is not valid JSON: " + lowerFirst(message);
  }

  /** Reading the bytes failed: not text in a Unicode encoding, or an I/O error. */
  static String io(IOException e) {
    String message = clean(e.getMessage());
    if (e instanceof CharConversionException) {
      return "the document is not valid Unicode text: " + lowerFirst(message);
    }
    return "the document could not be read: " + (message.isEmpty()
        ? e.getClass().getSimpleName() : lowerFirst(message));
  }

  private static String clean(String message) {
    if (message == null) {
      return "";
    }
    String cleaned = SOURCE.matcher(message).replaceAll("");
    int newline = cleaned.indexOf('\n');
    if (newline >= 0) {
      cleaned = cleaned.substring(0, newline);
    }
    return Quote.oneLine(cleaned.trim());
  }

  private static String lowerFirst(String message) {
    if (message.length() > 1 && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    return message;
  }
}

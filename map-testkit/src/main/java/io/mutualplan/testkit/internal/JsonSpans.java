package io.mutualplan.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the values, keys, members and brackets of a well-formed JSON text are, so that a generator
 * can break the text in one chosen place: read from Jackson's parser, which tells where each token
 * starts.
 */
public final class JsonSpans {
  /** What a span holds. */
  public enum Kind {
    /** A string value. */
    STRING,
    /** A number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL,
    /** An object, braces included. */
    OBJECT,
    /** An array, brackets included. */
    ARRAY,
    /** An object's key, quotes included. */
    KEY
  }

  /**
   * A stretch of the text.
   *
   * @param kind what it holds
   * @param start the index of its first character
   * @param end the index after its last character
   */
  public record Span(Kind kind, int start, int end) {}

  private final List<Span> values = new ArrayList<>();
  private final List<Span> keys = new ArrayList<>();
  private final List<Span> members = new ArrayList<>();
  private final List<Integer> brackets = new ArrayList<>();

  private JsonSpans() {}

  /**
   * Finds the spans of a well-formed JSON text.
   *
   * @param json the text
   * @return its spans
   */
  public static JsonSpans of(String json) {
    JsonSpans spans = new JsonSpans();
    spans.scan(json);
    return spans;
  }

  /**
   * Every value except the outermost one, in document order (an enclosing value after the values
   * inside it).
   *
   * @return the value spans
   */
  public List<Span> values() {
    return values;
  }

  /**
   * Every object key.
   *
   * @return the key spans
   */
  public List<Span> keys() {
    return keys;
  }

  /**
   * Every object member, from its key's opening quote to the end of its value.
   *
   * @return the member spans (of kind {@link Kind#KEY})
   */
  public List<Span> members() {
    return members;
  }

  /**
   * The positions of every brace and bracket outside strings.
   *
   * @return the positions
   */
  public List<Integer> brackets() {
    return brackets;
  }

  /**
   * Walks the text with Jackson's parser, which says where each token starts. A scalar ends where
   * its text ends (a string where the parser stands once it has read it), an object or array after
   * its closing bracket, and a key at its closing quote, the last one before its value's colon.
   */
  private void scan(String json) {
    Deque<int[]> open = new ArrayDeque<>(); // {start, the start of its key or -1}
    int pendingKey = -1;
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        int at = (int) parser.currentTokenLocation().getCharOffset();
        if (token == JsonToken.FIELD_NAME) {
          pendingKey = at;
          continue;
        }
        int key = pendingKey;
        pendingKey = -1;
        if (key >= 0) {
          keys.add(new Span(Kind.KEY, key, keyEnd(json, at)));
        }
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            brackets.add(at);
            open.push(new int[] {at, key});
          }
          case END_OBJECT, END_ARRAY -> {
            brackets.add(at);
            int[] closed = open.pop();
            if (!open.isEmpty()) {
              Kind kind = token == JsonToken.END_OBJECT ? Kind.OBJECT : Kind.ARRAY;
              value(new Span(kind, closed[0], at + 1), closed[1]);
            }
          }
          case VALUE_STRING -> {
            parser.getText();
            value(new Span(Kind.STRING, at, (int) parser.currentLocation().getCharOffset()), key);
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
              value(new Span(Kind.NUMBER, at, at + parser.getText().length()), key);
          case VALUE_NULL -> value(new Span(Kind.NULL, at, at + 4), key);
          default -> value(new Span(Kind.BOOLEAN, at, at + token.asString().length()), key);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not well-formed JSON", e);
    }
  }

  private void value(Span value, int key) {
    values.add(value);
    if (key >= 0) {
      members.add(new Span(Kind.KEY, key, value.end()));
    }
  }

  /** Where the key before the value at {@code valueStart} ends: after its closing quote. */
  private static int keyEnd(String json, int valueStart) {
    int at = valueStart;
    while (json.charAt(at - 1) != '"') {
      at--; // white space and the colon
    }
    return at;
  }
}

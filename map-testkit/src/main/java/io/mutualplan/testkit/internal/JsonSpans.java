package io.mutualplan.testkit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the values, keys, members and brackets of a well-formed JSON text are, so that a generator
 * can break the text in one chosen place. A loop with an explicit stack, not recursion.
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

  /** One open object or array, and the key waiting for its value. */
  private static final class Frame {
    final int start;
    final boolean object;
    int pendingKey = -1;
    boolean expectKey;

    Frame(int start, boolean object) {
      this.start = start;
      this.object = object;
      this.expectKey = object;
    }
  }

  private void scan(String json) {
    Deque<Frame> open = new ArrayDeque<>();
    int i = 0;
    int n = json.length();
    while (i < n) {
      char c = json.charAt(i);
      switch (c) {
        case '{':
        case '[':
          brackets.add(i);
          open.push(new Frame(i, c == '{'));
          i++;
          break;
        case '}':
        case ']':
          brackets.add(i);
          Frame closed = open.pop();
          i++;
          if (!open.isEmpty()) {
            value(open, new Span(closed.object ? Kind.OBJECT : Kind.ARRAY, closed.start, i));
          }
          break;
        case '"': {
          int end = stringEnd(json, i);
          Frame top = open.peek();
          if (top != null && top.object && top.expectKey) {
            keys.add(new Span(Kind.KEY, i, end));
            top.pendingKey = i;
            top.expectKey = false;
          } else {
            value(open, new Span(Kind.STRING, i, end));
          }
          i = end;
          break;
        }
        case ',':
          if (!open.isEmpty() && open.peek().object) {
            open.peek().expectKey = true;
          }
          i++;
          break;
        case 't':
        case 'f':
          int length = c == 't' ? 4 : 5;
          value(open, new Span(Kind.BOOLEAN, i, i + length));
          i += length;
          break;
        case 'n':
          value(open, new Span(Kind.NULL, i, i + 4));
          i += 4;
          break;
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            int end = i + 1;
            while (end < n && "0123456789+-.eE".indexOf(json.charAt(end)) >= 0) {
              end++;
            }
            value(open, new Span(Kind.NUMBER, i, end));
            i = end;
          } else {
            i++; // ':' and whitespace
          }
      }
    }
  }

  private void value(Deque<Frame> open, Span value) {
    values.add(value);
    Frame top = open.peek();
    if (top != null && top.object && top.pendingKey >= 0) {
      members.add(new Span(Kind.KEY, top.pendingKey, value.end()));
      top.pendingKey = -1;
    }
  }

  /** The index after the closing quote of the string that opens at {@code start}. */
  private static int stringEnd(String json, int start) {
    int i = start + 1;
    while (json.charAt(i) != '"') {
      i += json.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}

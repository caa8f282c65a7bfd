package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Where each value of one document started in the text, kept during one read so that a problem
 * the model finds once the plan is built (it knows only JSON Pointers) can be given a line and a
 * column. One row per value, in document order: where it started, its key in its object (none in
 * an array), and the row of the object or array it is in. The root value is row 0. Made by the read
 * that reads the document and dropped with it.
 *
 * <p>A place packs the line in the high and the column in the low 32 bits of a {@code long};
 * {@link #UNKNOWN} when the parser has no positions.
 */
final class ValuePlaces {
  static final long UNKNOWN = -1L;

  /** The row of the root value's parent: none. */
  static final int NO_PARENT = -1;

  /** A plan's values take about 16 to 20 bytes of JSON each: room for a document that long. */
  private static final int BYTES_PER_VALUE = 16;
  private static final int MOST_ROWS_RESERVED = 1 << 20;

  private long[] starts;
  private String[] keys;
  private int[] parents;
  private int size;

  /**
   * An empty table.
   *
   * @param documentLength the document's length when known, else 0: the table starts with room
   *     for its values, so that it need not grow while a document held whole is read
   */
  ValuePlaces(int documentLength) {
    int rows = Math.max(64, Math.min(documentLength / BYTES_PER_VALUE, MOST_ROWS_RESERVED));
    starts = new long[rows];
    keys = new String[rows];
    parents = new int[rows];
  }

  /** Where a token starts, packed; {@link #UNKNOWN} when the parser does not know. */
  static long place(JsonLocation at) {
    return at == null || at.getLineNr() <= 0 || at.getColumnNr() <= 0
        ? UNKNOWN : ((long) at.getLineNr() << 32) | at.getColumnNr();
  }

  static int line(long place) {
    return (int) (place >>> 32);
  }

  static int column(long place) {
    return (int) place;
  }

  /**
   * Where every value of a whole document started, read from a parser that has not started: for
   * problems found in a value long after it was read.
   *
   * @param parser the parser
   * @return the places
   * @throws IOException when the document cannot be parsed
   */
  static ValuePlaces of(JsonParser parser) throws IOException {
    ValuePlaces places = new ValuePlaces(0);
    Deque<Integer> open = new ArrayDeque<>(); // the rows of the enclosing objects and arrays
    int parent = NO_PARENT;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      if (token.isStructEnd()) {
        parent = open.pop();
      } else if (token != JsonToken.FIELD_NAME) {
        // The value's name in its object; null in an array and for the root value.
        int row = places.add(parent, parser.currentName(), place(parser.currentTokenLocation()));
        if (token.isStructStart()) {
          open.push(parent);
          parent = row;
        }
      }
    }
    return places;
  }

  /**
   * Records where a value started.
   *
   * @param parent the row of its object or array, {@link #NO_PARENT} for the root value
   * @param key its key in its object, null in an array
   * @param start where it started
   * @return its row
   */
  int add(int parent, String key, long start) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      keys = Arrays.copyOf(keys, size * 2);
      parents = Arrays.copyOf(parents, size * 2);
    }
    starts[size] = start;
    keys[size] = key;
    parents[size] = parent;
    return size++;
  }

  long start(int row) {
    return starts[row];
  }

  /** Where the first value with {@code key} in the same object started, before {@code row}. */
  long earlier(String key, int row) {
    for (int other = parents[row] + 1; other < row; other++) {
      if (parents[other] == parents[row] && key.equals(keys[other])) {
        return starts[other];
      }
    }
    return UNKNOWN;
  }

  /**
   * Where the value at {@code pointer} (from the root value) started, or where the deepest value
   * on the way to it started when the document does not have it: a missing field is placed at its
   * object.
   */
  long locate(String pointer) {
    if (size == 0) {
      return UNKNOWN;
    }
    JsonPointer rest;
    try {
      rest = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
    int row = 0;
    for (; !rest.matches(); rest = rest.tail()) {
      int child = child(row, rest);
      if (child < 0) {
        break;
      }
      row = child;
    }
    return starts[row];
  }

  /**
   * The row of the value that {@code step} names in the object or array at {@code row}, or -1. Its
   * values are the rows after it, up to the first row outside it (whose parent comes before it).
   */
  private int child(int row, JsonPointer step) {
    int index = 0;
    for (int other = row + 1; other < size && parents[other] >= row; other++) {
      if (parents[other] != row) {
        continue;
      }
      if (keys[other] == null ? index++ == step.getMatchingIndex()
          : keys[other].equals(step.getMatchingProperty())) {
        return other;
      }
    }
    return -1;
  }
}

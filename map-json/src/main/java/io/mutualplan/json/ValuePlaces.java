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
 * Where each value of one JSON object or array started in the text, kept during one read so that
 * a problem the model finds once the plan is built (it knows only JSON Pointers) can be given a
 * line and a column. One node per object or array, made by the read that reads it and dropped
 * with it. A place packs the line in the high and the column in the low 32 bits of a {@code long};
 * {@link #UNKNOWN} when the parser has no positions.
 */
final class ValuePlaces {
  static final long UNKNOWN = -1L;

  private final boolean array;
  private long[] starts = new long[8];
  /** The keys of an object's values, by slot; null for an array. */
  private String[] keys;
  /** The objects and arrays among the values, by slot; null until there is one. */
  private ValuePlaces[] children;
  private int size;

  ValuePlaces(boolean array) {
    this.array = array;
    this.keys = array ? null : new String[starts.length];
  }

  /** Where a token starts, packed; {@link #UNKNOWN} when the parser does not know. */
  static long place(JsonLocation at) {
    return at == null || at.getLineNr() <= 0 || at.getColumnNr() <= 0
        ? UNKNOWN : ((long) at.getLineNr() << 32) | at.getColumnNr();
  }

  /**
   * Where every value of a whole document started, read from a parser that has not started: for
   * problems found in a value long after it was read.
   *
   * @param parser the parser
   * @return the places, the document's root value in the first slot
   * @throws IOException when the document cannot be parsed
   */
  static ValuePlaces of(JsonParser parser) throws IOException {
    ValuePlaces root = new ValuePlaces(true);
    Deque<ValuePlaces> open = new ArrayDeque<>();
    ValuePlaces node = root;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      if (token.isStructEnd()) {
        node = open.pop();
      } else if (token != JsonToken.FIELD_NAME) {
        int slot = node.add(parser.currentName(), place(parser.currentTokenLocation()));
        if (token.isStructStart()) {
          open.push(node);
          node = node.open(slot, token == JsonToken.START_ARRAY);
        }
      }
    }
    return root;
  }

  static int line(long place) {
    return (int) (place >>> 32);
  }

  static int column(long place) {
    return (int) place;
  }

  /** Records where the next value started; {@code key} is null in an array. Returns its slot. */
  int add(String key, long start) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      keys = keys == null ? null : Arrays.copyOf(keys, size * 2);
      children = children == null ? null : Arrays.copyOf(children, size * 2);
    }
    starts[size] = start;
    if (keys != null) {
      keys[size] = key;
    }
    return size++;
  }

  /** Records that the value in {@code slot} is an object or array, and returns its node. */
  ValuePlaces open(int slot, boolean childIsArray) {
    if (children == null) {
      children = new ValuePlaces[starts.length];
    }
    ValuePlaces child = new ValuePlaces(childIsArray);
    children[slot] = child;
    return child;
  }

  long start(int slot) {
    return starts[slot];
  }

  /** Where the first value with {@code key} started, before {@code slot}; {@link #UNKNOWN} if none. */
  long earlier(String key, int slot) {
    for (int i = 0; i < slot; i++) {
      if (key.equals(keys[i])) {
        return starts[i];
      }
    }
    return UNKNOWN;
  }

  /**
   * Where the value at {@code pointer} (from the value in this node's first slot, the root value
   * of a read) started, or where the deepest value on the way to it started when the document does
   * not have it: a missing field is placed at its object.
   */
  long locate(String pointer) {
    try {
      return locate(JsonPointer.compile(pointer));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  private long locate(JsonPointer pointer) {
    ValuePlaces node = this;
    int slot = 0;
    for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
      ValuePlaces next = node.children == null ? null : node.children[slot];
      int nextSlot = next == null ? -1 : next.find(rest);
      if (nextSlot < 0) {
        break;
      }
      node = next;
      slot = nextSlot;
    }
    return node.starts[slot];
  }

  private int find(JsonPointer step) {
    if (array) {
      int index = step.getMatchingIndex();
      return index >= 0 && index < size ? index : -1;
    }
    String key = step.getMatchingProperty();
    for (int i = 0; i < size; i++) {
      if (key.equals(keys[i])) {
        return i;
      }
    }
    return -1;
  }
}

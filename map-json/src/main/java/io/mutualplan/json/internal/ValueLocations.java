package io.mutualplan.json.internal;

import java.util.Arrays;

/**
 * Where each value of one JSON object or array started in the text, kept while reading so that a
 * problem found later by the plan's validator (which knows only JSON Pointers) can be given a line
 * and a column. One node per object or array, one packed {@code long} per value: cheap enough to
 * keep for every document, so no source has to be read twice.
 *
 * <p>A location packs the line in the high and the column in the low 32 bits; {@link #UNKNOWN}
 * when the parser has no positions.
 */
final class ValueLocations {
  /** No position: the value did not come from text with positions. */
  static final long UNKNOWN = -1L;

  private static final String[] NO_KEYS = new String[0];

  private final ValueLocations parent;
  private final int slotInParent;
  private final boolean array;
  private final boolean document;
  private final int depth;
  private String[] keys;
  private long[] locations;
  private ValueLocations[] children;
  private int size;

  private ValueLocations(ValueLocations parent, int slotInParent, boolean array, boolean document) {
    this.parent = parent;
    this.slotInParent = slotInParent;
    this.array = array;
    this.document = document;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.keys = array ? NO_KEYS : new String[8];
    this.locations = new long[8];
  }

  /**
   * The top of a document: one slot, slot 0, holding the root value, whose pointer is {@code ""}.
   */
  static ValueLocations document(long rootLocation) {
    ValueLocations top = new ValueLocations(null, -1, true, true);
    top.add(rootLocation);
    return top;
  }

  static long pack(int line, int column) {
    if (line <= 0 || column <= 0) {
      return UNKNOWN;
    }
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  static int line(long location) {
    return location == UNKNOWN ? -1 : (int) (location >>> 32);
  }

  static int column(long location) {
    return location == UNKNOWN ? -1 : (int) location;
  }

  /** Records the next element of an array; returns its slot (its index). */
  int add(long location) {
    if (size == locations.length) {
      grow();
    }
    locations[size] = location;
    return size++;
  }

  /** Records the next field of an object; returns its slot. */
  int add(String key, long location) {
    if (size == locations.length) {
      grow();
    }
    keys[size] = key;
    locations[size] = location;
    return size++;
  }

  /** Sets where the value in {@code slot} started. */
  void locate(int slot, long location) {
    locations[slot] = location;
  }

  private void grow() {
    int capacity = locations.length * 2;
    locations = Arrays.copyOf(locations, capacity);
    if (!array) {
      keys = Arrays.copyOf(keys, capacity);
    }
    if (children != null) {
      children = Arrays.copyOf(children, capacity);
    }
  }

  /** Opens the object or array held in {@code slot}. */
  ValueLocations child(int slot, boolean childIsArray) {
    if (children == null) {
      children = new ValueLocations[locations.length];
    }
    ValueLocations child = new ValueLocations(this, slot, childIsArray, false);
    children[slot] = child;
    return child;
  }

  /** How deep this object or array is nested: the document's root value is at depth 1. */
  int depth() {
    return depth;
  }

  boolean isArray() {
    return array;
  }

  /** The key in {@code slot} of an object. */
  String key(int slot) {
    return keys[slot];
  }

  ValueLocations parent() {
    return parent;
  }

  long location(int slot) {
    return locations[slot];
  }

  /** Where this object or array started. */
  long location() {
    return parent == null ? UNKNOWN : parent.locations[slotInParent];
  }

  /** The first slot holding {@code key} before {@code slot}, or -1. */
  int earlierSlot(String key, int slot) {
    for (int i = 0; i < slot; i++) {
      if (key.equals(keys[i])) {
        return i;
      }
    }
    return -1;
  }

  /** The JSON Pointer of this object or array. */
  String pointer() {
    if (parent == null) {
      return "";
    }
    return parent.pointer(slotInParent);
  }

  /** The JSON Pointer of the value in {@code slot}. */
  String pointer(int slot) {
    if (document) {
      return "";
    }
    return pointer() + "/" + token(slot);
  }

  /** The JSON Pointer of a field that is missing from this object. */
  String pointer(String missingKey) {
    return pointer() + "/" + escape(missingKey);
  }

  private String token(int slot) {
    return array ? Integer.toString(slot) : escape(keys[slot]);
  }

  /**
   * Where the value at {@code pointer} (relative to this node's root value) started, or where the
   * deepest existing value on the way to it started when the pointer names something the document
   * does not have.
   */
  long locate(String pointer) {
    ValueLocations node = this;
    int slot = 0; // the document's root value
    long found = node.locations[slot];
    int at = 0;
    while (at < pointer.length()) {
      if (pointer.charAt(at) != '/') {
        return found;
      }
      int end = pointer.indexOf('/', at + 1);
      if (end < 0) {
        end = pointer.length();
      }
      String token = unescape(pointer.substring(at + 1, end));
      ValueLocations next = node.children == null ? null : node.children[slot];
      if (next == null) {
        return found;
      }
      int nextSlot = next.find(token);
      if (nextSlot < 0) {
        return found;
      }
      node = next;
      slot = nextSlot;
      found = node.locations[slot];
      at = end;
    }
    return found;
  }

  private int find(String token) {
    if (array) {
      int index = parseIndex(token);
      return index >= 0 && index < size ? index : -1;
    }
    for (int i = 0; i < size; i++) {
      if (token.equals(keys[i])) {
        return i;
      }
    }
    return -1;
  }

  private static int parseIndex(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** RFC 6901: {@code ~} is written {@code ~0} and {@code /} is written {@code ~1}. */
  static String escape(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }
}

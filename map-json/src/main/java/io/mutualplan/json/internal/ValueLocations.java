package io.mutualplan.json.internal;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where each value of one JSON object or array started in the text, kept while reading so that a
 * problem found later by the plan's validator (which knows only JSON Pointers) can be given a line
 * and a column. One node per object or array, one packed {@code long} per value: cheap enough to
 * keep for every document, so no source has to be read twice.
 *
 * <p>The nodes of one document keep their values in one {@link Slab}: three parallel arrays of
 * numbers (locations, keys, child nodes) in which each node holds a range, moved to a range twice
 * as long when it fills up. A key is the ordinal of a field of the object's {@link FieldSet} when
 * it has one, and a child is a number in the read's list of nodes: the arrays hold no references,
 * so a slab can outlive its read without the collector watching what is stored in it. A read takes
 * a slab from a one-slot pool and gives it back when it ends, so that reading a plan of 10,000
 * milestones allocates no arrays for its 200,000 values.
 *
 * <p>A location packs the line in the high and the column in the low 32 bits; {@link #UNKNOWN}
 * when the parser has no positions.
 */
final class ValueLocations {
  /** No position: the value did not come from text with positions. */
  static final long UNKNOWN = -1L;

  private static final int OBJECT_CAPACITY = 8;
  private static final int ARRAY_CAPACITY = 4;

  private final Slab slab;
  private final ValueLocations parent;
  private final int slotInParent;
  private final boolean array;
  private final boolean document;
  private final int depth;
  /** The fields an object may have, when known: its keys are kept as their ordinals. */
  private FieldSet fields;
  /** Where this node's values start in the slab, and how many it has room for there. */
  private int base;
  private int capacity;
  private int size;

  private ValueLocations(Slab slab, ValueLocations parent, int slotInParent, boolean array,
      boolean document) {
    this.slab = slab;
    this.parent = parent;
    this.slotInParent = slotInParent;
    this.array = array;
    this.document = document;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.capacity = array ? ARRAY_CAPACITY : OBJECT_CAPACITY;
    this.base = slab.reserve(capacity);
  }

  /**
   * The top of a document: one slot, slot 0, holding the root value, whose pointer is {@code ""}.
   * Its nodes keep their values in {@code slab}.
   */
  static ValueLocations document(Slab slab, long rootLocation) {
    ValueLocations top = new ValueLocations(slab, null, -1, true, true);
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
    if (size == capacity) {
      grow();
    }
    slab.locations[base + size] = location;
    return size++;
  }

  /** Records the next field of an object; returns its slot. */
  int add(String key, long location) {
    if (size == capacity) {
      grow();
    }
    int ordinal = fields == null ? -1 : fields.ordinal(key);
    slab.keys[base + size] = ordinal >= 0 ? ordinal + 1 : slab.name(key);
    slab.locations[base + size] = location;
    return size++;
  }

  /** Tells an object which fields it may have, before its first field is added. */
  void useFields(FieldSet objectFields) {
    this.fields = objectFields;
  }

  /** The ordinal, in the object's {@link FieldSet}, of the key in {@code slot}; -1 if none. */
  int ordinal(int slot) {
    int code = slab.keys[base + slot];
    return code > 0 ? code - 1 : -1;
  }

  /** Sets where the value in {@code slot} started. */
  void locate(int slot, long location) {
    slab.locations[base + slot] = location;
  }

  private void grow() {
    int moved = slab.reserve(capacity * 2);
    slab.move(base, moved, size);
    base = moved;
    capacity *= 2;
  }

  /** Opens the object or array held in {@code slot}. */
  ValueLocations child(int slot, boolean childIsArray) {
    ValueLocations child = new ValueLocations(slab, this, slot, childIsArray, false);
    slab.children[base + slot] = slab.register(child);
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
    int code = slab.keys[base + slot];
    return code > 0 ? fields.name(code - 1) : slab.names.get(-code - 1);
  }

  ValueLocations parent() {
    return parent;
  }

  long location(int slot) {
    return slab.locations[base + slot];
  }

  /** Where this object or array started. */
  long location() {
    return parent == null ? UNKNOWN : parent.location(slotInParent);
  }

  /** The first slot holding {@code key} before {@code slot}, or -1. */
  int earlierSlot(String key, int slot) {
    for (int i = 0; i < slot; i++) {
      if (key.equals(key(i))) {
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
    return array ? Integer.toString(slot) : escape(key(slot));
  }

  /**
   * Where the value at {@code pointer} (relative to this node's root value) started, or where the
   * deepest existing value on the way to it started when the pointer names something the document
   * does not have.
   */
  long locate(String pointer) {
    ValueLocations node = this;
    int slot = 0; // the document's root value
    long found = node.location(slot);
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
      ValueLocations next = node.child(slot);
      if (next == null) {
        return found;
      }
      int nextSlot = next.find(token);
      if (nextSlot < 0) {
        return found;
      }
      node = next;
      slot = nextSlot;
      found = node.location(slot);
      at = end;
    }
    return found;
  }

  /** The object or array opened in {@code slot}, or null when the value there is neither. */
  private ValueLocations child(int slot) {
    int code = slab.children[base + slot];
    return code == 0 ? null : slab.nodes.get(code - 1);
  }

  private int find(String token) {
    if (array) {
      int index = parseIndex(token);
      return index >= 0 && index < size ? index : -1;
    }
    for (int i = 0; i < size; i++) {
      if (token.equals(key(i))) {
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

  /**
   * The values of one document's nodes: parallel arrays in which each node holds a range. A slab
   * serves one read at a time; {@link #take} and {@link #giveBack} keep one for the next read.
   */
  static final class Slab {
    /** A slab that grew beyond this many values is not kept for the next read. */
    private static final int MAX_KEPT = 1 << 20;
    private static final AtomicReference<SoftReference<Slab>> KEPT = new AtomicReference<>();

    private long[] locations;
    /** Per value: its field's ordinal + 1, or -(its place in {@link #names} + 1); 0 in arrays. */
    private int[] keys;
    /** Per value: its node's place in {@link #nodes} + 1, or 0 when it is no object or array. */
    private int[] children;
    private int top;
    /** The read's nodes and the keys no field set knows: made for each read, never kept. */
    private List<ValueLocations> nodes = new ArrayList<>();
    private List<String> names = new ArrayList<>();

    private Slab(int capacity) {
      locations = new long[capacity];
      keys = new int[capacity];
      children = new int[capacity];
    }

    /** A slab for one read: the one kept from an earlier read, or a new one. */
    static Slab take() {
      SoftReference<Slab> kept = KEPT.getAndSet(null);
      Slab slab = kept == null ? null : kept.get();
      if (slab == null) {
        return new Slab(256);
      }
      slab.nodes = new ArrayList<>();
      slab.names = new ArrayList<>();
      return slab;
    }

    /**
     * Clears a slab whose read has ended and keeps it for the next read, unless it is very large
     * or another read's slab is already kept. Its nodes must not be used again.
     */
    static void giveBack(Slab slab) {
      if (slab.locations.length > MAX_KEPT) {
        return;
      }
      // A value that is no object or array reads 0 from the children: clear what the read used.
      Arrays.fill(slab.children, 0, slab.top, 0);
      slab.top = 0;
      slab.nodes = null;
      slab.names = null;
      KEPT.compareAndSet(null, new SoftReference<>(slab));
    }

    /** Keeps a key no field set knows; returns its code in {@link #keys}. */
    int name(String key) {
      names.add(key);
      return -names.size();
    }

    /** Keeps a node of the read; returns its code in {@link #children}. */
    int register(ValueLocations node) {
      nodes.add(node);
      return nodes.size();
    }

    /** Room for {@code count} values; returns where it starts. */
    int reserve(int count) {
      int start = top;
      int end = start + count;
      if (end > locations.length) {
        int capacity = Math.max(end, locations.length * 2);
        locations = Arrays.copyOf(locations, capacity);
        keys = Arrays.copyOf(keys, capacity);
        children = Arrays.copyOf(children, capacity);
      }
      top = end;
      return start;
    }

    /** Moves {@code count} values from {@code from} to {@code to}. */
    void move(int from, int to, int count) {
      System.arraycopy(locations, from, locations, to, count);
      System.arraycopy(keys, from, keys, to, count);
      System.arraycopy(children, from, children, to, count);
    }
  }
}

package io.mutualplan.core;

import java.util.List;
import java.util.function.Function;

/**
 * The position of each id in a list of things with ids (a plan's milestones or stakeholders): the
 * first position when an id repeats, as the validator needs to name the repeat.
 *
 * <p>A {@code HashMap<MilestoneId, Integer>} follows five pointers per lookup (bucket, entry, key,
 * string, boxed value), and every one is a likely cache miss in a plan of thousands of milestones.
 * This table keeps each id's hash and position together in one {@code long} and the ids in
 * position order, so a lookup reads one slot and, when the hash matches, compares one string (no
 * more than a reference compare when the string is the very one the table holds).
 */
final class IdPositions {
  /** Returned by {@link #positionOf} for an id that is not in the list. */
  static final int ABSENT = -1;

  private final String[] ids;
  /** Each slot: the id's hash in the high half, position + 1 in the low half; 0 is empty. */
  private final long[] slots;
  private final int mask;

  private IdPositions(String[] ids) {
    this.ids = ids;
    // At most half full, so that probes stay short.
    int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    for (int position = 0; position < ids.length; position++) {
      add(position);
    }
  }

  /**
   * The positions of the ids of {@code items}.
   *
   * @param items the list, in order
   * @param id the id of an item, as written
   * @return the table
   */
  static <T> IdPositions of(List<T> items, Function<T, String> id) {
    String[] ids = new String[items.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = id.apply(items.get(i));
    }
    return new IdPositions(ids);
  }

  private void add(int position) {
    String id = ids[position];
    int hash = id.hashCode();
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        slots[slot] = ((long) hash << 32) | (position + 1);
        return;
      }
      if ((int) (entry >>> 32) == hash && ids[(int) entry - 1].equals(id)) {
        return; // a repeat: the first position stays
      }
    }
  }

  /**
   * Where an id is in the list.
   *
   * @param id the id, as written
   * @return its first position, or {@link #ABSENT}
   */
  int positionOf(String id) {
    int hash = id.hashCode();
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return ABSENT;
      }
      if ((int) (entry >>> 32) == hash) {
        String candidate = ids[(int) entry - 1];
        if (candidate == id || candidate.equals(id)) {
          return (int) entry - 1;
        }
      }
    }
  }

  /** Mixes the high bits of a string hash into the low ones the mask keeps. */
  private static int spread(int hash) {
    int h = hash * 0x9E37_79B9;
    return h ^ (h >>> 16);
  }
}

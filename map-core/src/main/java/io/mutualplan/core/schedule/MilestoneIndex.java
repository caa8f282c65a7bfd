package io.mutualplan.core.schedule;

import io.mutualplan.core.MilestoneId;

/**
 * The positions of a plan's milestones by the hash of their id, built to resolve millions of
 * dependencies fast.
 *
 * <p>A general hash map follows four or five pointers per lookup (bucket, entry, key, string,
 * boxed value), each a likely cache miss in a plan of a million milestones. This table keeps each
 * id's hash and position together in one {@code long}, so a lookup is one probe, usually. It does
 * not compare ids, and needs not: a valid plan's dependencies each name one of its milestones, so
 * when no other milestone's id has the same hash, the milestone with that hash is the one named.
 * A hash several milestones share is marked {@link #SHARED}, and the caller compares ids.
 */
final class MilestoneIndex {
  /** The answer for a hash that several milestones' ids share. */
  static final int SHARED = -1;

  /** Each slot: the id's hash in the high half, position + 1 (0 = empty) or SHARED in the low. */
  private final long[] slots;
  private final int mask;

  private MilestoneIndex(int capacity) {
    this.slots = new long[capacity];
    this.mask = capacity - 1;
  }

  /**
   * The index of a plan's milestones.
   *
   * @param idHashes the {@link #idHash} of each milestone, in plan order
   * @return the index
   */
  static MilestoneIndex of(int[] idHashes) {
    int size = idHashes.length;
    // At most half full, so probes stay short.
    MilestoneIndex index =
        new MilestoneIndex(Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1);
    for (int i = 0; i < size; i++) {
      index.add(idHashes[i], i);
    }
    return index;
  }

  /** The hash the index files a milestone under (strings cache theirs). */
  static int idHash(MilestoneId id) {
    return id.value().hashCode();
  }

  private void add(int hash, int position) {
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        slots[slot] = ((long) hash << 32) | (position + 1);
        return;
      }
      if ((int) (entry >>> 32) == hash) {
        slots[slot] = ((long) hash << 32) | (SHARED & 0xFFFF_FFFFL);
        return;
      }
    }
  }

  /**
   * The position of the milestone whose id has a hash.
   *
   * @param hash the id hash of one of the plan's milestones
   * @return its position in {@code plan.milestones()}, or {@link #SHARED} when several milestones'
   *     ids have that hash
   */
  int positionOf(int hash) {
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        // Unreachable for a valid plan; SHARED sends the caller to compare ids.
        return SHARED;
      }
      if ((int) (entry >>> 32) == hash) {
        int position = (int) entry;
        return position == SHARED ? SHARED : position - 1;
      }
    }
  }

  /** Mixes the high bits of a string hash into the low ones the mask keeps. */
  private static int spread(int hash) {
    int h = hash * 0x9E37_79B9;
    return h ^ (h >>> 16);
  }
}

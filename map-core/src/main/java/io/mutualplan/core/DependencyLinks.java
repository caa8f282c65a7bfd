package io.mutualplan.core;

import java.util.Arrays;
import java.util.List;

/**
 * A plan's dependencies as int-indexed links: every dependency resolved to the position of the
 * milestone it names, with its type and lag. {@link MutualActionPlan#dependencyLinks()} gives
 * them; the scheduler's passes are loops over them, with no id looked up.
 *
 * <p>Milestones are numbered by their position in {@link MutualActionPlan#milestones()}. The links
 * into milestone {@code s} are numbered {@code firstLink(s)} up to, not including, {@code
 * firstLink(s + 1)}, in the order of its {@code dependsOn}:
 *
 * <pre>{@code
 * DependencyLinks links = plan.dependencyLinks();
 * for (int s = 0; s < links.size(); s++) {
 *   for (int e = links.firstLink(s); e < links.firstLink(s + 1); e++) {
 *     System.out.println(links.predecessor(e) + " -> " + s + " (" + links.type(e)
 *         + ", lag " + links.lagDays(e) + ")");
 *   }
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DependencyLinks {
  /** Link type bit: the bound is measured from the predecessor's finish (else its start). */
  private static final int FROM_FINISH = 1;
  /** Link type bit: the bound applies to the successor's finish (else its start). */
  private static final int TO_FINISH = 2;
  /** The types by their two bits, so that {@link #type(int)} needs no branch. */
  private static final DependencyType[] TYPES = {
    DependencyType.START_TO_START,
    DependencyType.FINISH_TO_START,
    DependencyType.START_TO_FINISH,
    DependencyType.FINISH_TO_FINISH
  };

  private final int[] firstLink;
  private final int[] predecessor;
  /** Each link's lag shifted left by two, and its two type bits. */
  private final int[] packed;
  private final boolean predecessorsComeFirst;

  private DependencyLinks(int[] firstLink, int[] predecessor, int[] packed,
      boolean predecessorsComeFirst) {
    this.firstLink = firstLink;
    this.predecessor = predecessor;
    this.packed = packed;
    this.predecessorsComeFirst = predecessorsComeFirst;
  }

  /**
   * Resolves a plan's dependencies through its id index. A dependency on a milestone the plan does
   * not have gets predecessor -1; the plan's check reports it, so no plan that exists has one.
   */
  static DependencyLinks of(AbstractMutualActionPlan plan) {
    List<Milestone> milestones = plan.milestones();
    IdPositions positions = plan.milestonePositions();
    int size = milestones.size();
    int[] firstLink = new int[size + 1];
    // One walk over the milestones (in a plan of a million, each walk costs tens of milliseconds
    // of cache misses), guessing three dependencies each and growing when there are more.
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, size * 3L));
    int[] predecessor = new int[capacity];
    int[] packed = new int[capacity];
    boolean predecessorsComeFirst = true;
    int e = 0;
    for (int s = 0; s < size; s++) {
      for (Dependency dependency : milestones.get(s).dependsOn()) {
        if (e == predecessor.length) {
          int grown = (int) Math.min(Integer.MAX_VALUE - 8, predecessor.length * 2L);
          predecessor = Arrays.copyOf(predecessor, grown);
          packed = Arrays.copyOf(packed, grown);
        }
        int p = positions.positionOf(dependency.milestone().value());
        predecessor[e] = p;
        packed[e] = pack(dependency.type(), dependency.lagDays());
        predecessorsComeFirst &= p < s;
        e++;
      }
      firstLink[s + 1] = e;
    }
    // The plan keeps the arrays: no more than an eighth of them unused.
    if (predecessor.length - e > e / 8) {
      predecessor = Arrays.copyOf(predecessor, e);
      packed = Arrays.copyOf(packed, e);
    }
    return new DependencyLinks(firstLink, predecessor, packed, predecessorsComeFirst);
  }

  private static int pack(DependencyType type, int lagDays) {
    boolean fromFinish =
        type == DependencyType.FINISH_TO_START || type == DependencyType.FINISH_TO_FINISH;
    boolean toFinish =
        type == DependencyType.FINISH_TO_FINISH || type == DependencyType.START_TO_FINISH;
    // A lag out of the format's range (the plan's check rejects it) would not survive the shift;
    // no plan that exists has one.
    return (lagDays << 2) | (fromFinish ? FROM_FINISH : 0) | (toFinish ? TO_FINISH : 0);
  }

  /**
   * The number of milestones.
   *
   * @return the plan's milestone count
   */
  public int size() {
    return firstLink.length - 1;
  }

  /**
   * The number of links: every dependency of every milestone.
   *
   * @return the count
   */
  public int count() {
    return firstLink[firstLink.length - 1];
  }

  /**
   * The first link into a milestone; its links end where the next milestone's begin.
   *
   * @param milestone a milestone's position, or {@link #size()} for the end of the last one's
   * @return the link's number
   * @throws ArrayIndexOutOfBoundsException when {@code milestone} is not in {@code [0, size()]}
   */
  public int firstLink(int milestone) {
    return firstLink[milestone];
  }

  /**
   * The milestone a link comes from: the one its dependency names.
   *
   * @param link a link's number, in {@code [0, count())}
   * @return the predecessor's position in the plan
   */
  public int predecessor(int link) {
    return predecessor[link];
  }

  /**
   * A link's dependency type.
   *
   * @param link a link's number
   * @return the type
   */
  public DependencyType type(int link) {
    return TYPES[packed[link] & (FROM_FINISH | TO_FINISH)];
  }

  /**
   * A link's lag in working days; negative is a lead.
   *
   * @param link a link's number
   * @return the lag
   */
  public int lagDays(int link) {
    return packed[link] >> 2;
  }

  /**
   * Whether a link's bound is measured from the predecessor's finish: finish-to-start and
   * finish-to-finish. The others measure from its start.
   *
   * @param link a link's number
   * @return true when measured from the predecessor's finish
   */
  public boolean fromPredecessorFinish(int link) {
    return (packed[link] & FROM_FINISH) != 0;
  }

  /**
   * Whether a link bounds the successor's finish: finish-to-finish and start-to-finish. The others
   * bound its start.
   *
   * @param link a link's number
   * @return true when the link bounds the successor's finish
   */
  public boolean boundsSuccessorFinish(int link) {
    return (packed[link] & TO_FINISH) != 0;
  }

  /**
   * Whether every dependency names a milestone listed before its own, as people usually write
   * plans; the plan's order is then already a topological order.
   *
   * @return true when no link comes from the same or a later milestone
   */
  public boolean predecessorsComeFirst() {
    return predecessorsComeFirst;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DependencyLinks)) {
      return false;
    }
    DependencyLinks that = (DependencyLinks) other;
    int count = count(); // equal firstLink arrays end in equal counts
    return Arrays.equals(firstLink, that.firstLink)
        && Arrays.equals(predecessor, 0, count, that.predecessor, 0, count)
        && Arrays.equals(packed, 0, count, that.packed, 0, count);
  }

  @Override
  public int hashCode() {
    int hash = Arrays.hashCode(firstLink);
    for (int e = 0, count = count(); e < count; e++) {
      hash = 31 * (31 * hash + predecessor[e]) + packed[e];
    }
    return hash;
  }

  @Override
  public String toString() {
    return "DependencyLinks{" + size() + " milestones, " + count() + " links}";
  }
}

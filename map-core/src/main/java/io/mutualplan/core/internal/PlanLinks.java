package io.mutualplan.core.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * A plan's dependencies as int arrays, each predecessor resolved to its milestone's position: made
 * once, by the check every plan passes when it is built (which must resolve every dependency to
 * know that it names a milestone), and read by the scheduler, which would otherwise resolve them
 * all again. Not part of the API: the package is not exported.
 *
 * <p>Milestones are numbered by their position in the plan. The links into milestone {@code s}
 * are {@code start(s) .. start(s + 1) - 1}, in the order of its {@code dependsOn}; link {@code e}
 * comes from milestone {@code predecessor(e)}, and {@code link(e)} packs its type and lag (see
 * {@link #lag(int)}, {@link #fromPredecessorFinish(int)}, {@link #boundsSuccessorFinish(int)}).
 * The arrays are shared, never copied: nothing writes them after {@link Builder#build()}.
 */
public final class PlanLinks {
  /** Link type bit: the bound is measured from the predecessor's finish (else its start). */
  private static final int FROM_FINISH = 1;
  /** Link type bit: the bound applies to the successor's finish (else its start). */
  private static final int TO_FINISH = 2;

  private static volatile Function<Object, PlanLinks> ofPlan;

  private final int[] start;
  private final int[] predecessor;
  private final int[] link;
  private final boolean forwardOnly;

  private PlanLinks(int[] start, int[] predecessor, int[] link, boolean forwardOnly) {
    this.start = start;
    this.predecessor = predecessor;
    this.link = link;
    this.forwardOnly = forwardOnly;
  }

  /**
   * Called once, by the plan model, to say how to get a plan's links.
   *
   * @param source gives the links of a {@code MutualActionPlan}
   */
  public static synchronized void provide(Function<Object, PlanLinks> source) {
    if (ofPlan != null) {
      throw new IllegalStateException("the source of plan links is already set");
    }
    ofPlan = Objects.requireNonNull(source);
  }

  /**
   * The links of a plan.
   *
   * @param plan a {@code MutualActionPlan} (typed {@code Object}: this package cannot depend on the
   *     model's, which depends on it)
   * @return its links
   */
  public static PlanLinks of(Object plan) {
    // Set when the model's class was initialized, which any plan's existence implies.
    return ofPlan.apply(plan);
  }

  /**
   * Packs a link's type and lag.
   *
   * @param fromPredecessorFinish whether the bound is measured from the predecessor's finish
   * @param boundsSuccessorFinish whether the bound applies to the successor's finish
   * @param lagDays the lag, within the format's range of days (far inside 30 bits)
   * @return the packed link
   */
  public static int pack(boolean fromPredecessorFinish, boolean boundsSuccessorFinish,
      int lagDays) {
    return (lagDays << 2) | (fromPredecessorFinish ? FROM_FINISH : 0)
        | (boundsSuccessorFinish ? TO_FINISH : 0);
  }

  /**
   * The lag of a packed link, in working days; negative is a lead.
   *
   * @param link a packed link
   * @return the lag
   */
  public static int lag(int link) {
    return link >> 2;
  }

  /**
   * Whether a packed link is measured from the predecessor's finish (finish-to-*).
   *
   * @param link a packed link
   * @return true for finish-to-start and finish-to-finish
   */
  public static boolean fromPredecessorFinish(int link) {
    return (link & FROM_FINISH) != 0;
  }

  /**
   * Whether a packed link bounds the successor's finish (*-to-finish).
   *
   * @param link a packed link
   * @return true for finish-to-finish and start-to-finish
   */
  public static boolean boundsSuccessorFinish(int link) {
    return (link & TO_FINISH) != 0;
  }

  /**
   * The number of milestones.
   *
   * @return the size
   */
  public int size() {
    return start.length - 1;
  }

  /**
   * The number of links.
   *
   * @return the count
   */
  public int count() {
    return start[start.length - 1];
  }

  /**
   * Whether every link comes from an earlier milestone in the plan, so that plan order is a
   * topological order (the usual case: people list steps after the steps they wait for).
   *
   * @return true when no link points forward or to its own milestone
   */
  public boolean forwardOnly() {
    return forwardOnly;
  }

  /**
   * The first link into milestone {@code s}; its links end at {@code start(s + 1)}.
   *
   * @param s a milestone's position, or the size for the end of the last one's links
   * @return the link's index
   */
  public int start(int s) {
    return start[s];
  }

  /**
   * The predecessor of link {@code e}.
   *
   * @param e a link
   * @return the predecessor's position
   */
  public int predecessor(int e) {
    return predecessor[e];
  }

  /**
   * The packed type and lag of link {@code e}.
   *
   * @param e a link
   * @return the packed link
   */
  public int link(int e) {
    return link[e];
  }

  /** Gathers the links milestone by milestone, in plan order. */
  public static final class Builder {
    private final int[] start;
    private int[] predecessor;
    private int[] link;
    private int milestones;
    private int links;
    private boolean forwardOnly = true;

    /**
     * Starts the links of a plan.
     *
     * @param size the number of milestones
     */
    public Builder(int size) {
      this.start = new int[size + 1];
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, size * 3L));
      this.predecessor = new int[capacity];
      this.link = new int[capacity];
    }

    /**
     * Adds a link into the current milestone.
     *
     * @param predecessorPosition the predecessor's position
     * @param packedLink the link's type and lag, from {@link #pack}
     */
    public void add(int predecessorPosition, int packedLink) {
      if (links == predecessor.length) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, predecessor.length * 2L);
        predecessor = Arrays.copyOf(predecessor, capacity);
        link = Arrays.copyOf(link, capacity);
      }
      predecessor[links] = predecessorPosition;
      link[links] = packedLink;
      links++;
      // The current milestone's position is the number of milestones ended so far.
      forwardOnly &= predecessorPosition < milestones;
    }

    /** Ends the current milestone's links; the next ones belong to the next milestone. */
    public void endMilestone() {
      if (milestones == start.length - 1) {
        throw new IllegalStateException("every one of the " + milestones
            + " milestones has ended its links already");
      }
      start[++milestones] = links;
    }

    /**
     * The links.
     *
     * @return the links
     * @throws IllegalStateException when not every milestone was ended
     */
    public PlanLinks build() {
      if (milestones != start.length - 1) {
        throw new IllegalStateException(
            "links for " + milestones + " of " + (start.length - 1) + " milestones");
      }
      // The plan keeps the arrays: no more than an eighth of them unused.
      if (predecessor.length - links > links / 8) {
        predecessor = Arrays.copyOf(predecessor, links);
        link = Arrays.copyOf(link, links);
      }
      return new PlanLinks(start, predecessor, link, forwardOnly);
    }
  }
}

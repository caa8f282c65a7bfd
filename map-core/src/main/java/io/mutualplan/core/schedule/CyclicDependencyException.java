package io.mutualplan.core.schedule;

import io.mutualplan.core.MilestoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan's dependencies go round in a circle, so it has no schedule. The exception names one
 * cycle in the order work would flow: each milestone is followed by one that depends on it, the
 * first is the cycle's milestone that comes first in the plan, and it is repeated at the end.
 *
 * <pre>{@code
 * try {
 *   Scheduler.schedule(plan, asOf);
 * } catch (CyclicDependencyException e) {
 *   e.getMessage();   // "dependency cycle: legal -> procurement -> legal"
 *   e.cycle();        // [legal, procurement, legal]
 * }
 * }</pre>
 *
 * <p>A milestone that depends on itself is a cycle of one: {@code legal -> legal}. The message of a
 * cycle of more than 40 milestones shows the first and last 20 and says how many are left out;
 * {@link #cycle()} always has them all.
 */
public final class CyclicDependencyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Serializable, though javac cannot tell from the type: a {@code List.copyOf} of ids. */
  @SuppressWarnings("serial")
  private final List<MilestoneId> cycle;

  /**
   * Creates the exception.
   *
   * @param cycle the milestones of the cycle in dependency order, the first repeated at the end
   * @throws IllegalArgumentException when {@code cycle} does not start and end with the same
   *     milestone, or has fewer than two elements
   */
  public CyclicDependencyException(List<MilestoneId> cycle) {
    super(describe(cycle));
    if (cycle.size() < 2 || !cycle.get(0).equals(cycle.get(cycle.size() - 1))) {
      throw new IllegalArgumentException(
          "a cycle starts and ends with the same milestone; got " + cycle);
    }
    this.cycle = List.copyOf(cycle);
  }

  /**
   * The cycle: each milestone is followed by one that depends on it, and the first is repeated at
   * the end, for example {@code [legal, procurement, legal]}.
   *
   * @return the milestones of the cycle, at least two
   */
  public List<MilestoneId> cycle() {
    return cycle;
  }

  /** A message stays readable: a cycle longer than this is shown by its two ends. */
  private static final int SHOWN_AT_EACH_END = 20;

  private static String describe(List<MilestoneId> cycle) {
    if (cycle.size() <= 2 * SHOWN_AT_EACH_END + 1) {
      return "dependency cycle: " + join(cycle);
    }
    int hidden = cycle.size() - 2 * SHOWN_AT_EACH_END;
    return "dependency cycle of "
        + (cycle.size() - 1)
        + " milestones: "
        + join(cycle.subList(0, SHOWN_AT_EACH_END))
        + " -> ... ("
        + hidden
        + " more) ... -> "
        + join(cycle.subList(cycle.size() - SHOWN_AT_EACH_END, cycle.size()));
  }

  private static String join(List<MilestoneId> ids) {
    return ids.stream().map(MilestoneId::value).collect(Collectors.joining(" -> "));
  }
}

package io.mutualplan.core.schedule;

/** What the scheduler knows about a milestone, as bits of one byte per milestone. */
final class MilestoneFlags {
  /** Done: its dates are facts. */
  static final byte COMPLETE = 1;
  /**
   * Its start is a fact: in progress with a recorded start (its early start is fixed), or complete
   * with one (its actual start).
   */
  static final byte STARTED = 2;
  /** Incomplete with total float equal to the plan's slack. */
  static final byte CRITICAL = 4;
  /** Critical, and a critical predecessor drives it through a link with no slack. */
  static final byte DRIVEN_BY_CRITICAL = 8;

  private MilestoneFlags() {}

  static boolean isComplete(byte flags) {
    return (flags & COMPLETE) != 0;
  }

  static boolean isStarted(byte flags) {
    return (flags & STARTED) != 0;
  }

  static boolean isCritical(byte flags) {
    return (flags & CRITICAL) != 0;
  }

  static boolean isDrivenByCritical(byte flags) {
    return (flags & DRIVEN_BY_CRITICAL) != 0;
  }
}

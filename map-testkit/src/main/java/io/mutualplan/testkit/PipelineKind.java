package io.mutualplan.testkit;

/** What a line of a generated pipeline holds (see {@link PipelineGenerator}). */
public enum PipelineKind {
  /** A plan that passes every built-in rule: verdict ready. */
  READY,
  /** A plan with one defect of any built-in rule but those below: mostly needs-work. */
  NEEDS_WORK,
  /**
   * A seller's close plan in disguise: the seller authored it alone ({@code co-authored}) or owns
   * every step ({@code both-sides-own-steps}); verdict not-mutual.
   */
  CLOSE_PLAN_IN_DISGUISE,
  /**
   * A slipping plan: a milestone due 11 to 31 working days after its {@code baselineDue} ({@code
   * due-date-slipped}), or one overdue ({@code overdue}).
   */
  SLIPPING,
  /** A plan whose dependencies form a cycle: it has a score but no schedule. */
  CYCLIC,
  /** A line that is not a plan document a reader accepts: truncated, mistyped, not an object. */
  BROKEN
}

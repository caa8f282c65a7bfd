package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;

/**
 * A property failed: which case, the seeds that replay it, and the plan it failed on, shrunk. The
 * message has everything needed to reproduce the failure, with the shrunk plan as a document; the
 * cause is the failure on the shrunk plan, and the failure on the original plan is attached as a
 * suppressed exception.
 */
public final class PlanPropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The seed of the run. */
  private final long seed;
  /** The seed of the failing case. */
  private final long caseSeed;
  /** Which case failed, counting from 1. */
  private final int caseNumber;
  private final transient MutualActionPlan originalPlan;
  private final transient MutualActionPlan shrunkPlan;

  PlanPropertyFailure(String message, Throwable cause, long seed, long caseSeed, int caseNumber,
      MutualActionPlan originalPlan, MutualActionPlan shrunkPlan) {
    super(message, cause);
    this.seed = seed;
    this.caseSeed = caseSeed;
    this.caseNumber = caseNumber;
    this.originalPlan = originalPlan;
    this.shrunkPlan = shrunkPlan;
  }

  /**
   * The seed of the run: with the same number of cases, it replays the whole run.
   *
   * @return the run's seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The seed of the failing case: as the run's seed with one case, it replays just this case.
   *
   * @return the case's seed
   */
  public long caseSeed() {
    return caseSeed;
  }

  /**
   * Which case failed, counting from 1.
   *
   * @return the case number
   */
  public int caseNumber() {
    return caseNumber;
  }

  /**
   * The plan the generator made for the failing case.
   *
   * @return the original plan
   */
  public MutualActionPlan originalPlan() {
    return originalPlan;
  }

  /**
   * The smallest plan found that still fails (the original plan when shrinking is off).
   *
   * @return the shrunk plan
   */
  public MutualActionPlan shrunkPlan() {
    return shrunkPlan;
  }
}

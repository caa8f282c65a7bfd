package io.mutualplan.core;

/** Where a milestone stands. */
public enum MilestoneStatus {
  /** Not started (the default). */
  NOT_STARTED,
  /** Scheduled but not started. */
  SCHEDULED,
  /** Under way. */
  IN_PROGRESS,
  /** Cannot proceed; the milestone's notes should say why. */
  BLOCKED,
  /** Done; the milestone has a completion date. */
  COMPLETE;

  /**
   * The spelling used in plan documents, for example {@code in-progress}.
   *
   * @return the lower-case kebab-case spelling
   */
  public String spelling() {
    return Spellings.of(this);
  }

  /**
   * Parses the spelling used in plan documents.
   *
   * @param spelling the lower-case kebab-case spelling
   * @return the constant
   * @throws InvalidPlanException naming the allowed values when {@code spelling} is not one
   */
  public static MilestoneStatus parse(String spelling) {
    return Spellings.parse(MilestoneStatus.class, "milestone status", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

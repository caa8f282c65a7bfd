package io.mutualplan.core;

/** How a milestone's dates are bound to a predecessor's (see the scheduling spec). */
public enum DependencyType {
  /** The successor starts after the predecessor finishes, plus the lag. */
  FINISH_TO_START,
  /** The successor starts after the predecessor starts, plus the lag. */
  START_TO_START,
  /** The successor finishes after the predecessor finishes, plus the lag. */
  FINISH_TO_FINISH,
  /** The successor finishes after the predecessor starts, plus the lag. */
  START_TO_FINISH;

  /**
   * The spelling used in plan documents, for example {@code finish-to-start}.
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
  public static DependencyType parse(String spelling) {
    return Spellings.parse(DependencyType.class, "dependency type", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

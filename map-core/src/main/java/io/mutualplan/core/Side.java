package io.mutualplan.core;

/** Which organization a stakeholder belongs to. */
public enum Side {
  /** The buying organization. */
  BUYER,
  /** The selling organization. */
  SELLER;

  /**
   * The spelling used in plan documents, for example {@code buyer}.
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
  public static Side parse(String spelling) {
    return Spellings.parse(Side.class, "side", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

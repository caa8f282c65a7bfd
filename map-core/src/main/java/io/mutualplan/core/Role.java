package io.mutualplan.core;

/** What a stakeholder does in the deal. */
public enum Role {
  /** Sells the deal inside the buyer. */
  CHAMPION,
  /** Owns the budget and the final yes. */
  ECONOMIC_BUYER,
  /** Takes part in the decision. */
  DECISION_MAKER,
  /** Evaluates the product technically. */
  TECHNICAL_EVALUATOR,
  /** Reviews the contract. */
  LEGAL,
  /** Reviews security. */
  SECURITY,
  /** Runs the purchasing process. */
  PROCUREMENT,
  /** Reviews the commercial terms. */
  FINANCE,
  /** Sponsors the project at the executive level. */
  EXECUTIVE_SPONSOR,
  /** Will use the product. */
  END_USER,
  /** The seller's owner of the deal. */
  ACCOUNT_EXECUTIVE,
  /** The seller's technical lead. */
  SALES_ENGINEER,
  /** The account executive's manager. */
  SALES_MANAGER,
  /** Owns the customer after the sale. */
  CUSTOMER_SUCCESS,
  /** Any other role. */
  OTHER;

  /**
   * The spelling used in plan documents, for example {@code economic-buyer}.
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
  public static Role parse(String spelling) {
    return Spellings.parse(Role.class, "role", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

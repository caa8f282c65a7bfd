package io.mutualplan.core;

/** What sort of step a milestone is; quality rules look at it. */
public enum MilestoneKind {
  /** The champion confirms the team, the goal and the date. */
  CHAMPION_ALIGNMENT,
  /** The buying committee agrees on the evaluation. */
  STAKEHOLDER_ALIGNMENT,
  /** Discovery of the buyer's needs. */
  DISCOVERY,
  /** A product demonstration. */
  DEMO,
  /** A technical evaluation, trial or pilot. */
  TECHNICAL_VALIDATION,
  /** The buyer's security review. */
  SECURITY_REVIEW,
  /** The business case or ROI model. */
  BUSINESS_CASE,
  /** A call with a reference customer. */
  REFERENCE_CALL,
  /** The commercial proposal. */
  PROPOSAL,
  /** The budget is approved. */
  BUDGET_APPROVAL,
  /** Contract review and redlines. */
  LEGAL,
  /** The purchasing process. */
  PROCUREMENT,
  /** An executive approves. */
  EXECUTIVE_SIGN_OFF,
  /** The contract is signed. */
  SIGNATURE,
  /** A kickoff meeting. */
  KICKOFF,
  /** Planning the go-live. */
  GO_LIVE_PLANNING,
  /** Post-sale implementation work. */
  IMPLEMENTATION,
  /** A step internal to the seller. */
  INTERNAL,
  /** Anything else. */
  OTHER;

  /**
   * The spelling used in plan documents, for example {@code security-review}.
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
  public static MilestoneKind parse(String spelling) {
    return Spellings.parse(MilestoneKind.class, "milestone kind", spelling);
  }

  @Override
  public String toString() {
    return spelling();
  }
}

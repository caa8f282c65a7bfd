package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** {@code both-sides-own-steps}: it is mutual because both sides have milestones. */
final class BothSidesOwnSteps extends BuiltInRule {
  BothSidesOwnSteps() {
    super("both-sides-own-steps", Severity.ERROR,
        "at least one milestone has a buyer owner and at least one has a seller owner");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    boolean buyerOwns = false;
    boolean sellerOwns = false;
    for (Milestone milestone : plan.milestones()) {
      buyerOwns |= milestone.buyerOwner().isPresent();
      sellerOwns |= milestone.sellerOwner().isPresent();
    }
    if (buyerOwns && sellerOwns) {
      return;
    }
    String buyer = Wording.organization(plan, Side.BUYER);
    String seller = Wording.organization(plan, Side.SELLER);
    String askBuyer = "Ask " + Wording.buyerContactName(plan) + " which steps " + buyer
        + " has to take before it can sign (security review, legal, procurement, budget approval)"
        + " and put a named owner at " + buyer + " on each.";
    if (!buyerOwns && !sellerOwns) {
      String what = plan.milestones().isEmpty()
          ? "The plan has no milestones, so neither "
          : "No milestone has an owner, so neither ";
      context.report(
          what + buyer + " nor " + seller + " owns a step. A mutual action plan has steps on"
              + " both sides, each with a named owner.",
          askBuyer + " Then add what " + seller + " delivers in return, with a named owner.");
    } else if (!buyerOwns) {
      context.report(
          "Nobody at " + buyer + " owns a step: no milestone has a buyer owner. A plan where only"
              + " the seller has work is a close plan, not a mutual action plan.",
          askBuyer);
    } else {
      context.report(
          "Nobody at " + seller + " owns a step: no milestone has a seller owner. A mutual action"
              + " plan has steps on both sides.",
          "Add what " + seller + " delivers in response to the buyer's steps (security"
              + " documentation, proposal, reference call, contract draft), each with a named"
              + " owner at " + seller + ".");
    }
  }
}

package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;

/** {@code seller-share}: a MAP where the seller owns 80% isn't mutual. */
final class SellerShare extends BuiltInRule {
  SellerShare() {
    super("seller-share", Severity.WARNING,
        "milestones owned by the seller alone are at most maxShare of all"
            + " (\"a MAP where the seller owns 80% isn't mutual\")",
        ParameterSpec.number("maxShare", new BigDecimal("0.8"),
                "the largest share of all milestones, from 0 to 1, that the seller may own alone")
            .atLeast(BigDecimal.ZERO)
            .atMost(BigDecimal.ONE));
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    int total = plan.milestones().size();
    int sellerAlone = 0;
    for (Milestone milestone : plan.milestones()) {
      if (milestone.sellerOwner().isPresent() && milestone.buyerOwner().isEmpty()) {
        sellerAlone++;
      }
    }
    if (sellerAlone == 0) {
      return;
    }
    BigDecimal maxShare = context.parameters().number("maxShare");
    // Exact: sellerAlone / total > maxShare, without dividing.
    if (BigDecimal.valueOf(sellerAlone).compareTo(maxShare.multiply(BigDecimal.valueOf(total)))
        <= 0) {
      return;
    }
    String seller = Wording.organization(plan, Side.SELLER);
    String buyer = Wording.organization(plan, Side.BUYER);
    String percent = maxShare.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    context.report(
        seller + " alone owns " + sellerAlone + " of the " + Wording.count(total, "milestone")
            + ", more than " + percent + ". A plan where the seller owns most of the steps isn't"
            + " mutual: it's a project update.",
        "Push " + buyer + " to name their own steps: ask " + Wording.buyerContactName(plan)
            + " which of these " + buyer + " does itself, and give those steps a buyer owner.");
  }
}

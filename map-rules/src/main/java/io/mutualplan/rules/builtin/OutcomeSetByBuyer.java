package io.mutualplan.rules.builtin;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;

/** {@code outcome-set-by-buyer}: the outcome date is the buyer's, not the seller's quarter. */
final class OutcomeSetByBuyer extends BuiltInRule {
  OutcomeSetByBuyer() {
    super("outcome-set-by-buyer", Severity.INFO,
        "the outcome records who set it, and that is a buyer-side stakeholder");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    if (plan.outcome().isEmpty()) {
      return; // outcome-anchored reports the missing outcome
    }
    Outcome outcome = plan.outcome().get();
    String buyer = Wording.organization(plan, Side.BUYER);
    String contact = Wording.buyerContactName(plan);
    Optional<Stakeholder> setBy = outcome.setBy().flatMap(plan::stakeholder);
    if (setBy.isEmpty()) {
      context.reportAt("/outcome/setBy",
          "Nobody is recorded as having set the outcome date (" + OutcomeWords.of(outcome)
              + "), so nothing shows it is " + Wording.possessive(buyer) + " date rather than the seller's quarter.",
          "Confirm the date with " + contact + " and record them as the one who set it.");
    } else if (setBy.get().side() == Side.SELLER) {
      context.reportAt("/outcome/setBy",
          "The outcome date (" + OutcomeWords.of(outcome) + ") was set by "
              + Wording.person(setBy.get()) + " at " + Wording.organization(plan, Side.SELLER)
              + ": a date that serves the seller's quarter, not " + Wording.possessive(buyer) + " timeline.",
          "Ask " + contact + " what date " + buyer + " needs and why; anchor the plan on that"
              + " date and record them as the one who set it.");
    }
  }
}

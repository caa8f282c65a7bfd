package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** {@code paper-process}: the paper process is where deals stall, so it is on the plan. */
final class PaperProcess extends BuiltInRule {
  PaperProcess() {
    super("paper-process", Severity.WARNING,
        "at least one milestone is of kind legal or procurement");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    for (Milestone milestone : plan.milestones()) {
      if (milestone.kind().isPresent()
          && (milestone.kind().get() == MilestoneKind.LEGAL
              || milestone.kind().get() == MilestoneKind.PROCUREMENT)) {
        return;
      }
    }
    context.report(
        "The plan has no legal or procurement step: the paper process is where deals stall, and"
            + " here nobody has planned for it.",
        "Ask " + Wording.buyerContactName(plan) + " what happens once "
            + Wording.organization(plan, Side.BUYER) + " decides: who reviews the contract, who"
            + " issues the purchase order, and how long each takes. Add those steps with named"
            + " owners.");
  }
}

package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code outcome-anchored}: the plan is built backwards from the buyer's outcome date, and no open
 * step is due after the deadline that date leaves.
 */
final class OutcomeAnchored extends BuiltInRule {
  OutcomeAnchored() {
    super("outcome-anchored", Severity.ERROR,
        "the plan has an outcome, and no incomplete milestone is due after the deadline date"
            + " (the outcome date less the lead time)");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    if (plan.outcome().isEmpty()) {
      String buyer = Wording.organization(plan, Side.BUYER);
      context.reportAt("/outcome",
          "The plan has no outcome date: it is not built backwards from anything " + buyer
              + " needs by a certain day, so every date in it is a guess.",
          "Ask " + Wording.buyerContactName(plan) + ": \"What date do you actually need to be"
              + " live, and what happens if you miss it?\" Set that as the outcome and build the"
              + " plan backwards from it.");
      return;
    }
    Outcome outcome = plan.outcome().get();
    LocalDate deadline = context.deadline().orElseThrow();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.isComplete() || milestone.due().isEmpty()
          || !milestone.due().get().isAfter(deadline)) {
        continue;
      }
      String lead = outcome.leadTimeDays() == 0
          ? ""
          : " (" + Wording.days(plan, outcome.leadTimeDays()) + " of lead time after the last"
              + " step)";
      context.reportMilestone(i, "due",
          Wording.milestone(milestone) + " is due " + milestone.due().get() + ", after "
              + deadline + ", the last day work can finish for " + OutcomeWords.of(outcome)
              + lead + ".",
          "Bring it forward to " + deadline + " or earlier, or agree with "
              + OutcomeWords.owner(plan) + " to move " + OutcomeWords.label(outcome) + ".");
    }
  }
}

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
import java.util.Optional;

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
    Optional<LocalDate> deadline = context.deadline();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.isComplete() || milestone.due().isEmpty()
          || (deadline.isPresent() && !milestone.due().get().isAfter(deadline.get()))) {
        continue;
      }
      String due = Wording.milestone(milestone) + " is due " + milestone.due().get();
      if (deadline.isEmpty()) {
        // The deadline falls before the first date a plan can hold: every due date is after it.
        context.reportMilestone(i, "due",
            due + ", but " + OutcomeWords.deadlineBeforeFirstDay(plan, outcome)
                + ": no step can be done in time.",
            "Agree with " + OutcomeWords.owner(plan) + " on the real date of "
                + OutcomeWords.label(outcome) + " and the lead time it needs.");
        continue;
      }
      context.reportMilestone(i, "due",
          due + ", after " + deadline.get() + ", the last day work can finish for "
              + OutcomeWords.of(outcome) + OutcomeWords.leadTime(plan, outcome) + ".",
          "Bring it forward to " + deadline.get() + " or earlier, or agree with "
              + OutcomeWords.owner(plan) + " to move " + OutcomeWords.label(outcome) + ".");
    }
  }
}

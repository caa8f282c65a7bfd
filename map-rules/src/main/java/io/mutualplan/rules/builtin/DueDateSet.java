package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code due-date-set}: every open step has a date both sides committed to. */
final class DueDateSet extends BuiltInRule {
  DueDateSet() {
    super("due-date-set", Severity.ERROR, "every incomplete milestone has a due date");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (!milestone.isComplete() && milestone.due().isEmpty()) {
        context.reportMilestone(i, "due",
            Wording.milestone(milestone) + " has no due date, so nobody can tell whether it is"
                + " on time.",
            "Agree a specific date " + with(plan, milestone) + "; \"I will try to get that done"
                + " next week\" is not a commitment."
                + (plan.outcome().isPresent()
                    ? " Working backwards from the outcome date gives the latest date that still"
                        + " holds."
                    : ""));
      }
    }
  }

  private static String with(MutualActionPlan plan, Milestone milestone) {
    List<Stakeholder> owners = plan.owners(milestone);
    if (owners.isEmpty()) {
      return "with whoever will own it";
    }
    List<String> names = new ArrayList<>(owners.size());
    for (Stakeholder owner : owners) {
      names.add(Wording.person(owner));
    }
    return "with " + Wording.list(names);
  }
}

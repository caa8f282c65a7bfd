package io.mutualplan.rules.builtin;

import io.mutualplan.core.Counts;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code due-date-slipped}: the date both sides first agreed has moved by more than a couple of
 * weeks ("we are about two weeks behind; what shifted?"). Slip is counted in working days of the
 * plan's calendar, so it needs no schedule and runs on a plan with a cycle too.
 */
final class DueDateSlipped extends BuiltInRule {
  DueDateSlipped() {
    super("due-date-slipped", Severity.WARNING,
        "no incomplete milestone is due more than maxSlipDays working days after its"
            + " baselineDue",
        ParameterSpec.integer("maxSlipDays", 10,
                "the most working days an incomplete milestone's due date may move past the date"
                    + " first agreed (its baselineDue)")
            .atLeast(0));
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    int maxSlipDays = context.parameters().integer("maxSlipDays");
    WorkCalendar calendar = context.calendar();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.isComplete() || milestone.due().isEmpty()
          || milestone.baselineDue().isEmpty()) {
        continue;
      }
      LocalDate due = milestone.due().get();
      LocalDate baseline = milestone.baselineDue().get();
      long slip = calendar.idx(due) - calendar.idx(baseline);
      if (slip <= maxSlipDays) {
        continue;
      }
      context.reportMilestone(i, "due",
          Wording.milestone(milestone) + " is due " + due + ", " + Counts.days(plan, slip)
              + " after " + baseline + ", the date both sides first agreed.",
          "Don't let the slip pass quietly: ask " + Wording.ownerToAsk(plan, milestone)
              + " what shifted (\"we are about two weeks behind; what shifted?\"), and decide"
              + " together whether the step can be sped up or the steps after it, and the"
              + " outcome, have to move. Write the reason in the milestone's notes, where both"
              + " sides see it.");
    }
  }
}

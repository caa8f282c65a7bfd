package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/** {@code blocked-has-note}: a blocked step says why, so someone can unblock it. */
final class BlockedHasNote extends BuiltInRule {
  BlockedHasNote() {
    super("blocked-has-note", Severity.WARNING, "every blocked milestone has notes saying why");
  }

  @Override
  public void check(RuleContext context) {
    List<Milestone> milestones = context.plan().milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.status() == MilestoneStatus.BLOCKED
          && (milestone.notes().isEmpty() || milestone.notes().get().isBlank())) {
        context.reportMilestone(i, "notes",
            Wording.milestone(milestone) + " is blocked, but nothing says why or who can"
                + " unblock it.",
            "Add a note: what blocks it, who can remove the blocker and by when. Then move on to"
                + " the next step that can go ahead, to keep the momentum.");
      }
    }
  }
}

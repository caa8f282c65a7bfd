package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code overdue}: "we are about two weeks behind; what shifted?" */
final class Overdue extends BuiltInRule {
  Overdue() {
    super("overdue", Severity.WARNING,
        "no incomplete milestone is due before the as-of date");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    LocalDate asOf = context.asOf();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.isComplete() || milestone.due().isEmpty()
          || !milestone.due().get().isBefore(asOf)) {
        continue;
      }
      LocalDate due = milestone.due().get();
      long late = ChronoUnit.DAYS.between(due, asOf);
      context.reportMilestone(i, "due",
          Wording.milestone(milestone) + " was due " + due + " and is not complete: "
              + Wording.calendarDays(late) + " overdue.",
          "Don't just move the date: ask " + Wording.ownerToAsk(plan, milestone)
              + " what shifted (\"we are about two weeks behind; what shifted?\"), then agree a"
              + " new date together."
              + " Keep " + milestone.baselineDue().orElse(due) + " as its baselineDue when you"
              + " move the date, so the slip stays visible.");
    }
  }
}

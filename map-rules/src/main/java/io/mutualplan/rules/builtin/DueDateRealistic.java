package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code due-date-realistic}: an open step's due date can be met given today, durations and
 * dependencies, and, when the plan has an outcome, keeping it does not make the outcome slip.
 * Overdue steps are {@code overdue}'s business; a plan with a cycle has no schedule to check.
 */
final class DueDateRealistic extends BuiltInRule {
  DueDateRealistic() {
    super("due-date-realistic", Severity.WARNING,
        "every incomplete milestone not yet overdue is due no earlier than its early finish and,"
            + " when the plan has an outcome, no later than its late finish");
  }

  @Override
  public void check(RuleContext context) {
    Optional<Schedule> found = context.schedule();
    if (found.isEmpty()) {
      return;
    }
    Schedule schedule = found.get();
    MutualActionPlan plan = context.plan();
    LocalDate asOf = context.asOf();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.isComplete() || milestone.due().isEmpty()) {
        continue;
      }
      LocalDate due = milestone.due().get();
      if (due.isBefore(asOf)) {
        continue;
      }
      MilestoneSchedule line = schedule.milestone(i);
      if (due.isBefore(line.earlyFinish())) {
        int days = line.durationDays();
        String given = days == 0
            ? "given today's date and the steps it waits for"
            : "given today's date, its " + Wording.days(plan, days) + " and the steps it waits"
                + " for";
        context.reportMilestone(i, "due",
            Wording.milestone(milestone) + " is due " + due + " but cannot finish before "
                + line.earlyFinish() + ", " + given + ".",
            "Move the due date to " + line.earlyFinish() + " or later with the owners, or bring"
                + " in the steps before it; a date nobody can meet is not a commitment. Evidence"
                + " or move it.");
      } else if (plan.outcome().isPresent() && due.isAfter(line.lateFinish())) {
        context.reportMilestone(i, "due",
            Wording.milestone(milestone) + " is due " + due + ", but it must finish by "
                + line.lateFinish() + " for " + OutcomeWords.of(plan.outcome().get())
                + " to hold: keeping " + due + " makes the outcome slip.",
            "Bring the due date forward to " + line.lateFinish() + " or earlier, so the steps"
                + " after it still fit, or agree a later date with " + OutcomeWords.owner(plan)
                + ".");
      }
    }
  }
}

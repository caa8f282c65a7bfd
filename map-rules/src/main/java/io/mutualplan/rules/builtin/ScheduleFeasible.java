package io.mutualplan.rules.builtin;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code schedule-feasible}: from today, the critical path can still finish by the deadline. Says
 * nothing about a plan with a dependency cycle, which has no schedule.
 */
final class ScheduleFeasible extends BuiltInRule {
  /** A longer critical path is named by its first steps. */
  private static final int MAX_NAMED = 12;

  ScheduleFeasible() {
    super("schedule-feasible", Severity.ERROR,
        "the plan's slack is not negative: from the as-of date, the critical path can finish by"
            + " the deadline");
  }

  @Override
  public void check(RuleContext context) {
    Optional<Schedule> found = context.schedule();
    if (found.isEmpty() || found.get().feasible()) {
      return;
    }
    Schedule schedule = found.get();
    MutualActionPlan plan = context.plan();
    List<MilestoneId> path = schedule.criticalPath();
    StringBuilder chain = new StringBuilder();
    MilestoneSchedule longest = null;
    for (int i = 0; i < path.size(); i++) {
      MilestoneId id = path.get(i);
      if (i < MAX_NAMED) {
        chain.append(i == 0 ? "" : " -> ").append(Wording.milestone(plan, id));
      } else if (i == MAX_NAMED) {
        chain.append(" -> ... (").append(path.size() - MAX_NAMED).append(" more)");
      }
      Optional<MilestoneSchedule> line = schedule.milestone(id);
      if (line.isPresent() && (longest == null || line.get().durationDays() > longest.durationDays())) {
        longest = line.get();
      }
    }
    String deadline = schedule.deadline().map(Object::toString).orElse("the deadline");
    String outcome = plan.outcome().map(OutcomeWords::of).orElse("the outcome");
    String shorten = longest != null && longest.durationDays() > 0
        ? ", shorten its longest step (" + Wording.milestone(plan, longest.id()) + ", "
            + Wording.days(plan, longest.durationDays()) + ")"
        : "";
    String first = path.isEmpty() ? "the first step" : Wording.milestone(plan, path.get(0));
    context.report(
        "From " + context.asOf() + ", the plan cannot be done by " + deadline + ", the last day"
            + " work can finish for " + outcome + ": it is "
            + Wording.days(plan, -schedule.slackDays()) + " short along the critical path "
            + chain + ".",
        "Find the days on the critical path with the owners: start " + first + " sooner"
            + shorten + ", run steps side by side where they do not really depend on each other,"
            + " or agree a later date with " + OutcomeWords.owner(plan) + ". Evidence or move it.");
  }
}

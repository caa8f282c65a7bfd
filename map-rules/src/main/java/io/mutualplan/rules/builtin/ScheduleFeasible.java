package io.mutualplan.rules.builtin;

import io.mutualplan.core.Counts;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.CompiledPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.SchedulePasses;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code schedule-feasible}: from today, the critical path can still finish by the deadline. Says
 * nothing about a plan with a dependency cycle, which has no schedule; a plan whose schedule would
 * hold dates outside the plan format's range is checked on the passes' working days alone.
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
    if (found.isEmpty()) {
      if (context.dependencyCycle().isEmpty()) {
        checkWithoutSchedule(context);
      }
      return;
    }
    if (found.get().feasible()) {
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
            + Counts.days(plan, longest.durationDays()) + ")"
        : "";
    String first = path.isEmpty() ? "the first step" : Wording.milestone(plan, path.get(0));
    context.report(
        "From " + context.asOf() + ", the plan cannot be done by " + deadline + ", the last day"
            + " work can finish for " + outcome + ": it is "
            + Counts.days(plan, -schedule.slackDays()) + " short along the critical path "
            + chain + ".",
        "Find the days on the critical path with the owners: start " + first + " sooner"
            + shorten + ", run steps side by side where they do not really depend on each other,"
            + " or agree a later date with " + OutcomeWords.owner(plan) + ". Evidence or move it.");
  }

  /**
   * A plan on the edge of the calendar has no schedule, because some of its dates would fall
   * before 0001-01-01 or after 9999-12-31 (an outcome on 0001-01-03 with five days of lead time,
   * or a plan looked at on 9999-12-31). The passes still give its slack, in working days, so the
   * rule can still say that the plan is short and by how much; it cannot name the critical path,
   * whose dates are the ones that cannot exist.
   */
  private static void checkWithoutSchedule(RuleContext context) {
    MutualActionPlan plan = context.plan();
    if (plan.outcome().isEmpty()) {
      return;
    }
    CompiledPlan compiled = CompiledPlan.of(plan, context.asOf());
    if (!compiled.workLeft()) {
      return;
    }
    SchedulePasses passes = compiled.newPasses();
    passes.run(compiled.durations());
    if (passes.feasible()) {
      return;
    }
    Outcome outcome = plan.outcome().get();
    Optional<LocalDate> deadline = context.deadline();
    String missed = deadline.isPresent()
        ? "by " + deadline.get() + ", the last day work can finish for " + OutcomeWords.of(outcome)
            + ":"
        : "in time: " + OutcomeWords.deadlineBeforeFirstDay(plan, outcome) + ";";
    context.report(
        "From " + context.asOf() + ", the plan cannot be done " + missed + " it is "
            + Counts.days(plan, -passes.slackDays()) + " short.",
        "Agree a later date with " + OutcomeWords.owner(plan) + ", or check the as-of date the"
            + " plan is checked at.");
  }
}

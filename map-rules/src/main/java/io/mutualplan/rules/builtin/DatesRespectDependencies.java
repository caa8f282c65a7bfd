package io.mutualplan.rules.builtin;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code dates-respect-dependencies}: the dates people wrote down agree with the dependencies they
 * wrote down. Each dated milestone is taken to finish at the end of its date, {@code F =
 * idx(date + 1 day)}, and to start {@code d} working days earlier; each dependency's bound of the
 * scheduling spec must then hold. Needs only the calendar, so it also runs on a plan with a cycle.
 */
final class DatesRespectDependencies extends BuiltInRule {
  DatesRespectDependencies() {
    super("dates-respect-dependencies", Severity.WARNING,
        "the due dates (or completion dates) of a milestone and its predecessors agree with each"
            + " dependency's type, lag and the durations");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Milestone> milestones = plan.milestones();
    WorkCalendar calendar = null;
    for (int i = 0; i < milestones.size(); i++) {
      Milestone successor = milestones.get(i);
      if (successor.isComplete() || successor.due().isEmpty() || successor.dependsOn().isEmpty()) {
        continue;
      }
      if (calendar == null) {
        calendar = context.calendar();
      }
      LocalDate due = successor.due().get();
      long finish = calendar.idx(due.plusDays(1));
      int duration = successor.scheduledDurationDays();
      List<Dependency> dependencies = successor.dependsOn();
      for (int j = 0; j < dependencies.size(); j++) {
        Dependency dependency = dependencies.get(j);
        Optional<Milestone> found = plan.milestone(dependency.milestone());
        if (found.isEmpty()) {
          continue;
        }
        Milestone predecessor = found.get();
        Optional<LocalDate> predecessorDate =
            predecessor.isComplete() ? predecessor.completed() : predecessor.due();
        if (predecessorDate.isEmpty()) {
          continue;
        }
        long predecessorFinish = calendar.idx(predecessorDate.get().plusDays(1));
        long predecessorStart = predecessorFinish - predecessor.scheduledDurationDays();
        long earliestFinish = earliestFinish(
            dependency, predecessorStart, predecessorFinish, duration);
        if (finish >= earliestFinish) {
          continue;
        }
        LocalDate earliestDue = calendar.day(earliestFinish - 1);
        context.reportMilestone(i, "dependsOn/" + j,
            message(plan, successor, predecessor, predecessorDate.get(), dependency, duration,
                calendar.day(predecessorStart), earliestDue),
            "Move the due date of " + Wording.milestone(successor) + " to " + earliestDue
                + " or later, or, if it does not really have to wait for "
                + Wording.milestone(predecessor) + ", change the dependency with the owners.");
      }
    }
  }

  /** The least finish boundary of the successor that the dependency allows. */
  private static long earliestFinish(
      Dependency dependency, long predecessorStart, long predecessorFinish, int duration) {
    long lag = dependency.lagDays();
    switch (dependency.type()) {
      case FINISH_TO_START:
        return predecessorFinish + lag + duration;
      case START_TO_START:
        return predecessorStart + lag + duration;
      case FINISH_TO_FINISH:
        return predecessorFinish + lag;
      case START_TO_FINISH:
        return predecessorStart + lag;
      default:
        throw new AssertionError(dependency.type());
    }
  }

  private static String message(
      MutualActionPlan plan,
      Milestone successor,
      Milestone predecessor,
      LocalDate predecessorDate,
      Dependency dependency,
      int duration,
      LocalDate predecessorStartDate,
      LocalDate earliestDue) {
    DependencyType type = dependency.type();
    boolean successorStarts =
        type == DependencyType.FINISH_TO_START || type == DependencyType.START_TO_START;
    boolean predecessorStarts =
        type == DependencyType.START_TO_START || type == DependencyType.START_TO_FINISH;
    int lag = dependency.lagDays();
    String when = lag == 0
        ? " after "
        : lag > 0
            ? " " + Wording.days(plan, lag) + " after "
            : " no more than " + Wording.days(plan, -lag) + " before ";
    int predecessorDays = predecessor.scheduledDurationDays();
    String predecessorDated = (predecessor.isComplete() ? "completed " : "due ") + predecessorDate
        + (predecessorStarts && predecessorDays > 0
            ? ", so starting " + predecessorStartDate + " given its "
                + Wording.days(plan, predecessorDays)
            : "");
    String takes = successorStarts && duration > 0
        ? ", and takes " + Wording.days(plan, duration)
        : "";
    return Wording.milestone(successor) + " is due " + successor.due().orElseThrow() + ", but it "
        + (successorStarts ? "starts" : "finishes") + when + Wording.milestone(predecessor) + " "
        + (predecessorStarts ? "starts" : "finishes") + " (" + predecessorDated + ")" + takes
        + ": it cannot be done before " + earliestDue + ".";
  }
}

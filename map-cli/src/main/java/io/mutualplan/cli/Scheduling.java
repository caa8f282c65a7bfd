package io.mutualplan.cli;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The scheduler, for a plan read from a file: a dependency cycle, a plan without the outcome that
 * deriving dates needs, or a schedule whose dates would leave the range a plan can hold, becomes
 * bad input (exit code 2) that names the file and the place in it, as the command line's contract
 * asks.
 */
final class Scheduling {
  private Scheduling() {}

  /** The plan's schedule as of a date. */
  static Schedule schedule(PlanSource source, MutualActionPlan plan, LocalDate asOf) {
    try {
      return Scheduler.schedule(plan, asOf);
    } catch (CyclicDependencyException e) {
      throw cycle(source, plan, e);
    } catch (DateOutOfRangeException e) {
      throw outOfRange(source, e);
    }
  }

  /** The plan with its due dates derived backwards from the outcome. */
  static MutualActionPlan deriveDueDates(
      PlanSource source, MutualActionPlan plan, LocalDate asOf, boolean overwrite) {
    try {
      return Scheduler.deriveDueDates(plan, asOf, overwrite);
    } catch (CyclicDependencyException e) {
      throw cycle(source, plan, e);
    } catch (InvalidPlanException e) {
      throw PlanProblems.invalid(source, e);
    } catch (DateOutOfRangeException e) {
      throw outOfRange(source, e);
    }
  }

  private static BadInputException outOfRange(PlanSource source, DateOutOfRangeException e) {
    String where = e.pointer().isEmpty() ? "" : e.pointer() + ": ";
    return new BadInputException(source.name() + ": " + where + e.getMessage()
        + "; the plan cannot be scheduled as of this date");
  }

  /**
   * The cycle, located at the dependency that closes it: the second milestone of the cycle
   * depends on the first, so that dependency is one to remove.
   */
  private static BadInputException cycle(
      PlanSource source, MutualActionPlan plan, CyclicDependencyException e) {
    List<MilestoneId> cycle = e.cycle();
    String where = "";
    if (cycle.size() >= 2) {
      where = pointer(plan, cycle.get(1), cycle.get(0));
    }
    return new BadInputException(
        source.name() + ": " + (where.isEmpty() ? "" : where + ": ") + e.getMessage()
            + "; the plan cannot be scheduled until one of these dependencies is removed"
            + " (map check reports it too)");
  }

  private static String pointer(MutualActionPlan plan, MilestoneId successor, MilestoneId predecessor) {
    OptionalInt index = plan.indexOf(successor);
    if (index.isEmpty()) {
      return "";
    }
    Milestone milestone = plan.milestones().get(index.getAsInt());
    List<Dependency> dependencies = milestone.dependsOn();
    for (int i = 0; i < dependencies.size(); i++) {
      if (dependencies.get(i).milestone().equals(predecessor)) {
        return "/milestones/" + index.getAsInt() + "/dependsOn/" + i;
      }
    }
    return "/milestones/" + index.getAsInt() + "/dependsOn";
  }
}

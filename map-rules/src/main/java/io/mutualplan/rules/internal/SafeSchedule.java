package io.mutualplan.rules.internal;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A plan's schedule, or none when its dependencies form a cycle or a date would leave the
 * calendar's range: the two cases the rules report as findings rather than failures, so a plan
 * compared or summarised in a portfolio still has its score and verdict.
 */
public final class SafeSchedule {
  private SafeSchedule() {}

  /**
   * Schedules a plan, or gives none when it cannot be scheduled.
   *
   * @param plan the plan
   * @param asOf the date to schedule it as of
   * @return the schedule, or empty for a cycle or a date out of range
   */
  public static Optional<Schedule> of(MutualActionPlan plan, LocalDate asOf) {
    try {
      return Optional.of(Scheduler.schedule(plan, asOf));
    } catch (CyclicDependencyException | DateOutOfRangeException e) {
      return Optional.empty();
    }
  }
}

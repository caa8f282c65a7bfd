package io.mutualplan.core.schedule;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import java.util.AbstractList;
import java.util.OptionalLong;
import java.util.RandomAccess;

/**
 * The milestone lines of a computed schedule, kept as the passes left them (boundaries in arrays)
 * and turned into a {@link MilestoneSchedule} with dates only when one is asked for. Immutable: the
 * arrays are never written after the scheduler hands them over.
 */
final class ScheduledMilestones extends AbstractList<MilestoneSchedule> implements RandomAccess {
  private final MutualActionPlan plan;
  private final WorkCalendar calendar;
  private final int[] durationDays;
  private final byte[] flags;
  /** Early start of milestone {@code i} at {@code 2i}, early finish at {@code 2i + 1}. */
  private final long[] early;
  /** Late start of milestone {@code i} at {@code 2i}, late finish at {@code 2i + 1}. */
  private final long[] late;
  private final long[] freeFloat;

  ScheduledMilestones(
      MutualActionPlan plan,
      WorkCalendar calendar,
      int[] durationDays,
      byte[] flags,
      long[] early,
      long[] late,
      long[] freeFloat) {
    this.plan = plan;
    this.calendar = calendar;
    this.durationDays = durationDays;
    this.flags = flags;
    this.early = early;
    this.late = late;
    this.freeFloat = freeFloat;
  }

  @Override
  public MilestoneSchedule get(int i) {
    Milestone milestone = plan.milestones().get(i);
    int d = durationDays[i];
    if (MilestoneFlags.isComplete(flags[i])) {
      var start = ReportedDates.actualStart(calendar, milestone, d);
      var finish = ReportedDates.actualFinish(milestone);
      return new MilestoneSchedule(milestone.id(), d, true, start, finish, start, finish,
          OptionalLong.empty(), OptionalLong.empty(), false);
    }
    long earlyStart = early[2 * i];
    long earlyFinish = early[2 * i + 1];
    long lateStart = late[2 * i];
    long lateFinish = late[2 * i + 1];
    return new MilestoneSchedule(
        milestone.id(),
        d,
        false,
        ReportedDates.start(calendar, earlyStart, earlyFinish, d),
        ReportedDates.finish(calendar, earlyFinish),
        ReportedDates.start(calendar, lateStart, lateFinish, d),
        ReportedDates.finish(calendar, lateFinish),
        OptionalLong.of(lateFinish - earlyFinish),
        OptionalLong.of(freeFloat[i]),
        MilestoneFlags.isCritical(flags[i]));
  }

  @Override
  public int size() {
    return durationDays.length;
  }

  /** The position of a milestone, or -1. */
  int indexOf(MilestoneId id) {
    return plan.indexOf(id).orElse(-1);
  }
}

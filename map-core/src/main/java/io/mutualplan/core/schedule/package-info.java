/**
 * Working calendars and the scheduler: the critical path method on a plan's dependency graph, as
 * the scheduling spec states it.
 *
 * <p>{@link io.mutualplan.core.schedule.Scheduler#schedule Scheduler.schedule(plan, asOf)} returns
 * an immutable {@link io.mutualplan.core.schedule.Schedule}; {@link
 * io.mutualplan.core.schedule.Scheduler#deriveDueDates Scheduler.deriveDueDates} builds a plan's
 * due dates backwards from its outcome; {@link io.mutualplan.core.schedule.WorkCalendar} converts
 * between dates and working-day boundaries.
 */
package io.mutualplan.core.schedule;

package io.mutualplan.core;

import java.time.DayOfWeek;

/**
 * Counts in words, the way the built-in rules' messages, the {@code map} command and the plan's
 * page write them, so that all of them say the same thing the same way. A custom rule can use it
 * for its own messages.
 *
 * <pre>{@code
 * Counts.of(1, "error", "errors");   // "1 error"
 * Counts.days(plan, 3);              // "3 working days", or "3 days" when every day works
 * }</pre>
 */
public final class Counts {
  private Counts() {}

  /**
   * A count and its noun: {@code 1 error}, {@code 9 errors}, {@code 0 errors}.
   *
   * @param count how many; 1 and -1 take the singular
   * @param singular the noun for one
   * @param plural the noun for any other number
   * @return the count, a space and the noun
   */
  public static String of(long count, String singular, String plural) {
    return count + " " + (count == 1 || count == -1 ? singular : plural);
  }

  /**
   * A number of the plan's working days: {@code 3 working days}, or {@code 3 days} when every day
   * of the plan's calendar is a working day (a plan without a calendar, or one with all seven
   * days and no holidays), because then they are calendar days as well.
   *
   * <p>Floats, slack, lead times and durations are counted in working days; a reader of a plan
   * whose calendar has weekends must not take them for calendar days.
   *
   * @param plan the plan whose calendar the days belong to
   * @param days how many
   * @return the count and its unit
   */
  public static String days(MutualActionPlan plan, long days) {
    return everyDayWorks(plan)
        ? of(days, "day", "days")
        : of(days, "working day", "working days");
  }

  private static boolean everyDayWorks(MutualActionPlan plan) {
    if (plan.calendar().isEmpty()) {
      return true;
    }
    CalendarSettings calendar = plan.calendar().get();
    return calendar.workingDays().size() == DayOfWeek.values().length
        && calendar.holidays().isEmpty();
  }
}

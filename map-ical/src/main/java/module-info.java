/**
 * MAP iCalendar: a mutual action plan's dates as an iCalendar (RFC 5545) feed, so that every step
 * lands on both sides' calendars and moves there when the plan moves.
 *
 * <p>The entry point is {@link io.mutualplan.ical.ICalendarFeed}.
 */
module io.mutualplan.ical {
  requires transitive io.mutualplan.core;
  requires ical4j.core;

  exports io.mutualplan.ical;
}

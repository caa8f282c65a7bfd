/**
 * A plan's dates as an iCalendar feed: {@link io.mutualplan.ical.ICalendarFeed} writes one
 * all-day event per dated milestone and one for the buyer's outcome, with stable UIDs so that
 * calendars update events instead of duplicating them.
 */
package io.mutualplan.ical;

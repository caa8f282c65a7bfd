package io.mutualplan.html.internal;

import java.time.LocalDate;

/**
 * How the page writes dates for people, for example {@code 27 Nov 2026}: day, month, year, read the same
 * way on both sides of the Atlantic. The words are fixed here rather than taken from the JDK's
 * locale data, whose spellings change between releases, so the page's bytes do not.
 */
final class DateWords {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private DateWords() {}

  /** A date in full, for example {@code 27 Nov 2026}. */
  static String date(LocalDate date) {
    return dayAndMonth(date) + " " + date.getYear();
  }

  /** A date without its year, for example {@code 27 Nov}. */
  static String dayAndMonth(LocalDate date) {
    return date.getDayOfMonth() + " " + month(date);
  }

  /** The month's short name, for example {@code Nov}. */
  static String month(LocalDate date) {
    return MONTHS[date.getMonthValue() - 1];
  }

  /** The month and the year, for example {@code Nov 2026}. */
  static String monthAndYear(LocalDate date) {
    return month(date) + " " + date.getYear();
  }
}

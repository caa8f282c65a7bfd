package io.mutualplan.html.internal;

import java.time.LocalDate;

/**
 * A date as the page shows it: in words for people, for example {@code 27 Nov 2026}, and in ISO-8601 for
 * machines, in a {@code <time datetime>} element.
 *
 * @param iso the date in ISO-8601, for example {@code 2026-11-27}
 * @param text the date in words
 */
public record DateView(String iso, String text) {
  /**
   * The view of a date.
   *
   * @param date a date
   * @return its view
   */
  static DateView of(LocalDate date) {
    return new DateView(date.toString(), DateWords.date(date));
  }
}

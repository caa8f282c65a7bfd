package io.mutualplan.sheets.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * How a table writes dates in text cells: ISO {@code yyyy-MM-dd}, or a pattern the caller gives
 * (in {@link DateTimeFormatter}'s letters, month names in English, any case), checked strictly so
 * that {@code 31/02/2027} is no date rather than the last day of February.
 */
public final class CellDates {
  /** The pattern of ISO dates, as messages name it. */
  public static final String ISO = "yyyy-MM-dd";

  private static final DateTimeFormatter ISO_FORMATTER = formatter(ISO);

  private static final LocalDate SAMPLE = LocalDate.of(2027, 4, 15);

  private final String pattern;
  private final DateTimeFormatter formatter;
  private final boolean alsoIso;

  private CellDates(String pattern, DateTimeFormatter formatter, boolean alsoIso) {
    this.pattern = pattern;
    this.formatter = formatter;
    this.alsoIso = alsoIso;
  }

  /**
   * ISO dates, {@code yyyy-MM-dd}.
   *
   * @return the dates
   */
  public static CellDates iso() {
    return of(ISO);
  }

  /**
   * Dates written in a pattern, such as {@code dd/MM/yyyy}.
   *
   * @param pattern the pattern, in {@link DateTimeFormatter}'s letters
   * @return the dates
   * @throws IllegalArgumentException when the pattern is not one, names more than a day (a time
   *     of day, a zone or an offset), or does not name a day, a month and a year
   */
  public static CellDates of(String pattern) {
    DateTimeFormatter formatter;
    try {
      formatter = formatter(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + pattern + "' is not a date pattern: " + e.getMessage(), e);
    }
    // A pattern is a date's when it writes a date and reads it back: writing fails on the letters
    // of anything a date lacks, reading back on a pattern without its day, month or year.
    String written;
    try {
      written = formatter.format(SAMPLE);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("the date pattern '" + pattern + "' names a time of day,"
          + " a time zone or an offset; a date pattern names a day only, as in dd/MM/yyyy", e);
    }
    try {
      if (!LocalDate.parse(written, formatter).equals(SAMPLE)) {
        throw new DateTimeException("another date came back");
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("the date pattern '" + pattern + "' does not name a whole"
          + " date; it needs a day, a month and a year, as in dd/MM/yyyy", e);
    }
    return new CellDates(pattern, formatter, false);
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The same dates, and ISO dates too: a workbook's text cells may hold either (the spec reads ISO
   * text as a date in XLSX, whatever the caller's pattern). Text the pattern reads is read in the
   * pattern, other text as ISO.
   *
   * @return the dates, ISO ones included
   */
  public CellDates alsoIso() {
    return pattern.equals(ISO) ? this : new CellDates(pattern, formatter, true);
  }

  /**
   * The pattern, as messages name it: with {@code or yyyy-MM-dd} when ISO dates are read too.
   *
   * @return the pattern, such as {@code yyyy-MM-dd} or {@code dd/MM/yyyy or yyyy-MM-dd}
   */
  public String pattern() {
    return alsoIso ? pattern + " or " + ISO : pattern;
  }

  /**
   * Reads a date.
   *
   * @param text a cell's text, trimmed
   * @return the date
   * @throws DateTimeParseException when the text is not a date in the pattern (nor in ISO, when
   *     ISO dates are read too)
   */
  LocalDate parse(String text) {
    try {
      return LocalDate.parse(text, formatter);
    } catch (DateTimeParseException e) {
      if (alsoIso) {
        return LocalDate.parse(text, ISO_FORMATTER);
      }
      throw e;
    }
  }
}

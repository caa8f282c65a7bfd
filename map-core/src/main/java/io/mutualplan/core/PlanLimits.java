package io.mutualplan.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The limits of the plan format, in one place: the model checks the value limits when a plan is
 * built, and readers enforce the document limits while reading.
 *
 * <p>The format's own text sets the text, nesting, count and size limits. The date and day limits
 * are this library's: they keep every date the scheduler can compute inside {@link LocalDate}'s
 * range, and no real mutual action plan comes near them.
 */
public final class PlanLimits {
  /**
   * The longest free text (titles, names, notes, attribute keys and values), in characters: Unicode
   * characters (code points), so an emoji counts once although Java holds it as two UTF-16 units,
   * as JSON Schema's {@code maxLength} counts. {@link #isTextTooLong} checks it.
   */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The most milestones a plan may have. */
  public static final int MAX_MILESTONES = 1_000_000;

  /** The most stakeholders a plan may have. */
  public static final int MAX_STAKEHOLDERS = 1_000_000;

  /** The deepest nesting of JSON arrays and objects a reader accepts. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The largest plan document a reader accepts, in bytes (512 MiB). */
  public static final long MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;

  /**
   * The largest number of working days in a duration, an estimate, a lead time, or (either sign)
   * a lag: 10,000 working days is over 27 years of calendar days.
   */
  public static final int MAX_DAYS = 10_000;

  /**
   * The most digits an amount of money may have before, and after, its decimal point: far beyond
   * any deal, and small enough that no amount costs more than a few bytes to hold.
   */
  public static final int MAX_AMOUNT_DIGITS = 40;

  /** The earliest date a plan may contain. */
  public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

  /** The latest date a plan may contain. */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  private PlanLimits() {}

  /**
   * What is wrong with a date outside {@link #MIN_DATE} to {@link #MAX_DATE}: the plan's check and
   * the readers of the other documents say it in the same words.
   *
   * @param what the date in the message, such as {@code "due"} or {@code "the outcome date"}
   * @param date the date
   * @return the problem, such as {@code "due 0000-12-31 is out of range; dates are between
   *     0001-01-01 and 9999-12-31"}, or empty when the date is in range
   */
  public static Optional<String> dateProblem(String what, LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      return Optional.of(what + " " + date + " is out of range; dates are between " + MIN_DATE
          + " and " + MAX_DATE);
    }
    return Optional.empty();
  }

  /**
   * Whether a text is longer than {@link #MAX_TEXT_LENGTH} characters, each Unicode character
   * counted once; an unpaired surrogate counts as one character.
   *
   * @param text the text
   * @return true when it is over the limit
   */
  public static boolean isTextTooLong(CharSequence text) {
    // Text of at most MAX_TEXT_LENGTH UTF-16 units is within the limit whatever it holds, so
    // ordinary text is never counted.
    return text.length() > MAX_TEXT_LENGTH
        && Character.codePointCount(text, 0, text.length()) > MAX_TEXT_LENGTH;
  }
}

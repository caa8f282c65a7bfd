package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The two time formats of the documents, read strictly: dates exactly {@code yyyy-MM-dd} (four
 * digit years, so {@code 2027-3-1} and {@code +10000-01-01} are rejected) and instants exactly
 * {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of up to nine digits, and {@code Z}. Offsets
 * other than {@code Z} are rejected: the format stores UTC instants, and accepting {@code +02:00}
 * would make reading and writing a document change its text.
 */
final class IsoDates {
  private IsoDates() {}

  /**
   * Writes a date as {@code yyyy-MM-dd}, the text {@link LocalDate#toString()} gives, without
   * making that string: documents are full of dates.
   */
  static void write(JsonGenerator gen, LocalDate date) throws IOException {
    int year = date.getYear();
    if (year < 1 || year > 9999) {
      gen.writeString(date.toString());
      return;
    }
    char[] text = new char[10];
    put(text, 0, year, 4);
    text[4] = '-';
    put(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    put(text, 8, date.getDayOfMonth(), 2);
    gen.writeString(text, 0, 10);
  }

  private static void put(char[] text, int offset, int value, int width) {
    for (int i = offset + width - 1; i >= offset; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The date written in {@code length} characters from {@code offset}, or null. */
  static LocalDate parseDate(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String explainDate(String text) {
    char[] chars = text.toCharArray();
    if (chars.length == 10 && chars[4] == '-' && chars[7] == '-' && digits(chars, 0, 4) >= 0
        && digits(chars, 5, 2) >= 0 && digits(chars, 8, 2) >= 0) {
      return "there is no such day in the calendar";
    }
    return "write dates as yyyy-MM-dd, e.g. 2027-03-01";
  }

  /**
   * The instant, or null when the text is not in the strict form; throws DateTimeException for
   * fields out of range.
   */
  static Instant parseInstant(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    char[] chars = text.toCharArray();
    LocalDate date = parseDate(chars, 0, 10);
    int hour = digits(chars, 11, 2);
    int minute = digits(chars, 14, 2);
    int second = digits(chars, 17, 2);
    if (date == null || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int fractionDigits = length - 21;
      if (chars[19] != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      int fraction = digits(chars, 20, fractionDigits);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour,
        minute, second, nanos).toInstant(ZoneOffset.UTC);
  }

  static String explainInstant() {
    return "write instants in UTC as yyyy-MM-ddTHH:mm:ssZ, e.g. 2026-11-20T15:04:05Z"
        + " (a fraction of a second may follow the seconds)";
  }

  /** The value of {@code count} ASCII digits, or -1 when one of them is not a digit. */
  private static int digits(char[] text, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}

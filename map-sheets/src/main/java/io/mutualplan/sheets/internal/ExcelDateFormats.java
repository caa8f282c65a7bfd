package io.mutualplan.sheets.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a spreadsheet's number format shows a date. Spreadsheets store a date as a number of
 * days and say it is a date only through the cell's display format, which can be any of Excel's
 * built-in date formats or a custom code such as {@code dd.mm.yyyy} or {@code [$-409]d mmm yy}.
 */
final class ExcelDateFormats {
  private ExcelDateFormats() {}

  /**
   * Whether a cell with this format shows a date.
   *
   * @param id the built-in format's number, if the reader gave one
   * @param code the format code, if the reader gave one
   * @return true for a date format (with or without a time of day)
   */
  static boolean isDate(Optional<Integer> id, Optional<String> code) {
    if (id.isPresent() && isBuiltInDate(id.get())) {
      return true;
    }
    return code.isPresent() && isDateCode(code.get());
  }

  /**
   * Excel's built-in date formats: 14-17 and 22 (m/d/yy, d-mmm-yy, d-mmm, mmm-yy, m/d/yy h:mm),
   * and the East Asian ones, 27-36 and 50-58. The other built-ins are numbers or times of day.
   */
  private static boolean isBuiltInDate(int id) {
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
  }

  /**
   * Whether a format code shows a date: its first section, without literal text, colours, locale
   * tags and conditions, has a year or a day, or a month with no hour or second (a lone {@code m}
   * next to {@code h} or {@code s} means minutes).
   */
  static boolean isDateCode(String code) {
    String section = firstSection(code).toLowerCase(Locale.ROOT);
    if (section.contains("general")) {
      return false;
    }
    boolean year = false;
    boolean day = false;
    boolean month = false;
    boolean time = false;
    boolean digits = false;
    for (int i = 0; i < section.length(); i++) {
      switch (section.charAt(i)) {
        case 'y' -> year = true;
        case 'd' -> day = true;
        case 'm' -> month = true;
        case 'h', 's' -> time = true;
        case '0', '#', '?' -> digits = true;
        default -> { }
      }
    }
    if (digits && !year && !day) {
      return false;
    }
    return year || day || (month && !time);
  }

  /**
   * The format's first section with quoted text, escaped characters and [brackets] removed (an
   * elapsed-time bracket leaves an {@code h}).
   */
  private static String firstSection(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == ';') {
        break;
      } else if (c == '"') {
        int end = code.indexOf('"', i + 1);
        i = end < 0 ? code.length() : end + 1;
      } else if (c == '[') {
        int end = code.indexOf(']', i + 1);
        String inside = code.substring(i + 1, end < 0 ? code.length() : end);
        if (inside.matches("(?i)[hms]+")) {
          out.append('h'); // elapsed time, such as [h]:mm: a duration, not a date
        }
        i = end < 0 ? code.length() : end + 1;
      } else if (c == '\\' || c == '_' || c == '*') {
        i += 2; // an escaped character, a space as wide as one, or a fill character
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}

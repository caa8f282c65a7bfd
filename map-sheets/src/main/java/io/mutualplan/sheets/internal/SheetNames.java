package io.mutualplan.sheets.internal;

import java.util.Locale;

/**
 * The names Excel allows a sheet: 1 to 31 characters, none of {@code \ / ? * [ ] :}, not starting
 * or ending with an apostrophe, and not {@code History}, which Excel keeps for itself.
 */
public final class SheetNames {
  /** The longest sheet name Excel allows. */
  static final int MAX_LENGTH = 31;

  /** The name of the export's second sheet, the plan's stakeholders. */
  public static final String STAKEHOLDERS = "Stakeholders";

  private SheetNames() {}

  /**
   * A sheet name for a plan: its title with each forbidden character (and each control
   * character, U+FFFE and U+FFFF, which the workbook's XML cannot hold) replaced by {@code -},
   * outer spaces and apostrophes removed, cut to 31 characters without splitting a character;
   * {@code Plan} when nothing is left. The stakeholders' sheet keeps its name: a plan titled
   * {@code Stakeholders} gets a sheet named {@code Milestones}.
   *
   * @param title the plan's title
   * @return the sheet name
   */
  public static String forPlan(String title) {
    StringBuilder name = new StringBuilder(title.length());
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      boolean forbidden = "\\/?*[]:".indexOf(c) >= 0 || Character.isISOControl(c)
          || !ExcelText.fitsXml(c); // the name is an attribute of the workbook's XML
      name.append(forbidden ? '-' : c);
    }
    String cut = trim(name.toString());
    if (cut.length() > MAX_LENGTH) {
      int end = Character.isHighSurrogate(cut.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
      cut = trim(cut.substring(0, end));
    }
    String lower = cut.toLowerCase(Locale.ROOT);
    if (cut.isEmpty() || lower.equals("history")) {
      return "Plan";
    }
    return lower.equals(STAKEHOLDERS.toLowerCase(Locale.ROOT)) ? "Milestones" : cut;
  }

  private static String trim(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && (name.charAt(start) == '\'' || Character.isWhitespace(name.charAt(start)))) {
      start++;
    }
    while (end > start
        && (name.charAt(end - 1) == '\'' || Character.isWhitespace(name.charAt(end - 1)))) {
      end--;
    }
    return name.substring(start, end);
  }
}

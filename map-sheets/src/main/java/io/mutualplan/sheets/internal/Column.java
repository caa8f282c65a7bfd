package io.mutualplan.sheets.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the MAP table, in the order the export writes them, each with the header the
 * export writes, the other headers a reader accepts, and the plan field it carries.
 */
public enum Column {
  /** The milestone's id. */
  ID("Id", "id"),
  /** The milestone's title: the one required column. */
  MILESTONE("Milestone", "title", "Step", "Title"),
  /** The buyer-side owner, by name. */
  BUYER_OWNER("Buyer owner", "buyerOwner", "Buyer"),
  /** The seller-side owner, by name. */
  SELLER_OWNER("Seller owner", "sellerOwner", "Seller"),
  /** The due date. */
  DUE("Due", "due", "Target date", "Due date", "Date"),
  /** Where the milestone stands. */
  STATUS("Status", "status"),
  /** The observable proof that the step is done. */
  EXIT_CRITERIA("Exit criteria", "exitCriteria", "Done when", "Proof"),
  /** What sort of step it is. */
  KIND("Kind", "kind"),
  /** Working days the step takes. */
  DURATION("Duration", "durationDays", "Duration (days)", "Days"),
  /** The predecessors, by id or title. */
  DEPENDS_ON("Depends on", "dependsOn", "After"),
  /** The completion date. */
  COMPLETED("Completed", "completed"),
  /** The first due date agreed. */
  BASELINE_DUE("Baseline due", "baselineDue"),
  /** Notes. */
  NOTES("Notes", "notes");

  private static final Map<String, Column> BY_KEY;
  private static final Map<String, Column> BY_FIELD;

  static {
    Map<String, Column> byKey = new HashMap<>();
    Map<String, Column> byField = new HashMap<>();
    for (Column column : values()) {
      byKey.put(key(column.heading), column);
      for (String alias : column.aliases) {
        byKey.put(key(alias), column);
      }
      byField.put(column.field, column);
    }
    BY_KEY = Map.copyOf(byKey);
    BY_FIELD = Map.copyOf(byField);
  }

  private final String heading;
  private final String field;
  private final List<String> aliases;

  Column(String heading, String field, String... aliases) {
    this.heading = heading;
    this.field = field;
    this.aliases = List.of(aliases);
  }

  /**
   * The header the export writes, such as {@code Buyer owner}.
   *
   * @return the heading
   */
  public String heading() {
    return heading;
  }

  /**
   * The column a header names: case does not matter, nor do spaces, {@code -}, {@code _} or a
   * trailing {@code (days)}.
   *
   * @param header a header cell's text
   * @return the column, or empty when the header names none
   */
  public static Optional<Column> named(String header) {
    return Optional.ofNullable(BY_KEY.get(key(header)));
  }

  /**
   * The column that carries a milestone field of the plan format.
   *
   * @param field a field name, such as {@code buyerOwner}
   * @return the column, or empty when the table has no column for that field
   */
  public static Optional<Column> carrying(String field) {
    return Optional.ofNullable(BY_FIELD.get(field));
  }

  /** A header reduced to what matters when matching it. */
  static String key(String header) {
    String lower = header.strip().toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '_') {
        key.append(c);
      }
    }
    String reduced = key.toString();
    return reduced.endsWith("(days)")
        ? reduced.substring(0, reduced.length() - "(days)".length())
        : reduced;
  }
}

package io.mutualplan.core.diff;

import java.util.Locale;

/** How a milestone differs between an older and a newer version of a plan. */
public enum ChangeType {
  /** Only the newer version has the milestone. */
  ADDED,
  /** Only the older version has the milestone. */
  REMOVED,
  /** Both versions have the milestone, and at least one of its compared fields differs. */
  CHANGED;

  /**
   * The spelling used in diff documents.
   *
   * @return {@code added}, {@code removed} or {@code changed}
   */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the spelling used in diff documents.
   *
   * @param spelling {@code added}, {@code removed} or {@code changed}
   * @return the constant
   * @throws IllegalArgumentException naming the allowed values when {@code spelling} is not one
   */
  public static ChangeType parse(String spelling) {
    for (ChangeType type : values()) {
      if (type.spelling().equals(spelling)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "'" + spelling + "' is not a change type; expected one of: added, removed, changed");
  }

  @Override
  public String toString() {
    return spelling();
  }
}

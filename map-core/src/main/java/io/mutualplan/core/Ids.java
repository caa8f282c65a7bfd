package io.mutualplan.core;

/** The id syntax of the plan format, checked without a regular expression (ids are hot). */
final class Ids {
  static final int MAX_LENGTH = 100;

  private Ids() {}

  static void check(String value) {
    if (value == null) {
      throw InvalidPlanException.of("", "an id is required");
    }
    if (!isValid(value)) {
      throw InvalidPlanException.of(
          "",
          "'"
              + Texts.abbreviate(value)
              + "' is not a valid id: an id starts with a letter or digit, followed by at most 99"
              + " letters, digits, '.', '_' or '-'");
    }
  }

  static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}

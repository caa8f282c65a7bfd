package io.mutualplan.rules.portfolio;

import java.util.OptionalLong;

/** The one check of where a portfolio's entry came from, for rows and failures alike. */
final class EntrySource {
  private EntrySource() {}

  /**
   * Checks a source and its line.
   *
   * @throws IllegalArgumentException for a blank source or a line below 1
   */
  static void check(String source, OptionalLong line) {
    if (source.isBlank()) {
      throw new IllegalArgumentException("a portfolio's entry names its source");
    }
    if (line.isPresent() && line.getAsLong() < 1) {
      throw new IllegalArgumentException("lines count from 1, not " + line.getAsLong());
    }
  }
}

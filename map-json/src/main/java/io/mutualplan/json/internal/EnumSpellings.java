package io.mutualplan.json.internal;

import java.util.function.Function;

/**
 * The spellings of one enum's constants, matched against the parser's characters so that reading
 * a constant makes no {@code String}: a plan of 10,000 milestones has tens of thousands of kinds,
 * statuses and dependency types. Text that matches no spelling goes to the enum's own {@code
 * parse}, whose message names the allowed values.
 *
 * @param <E> the enum
 */
final class EnumSpellings<E extends Enum<E>> {
  private final E[] constants;
  private final char[][] spellings;
  private final Function<String, E> parse;

  /**
   * @param constants the enum's constants, e.g. {@code MilestoneKind.values()}
   * @param spelling each constant's spelling in documents
   * @param parse the enum's parser, for text that matches no spelling
   */
  EnumSpellings(E[] constants, Function<E, String> spelling, Function<String, E> parse) {
    this.constants = constants.clone();
    this.spellings = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      spellings[i] = spelling.apply(constants[i]).toCharArray();
    }
    this.parse = parse;
  }

  /** The constant spelled by {@code length} characters from {@code offset}, or null. */
  E match(char[] text, int offset, int length) {
    for (int i = 0; i < spellings.length; i++) {
      char[] spelling = spellings[i];
      if (spelling.length == length && sameCharacters(spelling, text, offset)) {
        return constants[i];
      }
    }
    return null;
  }

  private static boolean sameCharacters(char[] spelling, char[] text, int offset) {
    for (int k = 0; k < spelling.length; k++) {
      if (spelling[k] != text[offset + k]) {
        return false;
      }
    }
    return true;
  }

  /** The enum's parser: throws the model's problem for text that is no spelling. */
  Function<String, E> parse() {
    return parse;
  }
}

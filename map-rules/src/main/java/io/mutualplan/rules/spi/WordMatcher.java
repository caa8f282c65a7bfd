package io.mutualplan.rules.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds words and phrases in text as whole words, case-insensitively: {@code "tbd"} is found in
 * "Legal: TBD." but not in "tbdx"; {@code "in progress"} is found in "Security review in
 * progress". A space in a phrase matches any run of white space and hyphens, so {@code "follow
 * up"} also finds "Follow-up call". Letters and digits make up words; everything else separates
 * them.
 *
 * <p>Build a matcher once (the engine builds one per {@link ParameterType#WORDS} parameter when it
 * resolves a configuration, see {@link RuleParameters#wordMatcher(String)}) and use it from any
 * number of threads. Matching does not allocate and does not use regular expressions: it visits
 * each word start once and compares only the phrases that begin with that letter.
 */
public final class WordMatcher {
  /** Buckets of phrases by their first letter, folded; a power of two. */
  private static final int BUCKETS = 64;

  /** Which ASCII characters are letters or digits: a table, because this is the inner loop. */
  private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  private final List<String> words;
  private final char[][] phrases;
  private final int[][] buckets;

  private WordMatcher(List<String> words) {
    this.words = words;
    this.phrases = new char[words.size()][];
    List<List<Integer>> byFirst = new ArrayList<>(BUCKETS);
    for (int b = 0; b < BUCKETS; b++) {
      byFirst.add(new ArrayList<>());
    }
    for (int i = 0; i < words.size(); i++) {
      phrases[i] = fold(words.get(i));
      byFirst.get(phrases[i][0] & (BUCKETS - 1)).add(i);
    }
    this.buckets = new int[BUCKETS][];
    for (int b = 0; b < BUCKETS; b++) {
      List<Integer> bucket = byFirst.get(b);
      buckets[b] = new int[bucket.size()];
      for (int j = 0; j < bucket.size(); j++) {
        buckets[b][j] = bucket.get(j);
      }
    }
  }

  /**
   * Compiles a matcher.
   *
   * @param words the words and phrases; each starts and ends with a letter or digit
   * @return the matcher
   * @throws IllegalArgumentException when a word is blank or starts or ends with another character
   */
  public static WordMatcher of(List<String> words) {
    List<String> copy = List.copyOf(words);
    for (String word : copy) {
      String problem = problemWith(word);
      if (problem != null) {
        throw new IllegalArgumentException("'" + word + "' " + problem);
      }
    }
    return new WordMatcher(copy);
  }

  /**
   * The words and phrases, as given.
   *
   * @return the words
   */
  public List<String> words() {
    return words;
  }

  /**
   * Finds the first of the words that occurs in a text as a whole word: the one that starts
   * earliest, and of those the first in {@link #words()}.
   *
   * @param text any text
   * @return the word as given in {@link #words()}, or empty when none occurs
   */
  public Optional<String> findIn(String text) {
    int index = indexOfFirstMatch(text);
    return index < 0 ? Optional.empty() : Optional.of(words.get(index));
  }

  /**
   * Whether any of the words occurs in a text as a whole word.
   *
   * @param text any text
   * @return true when one does
   */
  public boolean matches(String text) {
    return indexOfFirstMatch(text) >= 0;
  }

  private int indexOfFirstMatch(String text) {
    int length = text.length();
    int at = 0;
    while (at < length) {
      char c = text.charAt(at);
      if (!isWordChar(c)) {
        at++;
        continue;
      }
      for (int index : buckets[fold(c) & (BUCKETS - 1)]) {
        if (matchesAt(text, at, phrases[index])) {
          return index;
        }
      }
      // Phrases only start at word starts: skip the rest of this word.
      at++;
      while (at < length && isWordChar(text.charAt(at))) {
        at++;
      }
    }
    return -1;
  }

  private static boolean matchesAt(String text, int start, char[] phrase) {
    int length = text.length();
    int at = start;
    for (char expected : phrase) {
      if (expected == ' ') {
        if (at >= length || !isSeparator(text.charAt(at))) {
          return false;
        }
        while (at < length && isSeparator(text.charAt(at))) {
          at++;
        }
      } else {
        if (at >= length || fold(text.charAt(at)) != expected) {
          return false;
        }
        at++;
      }
    }
    return at == length || !isWordChar(text.charAt(at));
  }

  /** Says what is wrong with a word, or null when it can be matched. */
  static String problemWith(String word) {
    if (word.isBlank()) {
      return "is blank";
    }
    if (!isWordChar(word.charAt(0)) || !isWordChar(word.charAt(word.length() - 1))) {
      return "must start and end with a letter or digit: '" + word + "'";
    }
    return null;
  }

  /** The phrase in folded case with every run of white space as one space. */
  private static char[] fold(String word) {
    StringBuilder folded = new StringBuilder(word.length());
    boolean inSpace = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isWhitespace(c)) {
        inSpace = true;
      } else {
        if (inSpace) {
          folded.append(' ');
          inSpace = false;
        }
        folded.append(fold(c));
      }
    }
    return folded.toString().toCharArray();
  }

  /** Case folding per character, as {@link String#regionMatches(boolean, int, String, int, int)}. */
  private static char fold(char c) {
    if (c < 128) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** What a space in a phrase stands for: white space or a hyphen, as in "follow-up". */
  private static boolean isSeparator(char c) {
    return c == '-' || Character.isWhitespace(c);
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WordMatcher && words.equals(((WordMatcher) other).words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  @Override
  public String toString() {
    return "WordMatcher" + words;
  }
}

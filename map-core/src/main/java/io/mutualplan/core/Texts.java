package io.mutualplan.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Free text from a plan or a document, as messages about it need it: shortened when it is quoted,
 * and checked for broken characters. Every module of MAP quotes and checks text through this
 * class, so that a message quotes a value the same way wherever it is made.
 */
public final class Texts {
  /** How many characters of a value {@link #abbreviate} keeps, the ellipsis included. */
  public static final int QUOTED_LENGTH = 40;

  /** A run of white space between words, the no-break space and the other Unicode spaces too. */
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Zs}]+");

  private Texts() {}

  /**
   * A text as a reader sees its words: each run of white space (two spaces, a tab, a no-break
   * space) as one space, none at either end. {@code "Priya  Nair"} and {@code "Priya\u00a0Nair"}
   * read as {@code "Priya Nair"}, so a name written either way is the same name.
   *
   * @param text the text
   * @return the text, single-spaced
   */
  public static String singleSpaced(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Items in a sentence, as MAP names them in notes: the ones given, then how many more there are
   * ({@code a, b, c, d, e and 3 more}). A caller that counts many items keeps only the first few.
   *
   * @param named the items to name, each written by its {@code toString()}
   * @param total how many items there are in all, at least as many as are named
   * @return the phrase
   */
  public static String named(List<?> named, long total) {
    StringBuilder phrase = new StringBuilder();
    for (Object item : named) {
      phrase.append(phrase.length() == 0 ? "" : ", ").append(item);
    }
    long more = total - named.size();
    return more > 0 ? phrase.append(" and ").append(more).append(" more").toString()
        : phrase.toString();
  }

  /**
   * A value quoted in a message: at most {@value #QUOTED_LENGTH} characters, so that a
   * 10,000-character mistake is not echoed whole.
   *
   * @param value the value
   * @return the value, or its start followed by {@code ...}
   */
  public static String abbreviate(String value) {
    return shortened(value, QUOTED_LENGTH);
  }

  /**
   * At most {@code maxLength} characters of a text: the text itself when it fits, else its start,
   * without trailing white space, followed by {@code ...}. The cut never splits a character made
   * of two UTF-16 units (an emoji, for example), which would leave half of it in the message.
   *
   * @param text the text
   * @param maxLength the most characters to return, the ellipsis included; at least 4
   * @return the text, shortened when longer than {@code maxLength}
   */
  public static String shortened(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int end = maxLength - 3;
    if (Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "...";
  }

  /**
   * Where the first unpaired UTF-16 surrogate of a text is: a character that is half of a pair
   * and cannot be written as UTF-8, so text holding one could be read but never saved.
   *
   * @param text the text
   * @return the index of the first unpaired surrogate, or -1 when every character is whole
   */
  public static int firstUnpairedSurrogate(String text) {
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;
      }
      if (Character.isLowSurrogate(c) || i + 1 == length
          || !Character.isLowSurrogate(text.charAt(i + 1))) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /**
   * An exception's message of many problems: the lines of {@link #listed}, one per line, so that
   * a file with a million mistakes does not make a message of a million lines.
   *
   * @param problems the problems, each written by its {@code toString()}; not empty
   * @param maxListed the most problems to list; at least 1
   * @return the message
   * @throws IllegalArgumentException when there is no problem
   */
  public static String problemLines(List<?> problems, int maxListed) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a message of problems needs at least one problem");
    }
    return String.join("\n", listed(problems, maxListed));
  }

  /**
   * Problems as MAP lists them: at most {@code maxListed}, each written by its {@code
   * toString()}, then a line {@code ... and N more problems} (or {@code 1 more problem}) for the
   * rest.
   *
   * @param problems the problems
   * @param maxListed the most problems to list
   * @return the lines
   */
  public static List<String> listed(List<?> problems, int maxListed) {
    int shown = Math.min(problems.size(), maxListed);
    List<String> lines = new ArrayList<>(shown + 1);
    for (int i = 0; i < shown; i++) {
      lines.add(String.valueOf(problems.get(i)));
    }
    if (problems.size() > shown) {
      lines.add("... and " + Counts.of(problems.size() - shown, "more problem", "more problems"));
    }
    return lines;
  }
}

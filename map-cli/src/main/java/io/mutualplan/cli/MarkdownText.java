package io.mutualplan.cli;

import io.mutualplan.core.DisplayText;
import java.util.regex.Pattern;

/** Text made safe for one cell of a Markdown table. */
final class MarkdownText {
  /**
   * The characters that would make a plan's text into Markdown, each escaped with a backslash:
   * {@code *} and {@code _} (emphasis: a title {@code MSA *redlines* agreed} would show in
   * italics), {@code `} (code), {@code [ ]} (links), {@code < >} (HTML), {@code ~} (strikethrough),
   * {@code &} (entities), {@code |} (it would end the cell) and the backslash itself.
   */
  private static final Pattern MARKUP = Pattern.compile("[\\\\*_`\\[\\]<>~&|]");

  private MarkdownText() {}

  /**
   * A cell's content, shown as written: the characters Markdown would read as markup escaped
   * ({@link #MARKUP}), line breaks as {@code <br>} (they would end the row), other control
   * characters as spaces.
   */
  static String cell(String text) {
    String cell = MARKUP.matcher(text.strip()).replaceAll("\\\\$0")
        .replace("\r\n", "<br>")
        .replace("\n", "<br>")
        .replace("\r", "<br>");
    return DisplayText.line(cell);
  }
}

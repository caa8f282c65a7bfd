package io.mutualplan.cli;

import io.mutualplan.core.DisplayText;
import java.util.regex.Pattern;

/** Text made safe for one cell of a Markdown table, and the rows and emphasis the cells go in. */
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

  /** A row of a table, its line break included: {@code | a | b |}. */
  static String row(Object... cells) {
    StringBuilder row = new StringBuilder("|");
    for (Object cell : cells) {
      row.append(' ').append(cell).append(" |");
    }
    return row.append('\n').toString();
  }

  /** Text in bold: {@code **text**}. */
  static String bold(String text) {
    return "**" + text + "**";
  }
}

package io.mutualplan.cli;

/** Text made safe for one cell of a Markdown table. */
final class MarkdownText {
  private MarkdownText() {}

  /**
   * A cell's content: pipes escaped (they would end the cell), line breaks as {@code <br>} (they
   * would end the row), other control characters as spaces.
   */
  static String cell(String text) {
    String cell = text.strip()
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r\n", "<br>")
        .replace("\n", "<br>")
        .replace("\r", "<br>");
    return DisplayText.line(cell);
  }
}

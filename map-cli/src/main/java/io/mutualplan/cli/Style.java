package io.mutualplan.cli;

/**
 * ANSI colours for text output, or none. Colour is used only when the output goes to a terminal,
 * {@code --no-color} is not given and the {@code NO_COLOR} environment variable is unset or empty
 * (<a href="https://no-color.org">no-color.org</a>), so pipes and files get plain text.
 */
final class Style {
  /** No colour at all. */
  static final Style PLAIN = new Style(false);

  /** ANSI colours. */
  static final Style ANSI = new Style(true);

  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  private Style(boolean colour) {
    this.colour = colour;
  }

  /**
   * The style for a run.
   *
   * @param toTerminal whether the output goes to an interactive terminal
   * @param noColorOption whether {@code --no-color} was given
   * @param noColorVariable the {@code NO_COLOR} environment variable, empty or absent when unset
   */
  static Style choose(boolean toTerminal, boolean noColorOption, String noColorVariable) {
    boolean colour = toTerminal && !noColorOption && noColorVariable.isEmpty();
    return colour ? ANSI : PLAIN;
  }

  String bold(String text) {
    return wrap("\u001b[1m", text);
  }

  String dim(String text) {
    return wrap("\u001b[2m", text);
  }

  String red(String text) {
    return wrap("\u001b[31m", text);
  }

  String boldRed(String text) {
    return wrap("\u001b[1;31m", text);
  }

  String yellow(String text) {
    return wrap("\u001b[33m", text);
  }

  String boldYellow(String text) {
    return wrap("\u001b[1;33m", text);
  }

  String green(String text) {
    return wrap("\u001b[32m", text);
  }

  String cyan(String text) {
    return wrap("\u001b[36m", text);
  }

  String boldCyan(String text) {
    return wrap("\u001b[1;36m", text);
  }

  private String wrap(String start, String text) {
    return colour && !text.isEmpty() ? start + text + RESET : text;
  }
}

package io.mutualplan.cli;

/**
 * ANSI colours for text output, or none; {@link MapCommand#style} says which a run uses.
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

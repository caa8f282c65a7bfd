package io.mutualplan.cli;

import java.util.List;

/**
 * The run cannot go on because of its input (a file that cannot be read, an invalid plan, a cycle
 * that stops scheduling) or its output (a file that cannot be written): exit code 2, with a few
 * lines on standard error that say what and where. Never a stack trace: this is not a bug.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Serializable, though javac cannot tell from the type: a {@code List.copyOf} of strings. */
  @SuppressWarnings("serial")
  private final List<String> lines;

  BadInputException(List<String> lines) {
    super(String.join("\n", lines));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a BadInputException needs a message");
    }
    this.lines = List.copyOf(lines);
  }

  BadInputException(String line) {
    this(List.of(line));
  }

  /** The message, one or a few lines, each printed after {@code map: }. */
  List<String> lines() {
    return lines;
  }
}

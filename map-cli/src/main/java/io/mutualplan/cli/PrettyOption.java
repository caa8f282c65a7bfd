package io.mutualplan.cli;

import picocli.CommandLine.Option;

/** {@code --pretty}, for the commands that write a plan document. */
final class PrettyOption {
  @Option(
      names = "--pretty",
      order = 4,
      description = "Indent the plan document for people to read (two spaces, one value per "
          + "line), so that a hand-formatted file stays readable.")
  private boolean pretty;

  /** Whether the document is to be indented. */
  boolean isPretty() {
    return pretty;
  }
}

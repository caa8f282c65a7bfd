package io.mutualplan.cli;

import picocli.CommandLine.Command;

/** {@code map format}: read, validate and write a plan in its canonical form. */
@Command(
    name = "format",
    header = "Read, validate and write a plan in its canonical form.",
    description = {
      "Reads the plan, checks every rule of the plan format, and writes it back canonically: "
          + "fields in the format's order, optional fields omitted when absent, no insignificant "
          + "whitespace unless --pretty is given.",
      "",
      "Exit codes: 0 done; 2 bad usage, a plan that cannot be read or is invalid, or output "
          + "that cannot be written; 3 internal error."
    })
final class FormatCommand extends PlanWriteBackCommand {}

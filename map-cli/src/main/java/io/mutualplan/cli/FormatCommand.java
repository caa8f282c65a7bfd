package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code map format}: read, validate and write a plan in its canonical form. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = MapVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Read, validate and write a plan in its canonical form.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Reads the plan, checks every rule of the plan format, and writes it back canonically: "
          + "fields in the format's order, optional fields omitted when absent, no insignificant "
          + "whitespace unless --pretty is given.",
      "",
      "Exit codes: 0 done; 2 bad usage, or a plan that cannot be read or is invalid; "
          + "3 internal error."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n")
final class FormatCommand extends PlanCommand {
  @Option(names = "--pretty", order = 4, description = "Indent the document for people to read.")
  private boolean pretty;

  @Override
  public Integer call() {
    MutualActionPlan plan = PlanReading.read(source());
    target().write(out -> Documents.writePlan(plan, pretty, out));
    return ExitCode.OK;
  }
}

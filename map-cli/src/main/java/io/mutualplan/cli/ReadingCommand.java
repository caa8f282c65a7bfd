package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every command that reads plan files shares, whether it reads one ({@link PlanCommand}) or
 * two ({@code map diff}): {@code --lenient}, {@code -o OUT}, and access to the environment of the
 * run.
 */
abstract class ReadingCommand implements Callable<Integer> {
  @ParentCommand private MapCommand root;

  @Option(
      names = "--lenient",
      order = 7,
      description = "Ignore fields the plan format does not know (a CRM's own fields, say) "
          + "instead of rejecting the plan; known fields are checked as strictly as ever.")
  private boolean lenient;

  @Option(
      names = {"-o", "--output"},
      order = 5,
      paramLabel = "OUT",
      description = "Write to this file instead of standard output (- is standard output). A "
          + "file is replaced only when the run succeeds, and keeps its permissions; a link is "
          + "followed; a pipe or a device is written to as it is.")
  private Optional<String> output = Optional.empty();

  /** The environment of this run. */
  final CliEnvironment environment() {
    return root.environment();
  }

  /** Reads and validates the plan in a source, leniently when {@code --lenient} is given. */
  final MutualActionPlan readPlan(PlanSource source) {
    return PlanReading.read(source, lenient);
  }

  /** Where the result goes. */
  final OutputTarget target() {
    return OutputTarget.of(output, environment().stdout());
  }

  /** How to colour text written to a target. */
  final Style style(OutputTarget target) {
    return root.style(target);
  }
}

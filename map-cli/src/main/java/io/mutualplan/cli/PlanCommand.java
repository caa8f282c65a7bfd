package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * What every command shares: the {@code PLAN} argument, {@code -o OUT}, and access to the
 * environment of the run.
 */
abstract class PlanCommand implements Callable<Integer> {
  @ParentCommand private MapCommand root;

  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      description = "The plan file (format mutual-action-plan/1), or - for standard input.")
  private String plan;

  @Option(
      names = {"-o", "--output"},
      order = 5,
      paramLabel = "OUT",
      description = "Write to this file instead of standard output. The file is replaced only "
          + "when the run succeeds.")
  private Optional<String> output = Optional.empty();

  /** The environment of this run. */
  final CliEnvironment environment() {
    return root.environment();
  }

  /** Reads and validates the plan named by {@code PLAN}. */
  final MutualActionPlan readPlan() {
    return PlanReading.read(source());
  }

  /** Whether {@code PLAN} is {@code -}: the plan comes from standard input. */
  final boolean planFromStandardInput() {
    return PlanSource.STDIN_ARGUMENT.equals(plan);
  }

  /** The bytes of {@code PLAN}, and what to call them in messages. */
  final PlanSource source() {
    return PlanSource.read(plan, environment().stdin());
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

package io.mutualplan.cli;

import picocli.CommandLine.Parameters;

/**
 * What every command that reads one plan shares: the {@code PLAN} argument, and what {@link
 * ReadingCommand} gives every command that reads plans ({@code --lenient}, {@code -o OUT}, the
 * environment of the run).
 */
abstract class PlanCommand extends ReadingCommand {
  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      description = "The plan file (format mutual-action-plan/1), or - for standard input.")
  private String plan;

  /** Whether {@code PLAN} is {@code -}: the plan comes from standard input. */
  final boolean planFromStandardInput() {
    return PlanSource.STDIN_ARGUMENT.equals(plan);
  }

  /** The bytes of {@code PLAN}, and what to call them in messages. */
  final PlanSource source() {
    return PlanSource.read(plan, environment().stdin());
  }
}

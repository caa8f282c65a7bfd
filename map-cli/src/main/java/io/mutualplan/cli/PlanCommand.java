package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What every command that reads a plan shares: the {@code PLAN} argument, {@code --lenient}, and
 * what every command has ({@code -o OUT}, the environment of the run).
 */
abstract class PlanCommand extends OutputCommand {
  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      description = "The plan file (format mutual-action-plan/1), or - for standard input.")
  private String plan;

  @Mixin private LenientOption lenient;

  /** The plan, which the result of a command that does not write a plan back must not replace. */
  @Override
  List<Input> inputsToKeep() {
    return List.of(new Input(plan, "the plan"));
  }

  /** Whether {@code PLAN} is {@code -}: the plan comes from standard input. */
  final boolean planFromStandardInput() {
    return PlanSource.STDIN_ARGUMENT.equals(plan);
  }

  /** The bytes of {@code PLAN}, and what to call them in messages. */
  final PlanSource source() {
    return PlanSource.read(plan, environment().stdin());
  }

  /** Reads and validates the plan in a source, leniently when {@code --lenient} is given. */
  final MutualActionPlan readPlan(PlanSource source) {
    return lenient.read(source);
  }

  /** What {@code --lenient} left out of the plan in a source, for a command that writes it. */
  final List<String> leftOutByLenient(PlanSource source) {
    return lenient.leftOut(source);
  }
}

package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * What {@code format} and {@code derive-dates} share: they read the plan, write it back as a plan
 * document ({@code --pretty} for people to read), which {@code -o} may name to update it in place,
 * and note what {@code --lenient} left out of it.
 */
abstract class PlanWriteBackCommand extends PlanCommand {
  @Mixin private PrettyOption pretty;

  /** None: the result is the plan, written back in place when {@code -o} names it. */
  @Override
  final List<Input> inputsToKeep() {
    return List.of();
  }

  /** The plan to write back, from the plan read from a source: by default the plan as read. */
  MutualActionPlan written(PlanSource source, MutualActionPlan plan) {
    return plan;
  }

  @Override
  public final Integer call() {
    PlanSource source = source();
    MutualActionPlan plan = written(source, readPlan(source));
    target().writeDocument(pretty.plans(), plan);
    note(leftOutByLenient(source));
    return ExitCode.OK;
  }
}

package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code map derive-dates}: the plan built backwards, with its missing due dates filled in. */
@Command(
    name = "derive-dates",
    header = "Fill in missing due dates, backwards from the buyer's outcome date.",
    description = {
      "Writes the plan with every incomplete milestone's missing due date set to its late "
          + "finish: the latest date that still meets the outcome, given durations and "
          + "dependencies. The result is a canonical plan document.",
      "",
      "Exit codes: 0 done; 2 bad usage, a plan that cannot be read or is invalid, has no "
          + "outcome or has a dependency cycle, a derived date out of the format's range, or "
          + "output that cannot be written; 3 internal error."
    })
final class DeriveDatesCommand extends PlanWriteBackCommand {
  @Mixin private AsOfOption asOf;

  @Option(
      names = "--overwrite",
      order = 3,
      description = "Replace due dates that are already set, too (completed milestones are "
          + "never changed).")
  private boolean overwrite;

  /** The plan with its missing due dates (all, with {@code --overwrite}) derived. */
  @Override
  MutualActionPlan written(PlanSource source, MutualActionPlan plan) {
    return Scheduling.deriveDueDates(source, plan, asOf.resolve(environment().clock()), overwrite);
  }
}

package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import picocli.CommandLine.Option;

/** {@code --lenient}, for every command that reads a plan. */
final class LenientOption {
  @Option(
      names = "--lenient",
      order = 7,
      description = "Ignore fields the plan format does not know (a CRM's own fields, say) "
          + "instead of rejecting the plan; known fields are checked as strictly as ever.")
  private boolean lenient;

  /** Whether {@code --lenient} was given. */
  boolean isLenient() {
    return lenient;
  }

  /** Reads and validates the plan in a source, leniently when {@code --lenient} is given. */
  MutualActionPlan read(PlanSource source) {
    return PlanReading.read(source, lenient);
  }
}

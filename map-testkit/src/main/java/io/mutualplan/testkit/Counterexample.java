package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import java.util.Optional;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.TestAbortedException;

/**
 * The step both property runners share after a case fails: shrink the plan while the property
 * keeps failing the same way, and build the report a person reads.
 */
final class Counterexample {
  private Counterexample() {}

  /** Runs the property once on a plan. */
  @FunctionalInterface
  interface Rerun {
    /**
     * The property's failure on the plan, or empty when it holds there (an aborted case holds).
     */
    Optional<Throwable> failure(MutualActionPlan plan);
  }

  /** Where the failing case came from. */
  record Origin(String property, int caseNumber, int cases, long seed, long caseSeed) {}

  /**
   * Shrinks the failing plan, keeping only plans on which the property fails with the same kind
   * of exception (so shrinking cannot slide from the bug found to another one), and reports it.
   */
  static PlanPropertyFailure report(Origin origin, MutualActionPlan plan, Throwable failure,
      Rerun rerun, boolean shrink) {
    MutualActionPlan shrunk = plan;
    Throwable shrunkFailure = failure;
    String shrinking = "  Not shrunk (shrinking is off).\n";
    if (shrink) {
      Class<?> kind = failure.getClass();
      ShrinkResult result = PlanShrinker.withDefaults().shrink(plan,
          p -> p == plan || rerun.failure(p).filter(t -> t.getClass() == kind).isPresent());
      shrunk = result.plan();
      // Run once more for the shrunk plan's own message; a property that no longer fails there is
      // not deterministic, and the original failure is all there is to show.
      shrunkFailure = shrunk == plan ? failure : rerun.failure(shrunk).orElse(failure);
      shrinking = "  Shrunk in " + result.steps() + " steps (" + result.attempts()
          + " plans tried) from " + size(plan) + " to " + size(shrunk)
          + (result.minimal() ? "" : "; shrinking stopped at its budget") + ".\n";
    }
    String message = "Property " + origin.property() + " failed on case " + origin.caseNumber()
        + " of " + origin.cases() + ".\n"
        + "  Replay this case: -D" + PropertySettings.SEED + "="
        + PropertySettings.format(origin.caseSeed()) + " -D" + PropertySettings.CASES + "=1\n"
        + "  Replay the run:   -D" + PropertySettings.SEED + "="
        + PropertySettings.format(origin.seed()) + " -D" + PropertySettings.CASES + "="
        + origin.cases() + "\n"
        + shrinking
        + "  Failure: " + shrunkFailure + "\n"
        + (shrink ? "Shrunk plan:\n" : "Plan:\n")
        + PlanRendering.render(shrunk);
    PlanPropertyFailure report = new PlanPropertyFailure(message, shrunkFailure, origin.seed(),
        origin.caseSeed(), origin.caseNumber(), plan, shrunk);
    if (shrunkFailure != failure) {
      report.addSuppressed(failure);
    }
    return report;
  }

  /**
   * Runs a property once: its failure, or empty when it holds or a JUnit assumption aborted it
   * (an aborted case is one the property chose not to judge).
   */
  static Optional<Throwable> attempt(
      ThrowingConsumer<? super MutualActionPlan> property, MutualActionPlan plan) {
    try {
      property.accept(plan);
      return Optional.empty();
    } catch (TestAbortedException aborted) {
      return Optional.empty();
    } catch (Throwable failure) {
      return Optional.of(failure);
    }
  }

  private static String size(MutualActionPlan plan) {
    return count(plan.milestones().size(), "milestone") + ", "
        + count(plan.stakeholders().size(), "stakeholder") + ", "
        + count(plan.revisions().size(), "revision");
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}

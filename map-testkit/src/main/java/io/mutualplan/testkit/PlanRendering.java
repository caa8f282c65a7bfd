package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;

/** How a report shows a plan to a person: the one place that decides it. */
final class PlanRendering {
  private PlanRendering() {}

  /**
   * The plan as a reader can paste it into a test.
   *
   * <p>Until map-json's writer is available to the testkit this is the model's own text form.
   */
  static String render(MutualActionPlan plan) {
    return plan.toString();
  }
}

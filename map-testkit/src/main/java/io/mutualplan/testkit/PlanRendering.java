package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;

/** How a report shows a plan to a person: the one place that decides it. */
final class PlanRendering {
  private PlanRendering() {}

  private static final MapJson PRETTY = MapJson.standard().pretty();

  /** The plan as a pretty {@code mutual-action-plan/1} document, to paste into a test or a file. */
  static String render(MutualActionPlan plan) {
    return PRETTY.plans().write(plan);
  }
}

package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code durations-estimated}: feasibility can only be checked for steps with a duration. */
final class DurationsEstimated extends BuiltInRule {
  /** More milestones than this are counted, not named. */
  private static final int MAX_NAMED = 10;

  DurationsEstimated() {
    super("durations-estimated", Severity.INFO,
        "every incomplete milestone has durationDays or an estimate");
  }

  @Override
  public void check(RuleContext context) {
    List<String> named = null;
    int count = 0;
    for (Milestone milestone : context.plan().milestones()) {
      if (milestone.isComplete() || milestone.durationDays().isPresent()
          || milestone.estimate().isPresent()) {
        continue;
      }
      if (named == null) {
        named = new ArrayList<>();
      }
      if (named.size() < MAX_NAMED) {
        named.add(Wording.milestone(milestone));
      }
      count++;
    }
    if (count == 0) {
      return;
    }
    if (count > named.size()) {
      named.add((count - named.size()) + " more");
    }
    String which = count == 1
        ? named.get(0) + " has"
        : count + " incomplete milestones have";
    context.report(
        which + " no duration or estimate, so the schedule counts "
            + (count == 1 ? "it" : "them") + " as taking no time and cannot tell whether the plan"
            + " is feasible" + (count == 1 ? "." : ": " + Wording.list(named) + "."),
        "Ask each owner how many working days the step takes; a three-point estimate"
            + " (optimistic, likely, pessimistic) is fine. \"Legal is six weeks, you assumed"
            + " two\" is what this prevents.");
  }
}

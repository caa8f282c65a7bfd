package io.mutualplan.rules.builtin;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import java.util.Optional;

/** {@code dependencies-acyclic}: steps that wait for each other in a circle can never start. */
final class DependenciesAcyclic extends BuiltInRule {
  /** A cycle longer than this is named by its first steps, so the message stays readable. */
  private static final int MAX_NAMED = 12;

  DependenciesAcyclic() {
    super("dependencies-acyclic", Severity.ERROR,
        "the dependencies form no cycle; a cycle is named in order (a -> b -> a)");
  }

  @Override
  public void check(RuleContext context) {
    Optional<List<MilestoneId>> found = context.dependencyCycle();
    if (found.isEmpty()) {
      return;
    }
    List<MilestoneId> cycle = found.get();
    MutualActionPlan plan = context.plan();
    String untilThen =
        " Until then the plan has no schedule, so its feasibility and due dates are not checked.";
    if (cycle.size() == 2) {
      context.report(
          Wording.milestone(plan, cycle.get(0)) + " depends on itself, so it can never start.",
          "Remove " + cycle.get(0) + " from its own dependencies." + untilThen);
      return;
    }
    StringBuilder chain = new StringBuilder();
    int steps = cycle.size() - 1;
    for (int i = 0; i < cycle.size(); i++) {
      if (i == MAX_NAMED && steps > MAX_NAMED) {
        chain.append(" -> ... (").append(steps - MAX_NAMED).append(" more) -> ")
            .append(cycle.get(0));
        break;
      }
      chain.append(i == 0 ? "" : " -> ").append(cycle.get(i));
    }
    context.report(
        "The dependencies go round in a circle: " + chain + ". Each of these " + steps
            + " steps waits for the one before it, so none of them can ever start.",
        "Decide with the owners which step really has to come first and remove the dependency"
            + " that points the other way." + untilThen);
  }
}

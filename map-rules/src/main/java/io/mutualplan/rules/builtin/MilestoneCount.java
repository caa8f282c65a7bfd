package io.mutualplan.rules.builtin;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.RuleParameters;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/** {@code milestone-count}: five to seven milestones; 15 line items is a project plan. */
final class MilestoneCount extends BuiltInRule {
  MilestoneCount() {
    super("milestone-count", Severity.ERROR,
        "the plan has from min to max milestones (\"15 line items is a project plan\")",
        ParameterSpec.integer("min", 5, "the fewest milestones a plan may have").atLeast(0),
        ParameterSpec.integer("max", 7, "the most milestones a plan may have").atLeast(0));
  }

  @Override
  public List<String> checkParameters(RuleParameters parameters) {
    int min = parameters.integer("min");
    int max = parameters.integer("max");
    return min <= max
        ? List.of()
        : List.of("min (" + min + ") is more than max (" + max + "), so every plan would fail");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    int count = plan.milestones().size();
    int min = context.parameters().integer("min");
    int max = context.parameters().integer("max");
    String range = min == max ? "exactly " + min : min + " to " + max;
    if (count < min) {
      String has = count == 0 ? "no milestones" : "only " + Wording.count(count, "milestone");
      context.report(
          "The plan has " + has + "; a mutual action plan has " + range + ": the steps on both"
              + " sides that decide whether the deal closes.",
          "Ask " + Wording.buyerContactName(plan) + " what has to happen at "
              + Wording.organization(plan, Side.BUYER) + " before they can sign (security review,"
              + " legal, procurement, budget approval) and add those steps with owners and dates.");
    } else if (count > max) {
      context.report(
          "The plan has " + count + " milestones, more than " + max + ": " + count
              + " line items is a project plan, not a mutual action plan, and it overwhelms the"
              + " buyer.",
          "Keep the " + (max == 1 ? "step" : max + " steps") + " that decide whether the deal"
              + " closes; merge the small ones and take out anything that does not directly"
              + " affect the deal's ability to close (implementation, internal tasks).");
    }
  }
}

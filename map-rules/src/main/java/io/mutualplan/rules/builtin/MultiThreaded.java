package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;

/** {@code multi-threaded}: the plan runs through more than one person on the buyer's side. */
final class MultiThreaded extends BuiltInRule {
  private static final int SMALL = 16;

  MultiThreaded() {
    super("multi-threaded", Severity.WARNING,
        "at least min different buyer-side people own milestones",
        ParameterSpec.integer("min", 2, "the fewest different buyer owners across the milestones")
            .atLeast(0));
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    int min = context.parameters().integer("min");
    // Only as many owners as it takes to reach min are collected: a short list for the usual
    // small min, a set when a configuration asks for many, so the check stays linear.
    Collection<StakeholderId> owners =
        min <= SMALL ? new ArrayList<>(min) : new LinkedHashSet<>();
    for (Milestone milestone : plan.milestones()) {
      if (owners.size() >= min) {
        return;
      }
      if (milestone.buyerOwner().isPresent() && !owners.contains(milestone.buyerOwner().get())) {
        owners.add(milestone.buyerOwner().get());
      }
    }
    if (owners.size() >= min) {
      return;
    }
    String buyer = Wording.organization(plan, Side.BUYER);
    String message;
    if (owners.isEmpty()) {
      message = "Nobody at " + buyer + " owns a step; the plan should run through at least "
          + min + " people there.";
    } else {
      message = "Only " + Wording.listUpToFive(owners, owner -> Wording.person(plan, owner))
          + (owners.size() == 1 ? " owns" : " own")
          + " steps at " + buyer + "; the plan should run through at least " + min + " people"
          + " there, or it stalls when one of them is out or overruled.";
    }
    context.report(message,
        "Give the buyer's steps to the people who actually do them: who at " + buyer + " runs"
            + " security, legal and procurement? On the riskiest step, ask \"who loses their job"
            + " if this date slips?\"");
  }
}

package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/**
 * A rule that reports every milestone of one kind that does not belong in a mutual action plan,
 * one finding per milestone, pointing at its {@code kind}.
 */
abstract class MilestoneKindRule extends BuiltInRule {
  private final MilestoneKind kind;

  MilestoneKindRule(String id, Severity severity, MilestoneKind kind) {
    super(id, severity, "no milestone is of kind " + kind.spelling());
    this.kind = kind;
  }

  /** Why this milestone does not belong, in the plan's own terms. */
  abstract String message(MutualActionPlan plan, Milestone milestone);

  /** What to do with it. */
  abstract String hint(MutualActionPlan plan, Milestone milestone);

  @Override
  public final void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.kind().isPresent() && milestone.kind().get() == kind) {
        context.reportMilestone(i, "kind", message(plan, milestone), hint(plan, milestone));
      }
    }
  }
}

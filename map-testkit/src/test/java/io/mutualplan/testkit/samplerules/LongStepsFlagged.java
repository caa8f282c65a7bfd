package io.mutualplan.testkit.samplerules;

import io.mutualplan.core.Milestone;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.ProfileChange;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/**
 * A well-behaved custom rule: steps longer than {@code maxDays} working days are flagged (20, or
 * 30 for the small deals of the lightweight profile).
 */
public final class LongStepsFlagged implements QualityRule {
  private static final List<ParameterSpec> PARAMETERS =
      List.of(ParameterSpec.integer("maxDays", 20, "the longest a step may take").atLeast(1));

  @Override
  public String id() {
    return "long-steps-flagged";
  }

  @Override
  public String summary() {
    return "no step takes longer than maxDays working days";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public ProfileChange lightweight() {
    return ProfileChange.none().withParameter("maxDays", 30);
  }

  @Override
  public void check(RuleContext context) {
    int maxDays = context.parameters().integer("maxDays");
    List<Milestone> milestones = context.plan().milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.scheduledDurationDays() > maxDays) {
        context.reportMilestone(i, "durationDays",
            milestone.title() + " takes " + milestone.scheduledDurationDays()
                + " working days, more than " + maxDays + ".",
            "Split it into steps someone can finish in " + maxDays + " days.");
      }
    }
  }
}

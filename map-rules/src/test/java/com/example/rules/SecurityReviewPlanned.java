package com.example.rules;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * Deals worth at least {@code minDealValue} go through the buyer's security review, so the plan
 * has a security review step, and someone on the buyer's side owns one.
 */
public final class SecurityReviewPlanned implements QualityRule {
  @Override
  public String id() {
    return "security-review-planned";
  }

  @Override
  public String summary() {
    return "a plan for a deal of at least minDealValue has a security review owned by the buyer";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.number("minDealValue", new BigDecimal("50000"),
                "the deal value, in the plan's currency, from which a security review is expected")
            .atLeast(BigDecimal.ZERO));
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    BigDecimal minDealValue = context.parameters().number("minDealValue");
    if (plan.dealValue().isEmpty() || plan.dealValue().get().amount().compareTo(minDealValue) < 0) {
      return;
    }
    int firstReview = -1;
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.kind().orElse(MilestoneKind.OTHER) != MilestoneKind.SECURITY_REVIEW) {
        continue;
      }
      if (milestone.buyerOwner().isPresent()) {
        return; // the buyer's security team owns a review step
      }
      if (firstReview < 0) {
        firstReview = i;
      }
    }
    if (firstReview >= 0) {
      Milestone review = milestones.get(firstReview);
      context.reportMilestone(firstReview, "buyerOwner",
          review.title() + " (" + review.id() + ") has nobody at " + plan.buyer().name()
              + " who owns it; their security team decides when it is done.",
          "Ask who on " + plan.buyer().name() + "'s security team signs the approval, and make"
              + " them the buyer owner.");
      return;
    }
    context.report(
        "The plan has no security review step, but a deal this size goes through "
            + plan.buyer().name() + "'s security review.",
        "Ask your champion who reviews security at " + plan.buyer().name() + " and how long it"
            + " takes, and add the step with them as its owner.");
  }
}

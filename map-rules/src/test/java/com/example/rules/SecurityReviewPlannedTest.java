package com.example.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.fixtures.Check;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The custom rule of docs/writing-a-rule.md works as the page says. */
class SecurityReviewPlannedTest {
  private final RuleEngine engine =
      RuleEngine.builder().withBuiltInRules(false).addRule(new SecurityReviewPlanned()).build();

  private QualityReport check(MutualActionPlan plan) {
    return engine.evaluate(plan, LocalDate.parse("2026-11-22"));
  }

  @Test
  void aPlanWithABuyerOwnedSecurityReviewPasses() {
    assertThat(check(ExamplePlans.acme()).findings()).isEmpty();
  }

  @Test
  void aSecurityReviewWithoutABuyerOwnerIsReportedAtTheOwner() {
    // Both security steps of the Acme plan are then owned by Jordan Blake alone.
    MutualActionPlan plan = ExamplePlans.acme().withMilestone(
        MilestoneId.of("security-review"), review -> review.withBuyerOwner(Optional.empty()));
    assertThat(check(plan).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("security-review-planned");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.milestone().orElseThrow().value()).isEqualTo("security-docs");
      assertThat(f.path()).contains("/milestones/1/buyerOwner");
      assertThat(f.message()).isEqualTo("Security documentation sent (security-docs) has nobody at"
          + " Acme Corp who owns it; their security team decides when it is done.");
    });
  }

  @Test
  void aLargeDealWithoutASecurityReviewIsReported() {
    MutualActionPlan plan = Check.editAll(ExamplePlans.acme(),
        m -> m.withKind(m.kind().orElseThrow() == MilestoneKind.SECURITY_REVIEW
            ? MilestoneKind.OTHER : m.kind().orElseThrow()));
    assertThat(check(plan).findings()).extracting(Finding::message).containsExactly(
        "The plan has no security review step, but a deal this size goes through Acme Corp's"
            + " security review.");
  }

  @Test
  void smallDealsAreLeftAlone() {
    assertThat(check(ExamplePlans.lightweightEmailPlan()).findings()).isEmpty();
  }
}

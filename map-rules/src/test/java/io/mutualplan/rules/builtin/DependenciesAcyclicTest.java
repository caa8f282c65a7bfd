package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependenciesAcyclicTest {
  /** Security docs wait for legal, which waits for the security review, which waits for the docs. */
  private static MutualActionPlan cyclic() {
    return edit(ExamplePlans.acme(), "security-docs",
        m -> m.withDependsOn(Dependency.on("champion-alignment"), Dependency.on("legal")));
  }

  @Test
  void anAcyclicPlanHasNoFinding() {
    assertThat(findings("dependencies-acyclic", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void namesTheCycleInTheOrderWorkWouldFlow() {
    assertThat(findings("dependencies-acyclic", cyclic())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.milestone()).isEmpty();
      assertThat(f.path()).isEmpty();
      assertThat(f.message())
          .contains("security-docs -> security-review -> legal -> security-docs")
          .contains("3 steps");
      assertThat(f.hint()).contains("remove the dependency");
    });
  }

  /** Twelve steps are named in full; a longer cycle names twelve and counts the rest. */
  @Test
  void namesACycleOfTwelveStepsWholeAndCutsALongerOne() {
    assertThat(findings("dependencies-acyclic", ring(12))).singleElement().satisfies(f ->
        assertThat(f.message()).contains(": c1 -> c2 -> c3 -> c4 -> c5 -> c6 -> c7 -> c8 -> c9"
            + " -> c10 -> c11 -> c12 -> c1. Each of these 12 steps"));
    assertThat(findings("dependencies-acyclic", ring(14))).singleElement().satisfies(f ->
        assertThat(f.message()).contains(": c1 -> c2 -> c3 -> c4 -> c5 -> c6 -> c7 -> c8 -> c9"
            + " -> c10 -> c11 -> c12 -> ... (2 more) -> c1. Each of these 14 steps"));
  }

  /** The Acme plan with a cycle c1 -> c2 -> ... -> cN -> c1 added. */
  private static MutualActionPlan ring(int size) {
    List<Milestone> milestones = new ArrayList<>(ExamplePlans.acme().milestones());
    for (int i = 1; i <= size; i++) {
      milestones.add(Milestone.builder().id(MilestoneId.of("c" + i)).title("Cycle step " + i)
          .addDependsOn(Dependency.on("c" + (i == 1 ? size : i - 1))).build());
    }
    return ExamplePlans.acme().withMilestones(milestones);
  }

  @Test
  void aMilestoneThatDependsOnItselfIsNamed() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "legal",
        m -> m.withDependsOn(Dependency.on("security-review"), Dependency.on("legal")));
    assertThat(findings("dependencies-acyclic", plan)).singleElement()
        .extracting(Finding::message)
        .isEqualTo("MSA redlines agreed (legal) depends on itself, so it can never start.");
  }

  @Test
  void theScheduleRulesSayNothingOnACyclicPlanButEveryOtherRuleRuns() {
    QualityReport report =
        RuleEngine.builder().build().evaluate(cyclic(), LocalDate.parse("2026-12-01"));
    assertThat(report.findingsOf("schedule-feasible")).isEmpty();
    assertThat(report.findingsOf("due-date-realistic")).isEmpty();
    assertThat(report.findingsOf("rule-failed")).isEmpty();
    // Security docs are due 2026-11-27 but wait for legal, due 2027-01-22.
    assertThat(report.findingsOf("dates-respect-dependencies")).isNotEmpty();
    assertThat(report.findingsOf("overdue")).extracting(f -> f.milestone().orElseThrow().value())
        .containsExactly("security-docs");
  }
}

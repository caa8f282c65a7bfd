package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverdueTest {
  @Test
  void aMilestoneDueTodayIsNotOverdue() {
    assertThat(findings("overdue", ExamplePlans.acme(), LocalDate.parse("2026-11-27"))).isEmpty();
  }

  @Test
  void anOpenMilestoneDueBeforeTodayIsOverdue() {
    assertThat(findings("overdue", ExamplePlans.acme(), LocalDate.parse("2026-12-11")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.milestone().orElseThrow().value()).isEqualTo("security-docs");
          assertThat(f.path()).contains("/milestones/1/due");
          assertThat(f.message()).isEqualTo("Security documentation sent (security-docs) was due"
              + " 2026-11-27 and is not complete: 14 days overdue.");
          assertThat(f.hint()).startsWith("Don't just move the date: ask Jordan what shifted"
              + " (\"we are about two weeks behind; what shifted?\")")
              .endsWith(" Keep 2026-11-27 as its baselineDue when you move the date, so the slip"
                  + " stays visible.");
        });
  }

  /** The date to keep is the first agreed one: after a move, the baseline, not the due date. */
  @Test
  void aMilestoneThatMovedBeforeKeepsItsFirstDate() {
    MutualActionPlan moved = ExamplePlans.acme()
        .moveDue(MilestoneId.of("security-docs"), LocalDate.parse("2026-12-01"));

    assertThat(findings("overdue", moved, LocalDate.parse("2026-12-11"))).singleElement()
        .satisfies(f -> assertThat(f.hint()).endsWith(" Keep 2026-11-27 as its baselineDue when"
            + " you move the date, so the slip stays visible."));
  }

  @Test
  void theBuyerOwnerIsAskedFirst() {
    assertThat(findings("overdue", ExamplePlans.acme(), LocalDate.parse("2026-12-19")))
        .extracting(f -> f.milestone().orElseThrow().value())
        .containsExactly("security-docs", "security-review", "business-case");
    assertThat(findings("overdue", ExamplePlans.acme(), LocalDate.parse("2026-12-19")).get(1)
        .hint()).contains("ask Priya what shifted");
  }

  @Test
  void aCompletedMilestoneIsNeverOverdue() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "champion-alignment",
        m -> m.withDue(LocalDate.parse("2026-11-01")));
    assertThat(findings("overdue", plan)).isEmpty();
  }

  @Test
  void lightweightPlansAreCheckedToo() {
    assertThat(lightweightFindings("overdue", edit(ExamplePlans.acme(), "security-docs",
        m -> m.withDue(LocalDate.parse("2026-11-21"))))).hasSize(1);
  }
}

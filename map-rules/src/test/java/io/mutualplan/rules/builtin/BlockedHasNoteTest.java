package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import org.junit.jupiter.api.Test;

class BlockedHasNoteTest {
  private static MutualActionPlan legalBlocked() {
    return edit(ExamplePlans.acme(), "legal", m -> m.withStatus(MilestoneStatus.BLOCKED));
  }

  @Test
  void aBlockedMilestoneWithANoteIsFine() {
    assertThat(findings("blocked-has-note", edit(legalBlocked(), "legal",
        m -> m.withNotes("Budget freeze until January; Dan decides on 2027-01-08")))).isEmpty();
  }

  @Test
  void aBlockedMilestoneWithoutANoteIsAWarning() {
    assertThat(findings("blocked-has-note", legalBlocked())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.milestone().orElseThrow().value()).isEqualTo("legal");
      assertThat(f.path()).contains("/milestones/4/notes");
      assertThat(f.message()).isEqualTo("MSA redlines agreed (legal) is blocked, but nothing says"
          + " why or who can unblock it.");
    });
  }

  @Test
  void aBlankNoteSaysNothing() {
    assertThat(findings("blocked-has-note", edit(legalBlocked(), "legal", m -> m.withNotes(" "))))
        .hasSize(1);
  }
}

package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule copes with plans far larger than any deal: long chains and cycles, thousands of
 * people and edits. Messages stay short, and no rule fails.
 */
class LargePlansTest {
  private static final int SIZE = 20_000;

  /** SIZE seller-owned milestones in one chain; when closed, the last one feeds the first. */
  private static MutualActionPlan chain(boolean closed) {
    List<Stakeholder> people = new ArrayList<>();
    List<Milestone> milestones = new ArrayList<>();
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      StakeholderId person = StakeholderId.of("seller-" + i);
      people.add(Stakeholder.builder().id(person).name("Seller " + i).side(Side.SELLER).build());
      Milestone.Builder milestone = Milestone.builder().id(MilestoneId.of("m" + i))
          .title("Step " + i).sellerOwner(person)
          .due(ExamplePlans.AS_OF.plusDays(1 + i / 100));
      if (i > 0) {
        milestone.addDependsOn(Dependency.on("m" + (i - 1)));
      } else if (closed) {
        milestone.addDependsOn(Dependency.on("m" + (SIZE - 1)));
      }
      milestones.add(milestone.build());
      revisions.add(Revision.builder().number(i + 1).author(person)
          .at(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i)).build());
    }
    return MutualActionPlan.builder().id(PlanId.of("huge")).title("Huge")
        .buyer(Organization.of("Buyer")).seller(Organization.of("Seller"))
        .stakeholders(people).milestones(milestones).revisions(revisions).build();
  }

  @Test
  void aLongChainIsCheckedWithShortMessages() {
    QualityReport report = RuleEngine.builder().build().evaluate(chain(false), ExamplePlans.AS_OF);
    assertThat(report.findingsOf("rule-failed")).isEmpty();
    assertThat(report.findingsOf("exit-criteria")).hasSize(SIZE);
    assertThat(report.findingsOf("co-authored")).singleElement().satisfies(f ->
        assertThat(f.message()).contains("Seller 0, Seller 1, Seller 2, Seller 3, Seller 4 and"
            + " 19995 others"));
    assertThat(report.findingsOf("durations-estimated")).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("20000 incomplete milestones").contains("19990 more"));
    for (Finding finding : report.findings()) {
      assertThat(finding.message().length()).as(finding.ruleId()).isLessThan(2_000);
    }
  }

  @Test
  void aLongCycleIsNamedByItsFirstSteps() {
    QualityReport report = RuleEngine.builder().build().evaluate(chain(true), ExamplePlans.AS_OF);
    assertThat(report.findingsOf("rule-failed")).isEmpty();
    assertThat(report.findingsOf("dependencies-acyclic")).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("The dependencies go round in a circle: m0 -> m1 ->")
            .contains("-> ... (19988 more) -> m0.")
            .contains("Each of these 20000 steps"));
    assertThat(report.findingsOf("dates-respect-dependencies")).hasSize(1);
  }
}

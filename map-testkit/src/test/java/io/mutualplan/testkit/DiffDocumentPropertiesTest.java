package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.testkit.internal.Draw;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The diff document ({@code mutual-action-plan-diff/1}) over generated pairs of versions: a plan
 * and the same plan edited (fields of milestones changed, milestones added, people joining, the
 * outcome moved, a new revision past someone's sign-off), so that every part of the document is
 * written and read.
 */
class DiffDocumentPropertiesTest {
  private static final LocalDate AS_OF = ValidPlanGenerator.DEFAULT_ANCHOR;
  private static final MapJson JSON = MapJson.standard();
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 12).trickyText(0.1);
  }

  /**
   * Invariant: the comparison of a plan with an edited version of itself, written as a diff
   * document, reads back to an equal comparison, and writing that gives the same bytes (canonical
   * output is a fixed point), compact and pretty; the document lists exactly the comparison's
   * milestone changes.
   */
  @PlanProperty(cases = 300, generator = "plans")
  void aWrittenDiffReadsBackToTheSameComparisonAndTheSameBytes(
      MutualActionPlan plan, RandomGenerator random) {
    Draw draw = new Draw(random);
    MutualActionPlan older = signedOff(plan, draw);
    MutualActionPlan newer = nextVersion(older, draw);
    PlanComparison comparison = PlanComparison.compare(older, newer, AS_OF, ENGINE);

    String text = JSON.diffs().write(comparison);
    PlanComparison read = JSON.diffs().read(text);

    assertThat(read).isEqualTo(comparison);
    assertThat(JSON.diffs().writeBytes(read)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(read.changes().milestones()).hasSameSizeAs(comparison.changes().milestones());
    String pretty = JSON.pretty().diffs().write(comparison);
    assertThat(JSON.diffs().read(pretty)).isEqualTo(comparison);
    assertThat(JSON.pretty().diffs().write(JSON.diffs().read(pretty))).isEqualTo(pretty);
  }

  /**
   * Invariant: two unrelated generated plans compared as versions of one (ids allowed to differ:
   * most milestones and people are added or removed) round-trip through the document too.
   */
  @PlanProperty(cases = 200, generator = "plans")
  void aDiffOfTwoUnrelatedPlansReadsBackToTheSameComparison(
      MutualActionPlan older, RandomGenerator random) {
    MutualActionPlan newer = plans().plan(random);
    PlanComparison comparison = PlanComparison.compareAllowingOtherId(older, newer, AS_OF, ENGINE);

    String text = JSON.diffs().write(comparison);

    assertThat(JSON.diffs().read(text)).isEqualTo(comparison);
    assertThat(JSON.diffs().write(JSON.diffs().read(text))).isEqualTo(text);
  }

  /** Half the time, the plan with a new revision that one of its people signed off. */
  private static MutualActionPlan signedOff(MutualActionPlan plan, Draw draw) {
    if (plan.stakeholders().isEmpty() || draw.chance(0.5)) {
      return plan;
    }
    StakeholderId someone = draw.pick(plan.stakeholders()).id();
    MutualActionPlan revised = plan.addRevision(someone, plan.latestRevision()
        .map(revision -> revision.at().plusSeconds(3600))
        .orElse(AS_OF.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    Revision latest = revised.latestRevision().orElseThrow();
    return revised.recordSignOff(someone, latest.number(), AS_OF.minusDays(1));
  }

  /** The plan edited: its milestones, a milestone added, a person joining, the outcome moved. */
  private static MutualActionPlan nextVersion(MutualActionPlan plan, Draw draw) {
    MutualActionPlan next = DiffPropertiesTest.edited(plan, draw);
    if (draw.chance(0.3)) {
      List<Milestone> milestones = new ArrayList<>(next.milestones());
      milestones.add(draw.between(0, milestones.size()), Milestone.builder()
          .id(MilestoneId.of("added-step")).title("Added step").build());
      next = next.withMilestones(milestones);
    }
    if (draw.chance(0.3)) {
      next = MutualActionPlan.builder().from(next).addStakeholders(Stakeholder.builder()
          .id(StakeholderId.of("joined")).name("Joined Later").side(Side.BUYER).build()).build();
    }
    if (next.outcome().isPresent() && draw.chance(0.3)) {
      Outcome outcome = next.outcome().get();
      next = next.withOutcome(Outcome.builder().from(outcome)
          .date(outcome.date().plusDays(draw.between(-10, 10)))
          .leadTimeDays(draw.between(0, 30)).build());
    }
    if (!next.stakeholders().isEmpty() && next.latestRevision().isPresent()
        && draw.chance(0.5)) {
      next = next.addRevision(draw.pick(next.stakeholders()).id(),
          next.latestRevision().get().at().plusSeconds(7200));
    }
    return next;
  }
}

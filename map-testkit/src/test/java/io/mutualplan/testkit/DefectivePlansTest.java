package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.builtin.BuiltInRules;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DefectivePlansTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().profile(Profile.FULL).build();

  static Stream<String> ruleIds() {
    return BuiltInRules.ids().stream();
  }

  /** Invariant: a ready plan has no finding at all, so its verdict is ready with score 100. */
  @PlanProperty(cases = 300, generator = "io.mutualplan.testkit.PlanGenerators#readyPlans")
  void readyPlansPassEveryBuiltInRule(MutualActionPlan plan) {
    QualityReport report = ENGINE.evaluate(plan, ValidPlanGenerator.DEFAULT_ANCHOR);
    assertThat(report.findings()).isEmpty();
  }

  /**
   * Invariant: a plan with one rule's defect makes that rule report at least one finding (and it
   * reported none on the clean plan), and every other rule's findings equal the clean plan's.
   */
  @ParameterizedTest
  @MethodSource("ruleIds")
  void eachDefectTriggersExactlyItsRule(String ruleId) {
    DefectivePlanGenerator generator = PlanGenerators.defectivePlans().rules(ruleId);
    SplittableRandom random = new SplittableRandom(ruleId.hashCode());
    for (int i = 0; i < 40; i++) {
      DefectivePlan defective = generator.defectivePlan(random);
      assertThat(defective.ruleId()).isEqualTo(ruleId);
      List<Finding> clean = ENGINE.evaluate(defective.cleanPlan(), defective.asOf()).findings();
      List<Finding> broken = ENGINE.evaluate(defective.plan(), defective.asOf()).findings();
      String context = defective.description() + "\nclean: " + clean + "\nbroken: " + broken;
      assertThat(of(clean, ruleId)).as(context).isEmpty();
      assertThat(of(broken, ruleId)).as(context).isNotEmpty();
      assertThat(notOf(broken, ruleId)).as(context).isEqualTo(notOf(clean, ruleId));
    }
  }

  /**
   * Ready plans vary as deals do: five to seven milestones, each owned on both sides with exit
   * criteria, plain links with short lags, none to two complete, every calendar style, an
   * outcome set by the buyer's champion, who signed off with the economic buyer.
   */
  @Test
  void readyPlansVaryInSizeCalendarAndProgressAndAreOwnedOnBothSides() {
    Set<Integer> sizes = new HashSet<>();
    Set<String> calendars = new HashSet<>();
    Set<Long> completeCounts = new HashSet<>();
    PlanGenerator ready = PlanGenerators.readyPlans();
    for (long seed = 0; seed < 100; seed++) {
      MutualActionPlan plan = ready.plan(new SplittableRandom(seed));
      sizes.add(plan.milestones().size());
      calendars.add(plan.calendar().map(c -> c.holidays().isEmpty() ? "weekdays" : "holidays")
          .orElse("every day"));
      completeCounts.add(plan.milestones().stream().filter(Milestone::isComplete).count());
      for (Milestone m : plan.milestones()) {
        assertThat(plan.stakeholder(m.buyerOwner().orElseThrow()).orElseThrow().side())
            .isEqualTo(Side.BUYER);
        assertThat(plan.stakeholder(m.sellerOwner().orElseThrow()).orElseThrow().side())
            .isEqualTo(Side.SELLER);
        assertThat(m.exitCriteria()).isPresent();
        assertThat(m.dependsOn()).allSatisfy(d -> {
          assertThat(d.type()).isEqualTo(DependencyType.FINISH_TO_START);
          assertThat(d.lagDays()).isBetween(0, 2);
        });
      }
      Stakeholder champion = plan.stakeholders().get(0);
      assertThat(champion.roles()).containsExactly(Role.CHAMPION);
      assertThat(plan.stakeholders().get(1).roles()).containsExactly(Role.ECONOMIC_BUYER);
      assertThat(plan.outcome().orElseThrow().setBy()).contains(champion.id());
    }
    assertThat(sizes).containsExactlyInAnyOrder(5, 6, 7);
    assertThat(calendars).containsExactlyInAnyOrder("every day", "weekdays", "holidays");
    assertThat(completeCounts).contains(0L, 1L, 2L);
  }

  @Test
  void theSameSeedGivesTheSameDefectivePlanAtTheAsOfDateAsked() {
    LocalDate asOf = LocalDate.of(2031, 5, 6);
    DefectivePlanGenerator generator = PlanGenerators.defectivePlans().asOf(asOf);
    for (long seed = 0; seed < 50; seed++) {
      DefectivePlan first = generator.defectivePlan(new SplittableRandom(seed));
      assertThat(generator.defectivePlan(new SplittableRandom(seed))).isEqualTo(first);
      assertThat(first.asOf()).isEqualTo(asOf);
      assertThat(first.plan()).isNotEqualTo(first.cleanPlan());
    }
  }

  private static List<Finding> of(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  private static List<Finding> notOf(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> !f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }
}

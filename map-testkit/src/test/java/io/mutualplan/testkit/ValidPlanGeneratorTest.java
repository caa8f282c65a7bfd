package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Side;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValidPlanGeneratorTest {
  private static final int CASES = 500;

  /**
   * Invariant: a generated plan is valid (the model re-validates it when rebuilt from scratch),
   * has no dependency cycle, and has stakeholders on both sides whenever it has two or more.
   */
  @Test
  void everyGeneratedPlanIsValidAcyclicAndHasBothSides() {
    SplittableRandom random = new SplittableRandom(20270104);
    for (int i = 0; i < CASES; i++) {
      MutualActionPlan plan = PlanGenerators.validPlans().plan(random);
      String context = "case " + i + ": " + plan;
      MutualActionPlan rebuilt = MutualActionPlan.builder().from(plan).build();
      assertThat(rebuilt).as(context).isEqualTo(plan);
      assertThat(Graphs.hasCycle(plan)).as(context).isFalse();
      if (plan.stakeholders().size() >= 2) {
        assertThat(plan.buyerSide()).as(context).isNotEmpty();
        assertThat(plan.sellerSide()).as(context).isNotEmpty();
      }
      for (Milestone m : plan.milestones()) {
        assertThat(m.completed().isPresent()).as(context).isEqualTo(m.isComplete());
      }
    }
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    ValidPlanGenerator generator = PlanGenerators.validPlans().milestones(0, 30);
    for (long seed = 0; seed < 200; seed++) {
      assertThat(generator.plan(new SplittableRandom(seed)))
          .as("seed %d", seed)
          .isEqualTo(generator.plan(new SplittableRandom(seed)));
    }
    assertThat(generator.samples(7, 20)).isEqualTo(generator.samples(7, 20));
    assertThat(generator.samples(7, 20)).isNotEqualTo(generator.samples(8, 20));
  }

  @Test
  void theDefaultsCoverEveryDependencyTypeStatusAndCalendarStyleAndNegativeLags() {
    Set<DependencyType> types = EnumSet.noneOf(DependencyType.class);
    Set<MilestoneStatus> statuses = EnumSet.noneOf(MilestoneStatus.class);
    boolean negativeLag = false;
    boolean weekends = false;
    boolean holidays = false;
    boolean noCalendar = false;
    boolean revisions = false;
    boolean signOffs = false;
    for (MutualActionPlan plan : PlanGenerators.validPlans().samples(1, CASES)) {
      for (Milestone m : plan.milestones()) {
        statuses.add(m.status());
        for (Dependency d : m.dependsOn()) {
          types.add(d.type());
          negativeLag |= d.lagDays() < 0;
        }
      }
      noCalendar |= plan.calendar().isEmpty();
      weekends |= plan.calendar().map(c -> c.workingDays().size() < 7).orElse(false);
      holidays |= plan.calendar().map(c -> !c.holidays().isEmpty()).orElse(false);
      revisions |= !plan.revisions().isEmpty();
      signOffs |= !plan.signOffs().isEmpty();
    }
    assertThat(types).containsExactlyInAnyOrder(DependencyType.values());
    assertThat(statuses).containsExactlyInAnyOrder(MilestoneStatus.values());
    assertThat(List.of(negativeLag, weekends, holidays, noCalendar, revisions, signOffs))
        .containsOnly(true);
  }

  @Test
  void sizeBoundsAreRespected() {
    ValidPlanGenerator generator =
        PlanGenerators.validPlans().milestones(3, 5).stakeholders(4, 4).revisions(2, 3);
    for (MutualActionPlan plan : generator.samples(3, 200)) {
      assertThat(plan.milestones()).hasSizeBetween(3, 5);
      assertThat(plan.stakeholders()).hasSize(4);
      assertThat(plan.revisions()).hasSizeBetween(2, 3);
    }
  }

  @Test
  void aChainMakesEachMilestoneDependOnExactlyOneOtherInOneLine() {
    for (MutualActionPlan plan :
        PlanGenerators.graph(GraphShape.CHAIN).milestones(10, 10).samples(5, 50)) {
      List<Integer> predecessorCounts =
          plan.milestones().stream().map(m -> m.dependsOn().size()).collect(Collectors.toList());
      assertThat(predecessorCounts).containsOnly(0, 1);
      assertThat(predecessorCounts.stream().filter(c -> c == 0)).hasSize(1);
      int[][] successors = Graphs.successors(plan);
      for (int[] next : successors) {
        assertThat(next.length).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void aFanInHasOneMilestoneWaitingOnAllOthers() {
    for (MutualActionPlan plan :
        PlanGenerators.graph(GraphShape.FAN_IN).milestones(2, 12).samples(6, 50)) {
      int n = plan.milestones().size();
      assertThat(plan.milestones().stream().filter(m -> m.dependsOn().size() == n - 1)).hasSize(1);
      assertThat(Graphs.dependencyCount(plan)).isEqualTo(n - 1);
    }
  }

  @Test
  void aFanOutHasEveryOtherMilestoneWaitingOnOne() {
    for (MutualActionPlan plan :
        PlanGenerators.graph(GraphShape.FAN_OUT).milestones(2, 12).samples(7, 50)) {
      int n = plan.milestones().size();
      Set<String> predecessors = plan.milestones().stream()
          .flatMap(m -> m.dependsOn().stream())
          .map(d -> d.milestone().value())
          .collect(Collectors.toSet());
      assertThat(predecessors).hasSize(1);
      assertThat(Graphs.dependencyCount(plan)).isEqualTo(n - 1);
    }
  }

  @Test
  void layeredGraphsGiveEveryMilestoneOutsideTheFirstLayerAPredecessor() {
    for (MutualActionPlan plan : PlanGenerators.graph(GraphShape.LAYERED)
        .milestones(2, 40).edgeDensity(0).samples(8, 100)) {
      long roots = plan.milestones().stream().filter(m -> m.dependsOn().isEmpty()).count();
      assertThat(roots).isBetween(1L, (long) Math.ceil(plan.milestones().size() / 2.0));
      assertThat(Graphs.hasCycle(plan)).isFalse();
    }
  }

  @Test
  void noneHasNoDependencies() {
    for (MutualActionPlan plan : PlanGenerators.graph(GraphShape.NONE).samples(9, 50)) {
      assertThat(Graphs.dependencyCount(plan)).isZero();
    }
  }

  @Test
  void aRandomDagHasAboutTheExpectedNumberOfDependencies() {
    int n = 200;
    double density = 0.1;
    long total = 0;
    int plans = 20;
    for (MutualActionPlan plan :
        PlanGenerators.graph(GraphShape.RANDOM_DAG).milestones(n, n).edgeDensity(density)
            .samples(10, plans)) {
      total += Graphs.dependencyCount(plan);
      assertThat(Graphs.hasCycle(plan)).isFalse();
    }
    double expected = density * n * (n - 1) / 2 * plans;
    // 39,800 expected; the standard deviation is about 190, so 5% is over ten deviations.
    assertThat((double) total).isBetween(expected * 0.95, expected * 1.05);
  }

  @Test
  void densityZeroAndOneGiveNoneAndEveryPair() {
    MutualActionPlan empty =
        PlanGenerators.graph(GraphShape.RANDOM_DAG).milestones(30, 30).edgeDensity(0)
            .plan(new SplittableRandom(1));
    MutualActionPlan complete =
        PlanGenerators.graph(GraphShape.RANDOM_DAG).milestones(30, 30).edgeDensity(1)
            .plan(new SplittableRandom(1));
    assertThat(Graphs.dependencyCount(empty)).isZero();
    assertThat(Graphs.dependencyCount(complete)).isEqualTo(30 * 29 / 2);
  }

  @ParameterizedTest
  @EnumSource(CalendarStyle.class)
  void eachCalendarStyleGivesTheCalendarItNames(CalendarStyle style) {
    List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    for (MutualActionPlan plan : PlanGenerators.validPlans().calendar(style).samples(11, 50)) {
      switch (style) {
        case EVERY_DAY:
          assertThat(plan.calendar()).isEmpty();
          break;
        case WEEKDAYS:
          assertThat(plan.calendar()).hasValue(
              CalendarSettings.builder().workingDays(weekdays).build());
          break;
        case WEEKDAYS_WITH_HOLIDAYS:
          CalendarSettings calendar = plan.calendar().orElseThrow();
          assertThat(calendar.workingDays()).isEqualTo(weekdays);
          assertThat(calendar.holidays()).isNotEmpty().doesNotHaveDuplicates();
          break;
        default:
          assertThat(plan.calendar().orElseThrow().workingDays()).isNotEmpty();
      }
    }
  }

  @Test
  void negativeLagsOnlyWhenAskedForLeads() {
    for (MutualActionPlan plan : PlanGenerators.graph(GraphShape.CHAIN).milestones(5, 5)
        .lagDays(-7, -1).dependencyTypes(DependencyType.START_TO_START).samples(12, 30)) {
      for (Milestone m : plan.milestones()) {
        for (Dependency d : m.dependsOn()) {
          assertThat(d.lagDays()).isBetween(-7, -1);
          assertThat(d.type()).isEqualTo(DependencyType.START_TO_START);
        }
      }
    }
  }

  @Test
  void completedDatesFallOnOrBeforeTheAnchorAndNotBeforeTheStart() {
    LocalDate anchor = LocalDate.of(2030, 6, 3);
    for (MutualActionPlan plan : PlanGenerators.validPlans().anchor(anchor)
        .statuses(MilestoneStatus.COMPLETE).optionalFields(1).samples(13, 50)) {
      for (Milestone m : plan.milestones()) {
        assertThat(m.completed()).hasValueSatisfying(c -> assertThat(c).isBeforeOrEqualTo(anchor));
        assertThat(m.started()).hasValueSatisfying(
            s -> assertThat(s).isBeforeOrEqualTo(m.completed().orElseThrow()));
      }
    }
  }

  @Test
  void anchorsAtTheEdgesOfTheCalendarStillGiveValidPlans() {
    for (LocalDate anchor : List.of(PlanLimits.MIN_DATE, PlanLimits.MAX_DATE)) {
      assertThat(PlanGenerators.validPlans().anchor(anchor).optionalFields(1).samples(14, 50))
          .hasSize(50);
    }
  }

  @Test
  void withoutOptionalFieldsOnlyRequiredOnesArePresent() {
    for (MutualActionPlan plan :
        PlanGenerators.validPlans().optionalFields(0).samples(15, 50)) {
      assertThat(plan.goal()).isEmpty();
      assertThat(plan.outcome()).isEmpty();
      assertThat(plan.dealValue()).isEmpty();
      for (Milestone m : plan.milestones()) {
        assertThat(m.buyerOwner()).isEmpty();
        assertThat(m.due()).isEmpty();
        assertThat(m.durationDays()).isEmpty();
        assertThat(m.exitCriteria()).isEmpty();
      }
    }
  }

  @Test
  void ownersAreOnTheirSide() {
    for (MutualActionPlan plan : PlanGenerators.validPlans().optionalFields(1).samples(16, 100)) {
      for (Milestone m : plan.milestones()) {
        m.buyerOwner().ifPresent(
            id -> assertThat(plan.stakeholder(id).orElseThrow().side()).isEqualTo(Side.BUYER));
        m.sellerOwner().ifPresent(
            id -> assertThat(plan.stakeholder(id).orElseThrow().side()).isEqualTo(Side.SELLER));
      }
    }
  }

  @Test
  void badSettingsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> PlanGenerators.validPlans().milestones(5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("milestones");
    assertThatThrownBy(() -> PlanGenerators.validPlans().edgeDensity(1.5))
        .hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> PlanGenerators.validPlans().shapes())
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> PlanGenerators.largePlans(3, 4))
        .hasMessageContaining("between 0 and 3");
  }

  @Test
  void largePlansHaveTheAskedMilestonesAndAboutTheAskedDependencies() {
    MutualActionPlan plan = PlanGenerators.largePlans(20_000, 60_000).plan(new SplittableRandom(3));
    assertThat(plan.milestones()).hasSize(20_000);
    // A binomial count around 60,000: the standard deviation is about 245.
    assertThat(Graphs.dependencyCount(plan)).isBetween(58_000L, 62_000L);
    assertThat(Graphs.hasCycle(plan)).isFalse();
  }
}

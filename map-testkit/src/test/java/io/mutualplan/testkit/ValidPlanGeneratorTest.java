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
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.testkit.internal.Vocabulary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
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

  /**
   * With density 1, a layered graph links each milestone outside the first layer to every
   * milestone of the layer before, in order: in topological order, the layers are runs of
   * milestones with the same predecessors, and those predecessors are the run just before.
   */
  @Test
  void aLayeredGraphOfDensityOneLinksEachMilestoneToTheWholeLayerBefore() {
    for (MutualActionPlan plan : PlanGenerators.graph(GraphShape.LAYERED).milestones(2, 40)
        .edgeDensity(1).optionalFields(0).shuffled(false).samples(29, 60)) {
      List<List<Integer>> predecessors = plan.milestones().stream()
          .map(m -> m.dependsOn().stream().map(d -> d.milestone().value())
              .map(id -> Integer.parseInt(id.substring("step-".length())) - 1).toList())
          .toList();
      for (int i = 0; i < predecessors.size(); i++) {
        List<Integer> before = predecessors.get(i);
        if (before.isEmpty()) {
          assertThat(predecessors.subList(0, i)).allSatisfy(p -> assertThat(p).isEmpty());
          continue;
        }
        int first = before.get(0);
        int layerStart = before.get(before.size() - 1) + 1;
        assertThat(before).isEqualTo(java.util.stream.IntStream.range(first, layerStart).boxed()
            .toList());
        assertThat(predecessors.subList(layerStart, i + 1)).allSatisfy(
            p -> assertThat(p).isEqualTo(before));
        assertThat(predecessors.subList(first, layerStart)).allSatisfy(
            p -> assertThat(p).isEqualTo(predecessors.get(first)));
        if (first > 0) {
          assertThat(predecessors.get(first - 1)).isNotEqualTo(predecessors.get(first));
        }
      }
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
      assertThat(plan.createdOn()).isEmpty();
      assertThat(plan.attributes()).isEmpty();
      assertThat(plan.signOffs()).isEmpty();
      for (Milestone m : plan.milestones()) {
        assertThat(m.buyerOwner()).isEmpty();
        assertThat(m.due()).isEmpty();
        assertThat(m.durationDays()).isEmpty();
        assertThat(m.exitCriteria()).isEmpty();
        assertThat(m.kind()).isEmpty();
        assertThat(m.id().value()).startsWith("step-");
        assertThat(m.description()).isEmpty();
        assertThat(m.sellerOwner()).isEmpty();
        assertThat(m.estimate()).isEmpty();
        assertThat(m.atRisk()).isFalse();
        assertThat(m.notes()).isEmpty();
        assertThat(m.attributes()).isEmpty();
        if (m.status() != MilestoneStatus.IN_PROGRESS) {
          assertThat(m.started()).isEmpty();
        }
      }
      for (Stakeholder person : plan.stakeholders()) {
        assertThat(person.roles()).isEmpty();
        assertThat(person.title()).isEmpty();
        assertThat(person.email()).isEmpty();
      }
      assertThat(plan.revisions()).allSatisfy(r -> assertThat(r.summary()).isEmpty());
    }
  }

  /**
   * With every optional field asked for, each field that the generator fills in for "every
   * optional field" is there in every plan, and the rarer ones (a milestone's description,
   * baseline, estimate, risk, notes and attributes, the plan's attributes) in some.
   */
  @Test
  void withEveryOptionalFieldEachIsPresentAndTheRareOnesSometimes() {
    Set<String> rare = new HashSet<>();
    for (MutualActionPlan plan : PlanGenerators.validPlans().milestones(1, 12).stakeholders(2, 8)
        .revisions(1, 5).optionalFields(1).samples(17, 60)) {
      assertThat(plan.goal()).isPresent();
      assertThat(plan.outcome()).hasValueSatisfying(outcome -> {
        assertThat(outcome.label()).isPresent();
        assertThat(outcome.setBy()).isPresent();
      });
      assertThat(plan.dealValue()).isPresent();
      assertThat(plan.createdOn()).isPresent();
      assertThat(plan.signOffs()).hasSizeBetween(1, 3);
      assertThat(plan.revisions()).allSatisfy(r -> assertThat(r.summary()).isPresent());
      if (plan.outcome().orElseThrow().leadTimeDays() > 0) {
        rare.add("lead time");
      }
      for (Stakeholder person : plan.stakeholders()) {
        assertThat(person.roles()).isNotEmpty();
        assertThat(person.title()).isPresent();
        assertThat(person.email()).isPresent();
      }
      for (Milestone m : plan.milestones()) {
        assertThat(m.kind()).isPresent();
        assertThat(m.id().value()).startsWith(m.kind().orElseThrow().spelling() + "-");
        assertThat(m.buyerOwner()).isPresent();
        assertThat(m.sellerOwner()).isPresent();
        assertThat(m.due()).isPresent();
        assertThat(m.durationDays()).isPresent();
        assertThat(m.exitCriteria()).isPresent();
        if (m.status() == MilestoneStatus.IN_PROGRESS || m.isComplete()) {
          assertThat(m.started()).isPresent();
        }
        if (m.status() == MilestoneStatus.BLOCKED) {
          assertThat(m.notes()).isPresent();
        }
        m.description().ifPresent(x -> rare.add("description"));
        m.baselineDue().ifPresent(baseline -> {
          rare.add("baseline");
          assertThat(baseline).isBetween(m.due().orElseThrow().minusDays(21),
              m.due().orElseThrow().minusDays(1));
        });
        m.estimate().ifPresent(x -> rare.add("estimate"));
        m.notes().ifPresent(x -> rare.add("notes"));
        if (m.atRisk()) {
          rare.add("at risk");
        }
        if (!m.attributes().isEmpty()) {
          rare.add("milestone attributes");
        }
      }
      if (!plan.attributes().isEmpty()) {
        rare.add("plan attributes");
        assertThat(plan.attributes()).hasSizeBetween(1, 3);
      }
    }
    assertThat(rare).containsExactlyInAnyOrder("description", "baseline", "estimate", "notes",
        "at risk", "milestone attributes", "plan attributes", "lead time");
  }

  /** A probability is how often: with 0.9, nine optional fields in ten, give or take. */
  @Test
  void optionalFieldsAreFilledInAsOftenAsAsked() {
    int milestones = 0;
    int due = 0;
    int baseline = 0;
    for (MutualActionPlan plan :
        PlanGenerators.validPlans().milestones(10, 10).optionalFields(0.9).samples(18, 50)) {
      for (Milestone m : plan.milestones()) {
        milestones++;
        due += m.due().isPresent() ? 1 : 0;
        baseline += m.baselineDue().isPresent() ? 1 : 0;
      }
    }
    assertThat((double) due / milestones).isBetween(0.85, 0.95);
    // A baseline for three due dates in ten, times 0.9.
    assertThat((double) baseline / due).isBetween(0.17, 0.37);
  }

  @Test
  void durationsEstimatesAndLagsStayInTheRangesAsked() {
    for (MutualActionPlan plan : PlanGenerators.graph(GraphShape.CHAIN).milestones(8, 8)
        .durationDays(3, 9).estimates(1).lagDays(2, 5).optionalFields(1).samples(19, 40)) {
      for (Milestone m : plan.milestones()) {
        assertThat(m.durationDays().orElseThrow()).isBetween(3, 9);
        assertThat(m.estimate()).hasValueSatisfying(e -> {
          assertThat(e.optimistic()).isBetween(3, 9);
          assertThat(e.pessimistic()).isBetween(3, 9);
        });
        for (Dependency d : m.dependsOn()) {
          assertThat(d.lagDays()).isBetween(2, 5);
        }
      }
    }
    for (MutualActionPlan plan :
        PlanGenerators.validPlans().estimates(0).optionalFields(1).samples(20, 40)) {
      assertThat(plan.milestones()).allSatisfy(m -> assertThat(m.estimate()).isEmpty());
    }
  }

  /**
   * When the range of lags holds 0, about half of the lags are 0 (and the rest drawn from the
   * whole range), whether 0 is inside it or at either end.
   */
  @Test
  void whenTheLagsMayBeZeroAboutHalfAre() {
    assertThat(zeroLags(-2, 2)).isBetween(0.5, 0.7); // a half, and a fifth of the other half
    assertThat(zeroLags(0, 3)).isBetween(0.52, 0.72); // a half, and a quarter of the other half
    assertThat(zeroLags(-3, 0)).isBetween(0.52, 0.72);
    for (MutualActionPlan plan : PlanGenerators.graph(GraphShape.CHAIN).milestones(6, 6)
        .lagDays(-1, 1).dependencyTypes(DependencyType.START_TO_START).samples(30, 20)) {
      assertThat(plan.milestones()).flatExtracting(Milestone::dependsOn)
          .allSatisfy(d -> assertThat(d.type()).isEqualTo(DependencyType.START_TO_START));
    }
  }

  /** The share of zero lags in the chains drawn with lags from {@code min} to {@code max}. */
  private static double zeroLags(int min, int max) {
    int links = 0;
    int zero = 0;
    for (MutualActionPlan plan : PlanGenerators.graph(GraphShape.CHAIN).milestones(10, 10)
        .lagDays(min, max).samples(21, 40)) {
      for (Milestone m : plan.milestones()) {
        for (Dependency d : m.dependsOn()) {
          links++;
          zero += d.lagDays() == 0 ? 1 : 0;
        }
      }
    }
    return (double) zero / links;
  }

  @Test
  void aCalendarHasAtMostTheHolidaysAskedAndWeekdaysWithHolidaysAtLeastOne() {
    for (MutualActionPlan plan : PlanGenerators.validPlans()
        .calendar(CalendarStyle.WEEKDAYS_WITH_HOLIDAYS).holidays(3).samples(22, 60)) {
      assertThat(plan.calendar().orElseThrow().holidays()).hasSizeBetween(1, 3);
    }
    Set<Integer> counts = new HashSet<>();
    for (MutualActionPlan plan :
        PlanGenerators.validPlans().calendar(CalendarStyle.RANDOM).holidays(2).samples(23, 60)) {
      counts.add(plan.calendar().orElseThrow().holidays().size());
    }
    assertThat(counts).containsExactlyInAnyOrder(0, 1, 2);
    for (MutualActionPlan plan : PlanGenerators.validPlans()
        .calendar(CalendarStyle.WEEKDAYS_WITH_HOLIDAYS).holidays(0).samples(24, 20)) {
      assertThat(plan.calendar().orElseThrow().holidays()).isEmpty();
    }
  }

  /** Not shuffled, the milestones come in topological order: each after those it depends on. */
  @Test
  void unshuffledMilestonesComeAfterTheMilestonesTheyDependOn() {
    boolean shuffledOutOfOrder = false;
    for (long seed = 25; seed < 45; seed++) {
      ValidPlanGenerator generator = PlanGenerators.graph(GraphShape.RANDOM_DAG).milestones(8, 8)
          .edgeDensity(0.5);
      assertThat(inTopologicalOrder(generator.shuffled(false).plan(new SplittableRandom(seed))))
          .isTrue();
      shuffledOutOfOrder |= !inTopologicalOrder(generator.plan(new SplittableRandom(seed)));
    }
    assertThat(shuffledOutOfOrder).as("shuffled by default").isTrue();
  }

  private static boolean inTopologicalOrder(MutualActionPlan plan) {
    Set<String> seen = new HashSet<>();
    for (Milestone m : plan.milestones()) {
      for (Dependency d : m.dependsOn()) {
        if (!seen.contains(d.milestone().value())) {
          return false;
        }
      }
      seen.add(m.id().value());
    }
    return true;
  }

  /** Two or more stakeholders: the first is a buyer, the second a seller, the rest mostly buyers. */
  @Test
  void stakeholdersAreNumberedAndTheFirstTwoAreABuyerAndASeller() {
    int others = 0;
    int otherBuyers = 0;
    for (MutualActionPlan plan :
        PlanGenerators.validPlans().stakeholders(2, 12).optionalFields(1).samples(26, 60)) {
      List<Stakeholder> people = plan.stakeholders();
      assertThat(people.get(0).side()).isEqualTo(Side.BUYER);
      assertThat(people.get(1).side()).isEqualTo(Side.SELLER);
      for (int i = 0; i < people.size(); i++) {
        Stakeholder person = people.get(i);
        String number = Integer.toString(i + 1);
        assertThat(person.id().value()).endsWith("-" + number);
        assertThat(person.email()).hasValueSatisfying(
            email -> assertThat(email).endsWith(number + "@example.com"));
        assertThat(person.roles()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
        if (i >= 2) {
          others++;
          otherBuyers += person.side() == Side.BUYER ? 1 : 0;
        }
      }
    }
    assertThat((double) otherBuyers / others).isBetween(0.5, 0.7);
    int thirdBuyers = 0;
    int roles = 0;
    int ownSide = 0;
    boolean rolesOutOfOrder = false;
    for (MutualActionPlan plan :
        PlanGenerators.validPlans().stakeholders(3, 3).optionalFields(1).samples(31, 100)) {
      thirdBuyers += plan.stakeholders().get(2).side() == Side.BUYER ? 1 : 0;
      for (Stakeholder person : plan.stakeholders()) {
        List<Role> pool = person.side() == Side.BUYER ? Vocabulary.BUYER_ROLES
            : Vocabulary.SELLER_ROLES;
        for (Role role : person.roles()) {
          roles++;
          ownSide += pool.contains(role) ? 1 : 0;
        }
        rolesOutOfOrder |= !person.roles().equals(person.roles().stream().sorted().toList());
      }
    }
    assertThat(thirdBuyers).as("the third is a buyer six times in ten").isBetween(45, 75);
    assertThat((double) ownSide / roles).as("roles from their side nine times in ten")
        .isGreaterThan(0.85);
    assertThat(rolesOutOfOrder).as("roles in no fixed order").isTrue();
  }

  /**
   * A random calendar works each day of the week six times in ten, in no fixed order; dates drawn
   * before the anchor (creation, starts) are not after it.
   */
  @Test
  void randomCalendarsWorkMostDaysInAnyOrderAndPastDatesAreNotAfterTheAnchor() {
    LocalDate anchor = LocalDate.of(2030, 6, 3);
    int days = 0;
    int calendars = 0;
    boolean outOfOrder = false;
    for (MutualActionPlan plan : PlanGenerators.validPlans().anchor(anchor)
        .calendar(CalendarStyle.RANDOM).optionalFields(1).samples(32, 100)) {
      List<DayOfWeek> working = plan.calendar().orElseThrow().workingDays();
      calendars++;
      days += working.size();
      outOfOrder |= !working.equals(working.stream().sorted().toList());
      assertThat(plan.createdOn().orElseThrow()).isBeforeOrEqualTo(anchor);
      for (Milestone m : plan.milestones()) {
        m.started().ifPresent(started -> assertThat(started).isBeforeOrEqualTo(anchor));
      }
    }
    assertThat((double) days / calendars).isBetween(3.8, 4.6); // 7 times 0.6 is 4.2
    assertThat(outOfOrder).isTrue();
  }

  /** Revisions mostly start at 1 and count up by one, at times a second apart, never back. */
  @Test
  void revisionsMostlyStartAtOneAndCountUpByOne() {
    int histories = 0;
    int fromOne = 0;
    int steps = 0;
    int byOne = 0;
    int sameInstant = 0;
    for (MutualActionPlan plan : PlanGenerators.validPlans().stakeholders(1, 4).revisions(2, 6)
        .samples(33, 200)) {
      List<Revision> revisions = plan.revisions();
      histories++;
      fromOne += revisions.get(0).number() == 1 ? 1 : 0;
      for (int i = 1; i < revisions.size(); i++) {
        steps++;
        byOne += revisions.get(i).number() - revisions.get(i - 1).number() == 1 ? 1 : 0;
        sameInstant += revisions.get(i).at().equals(revisions.get(i - 1).at()) ? 1 : 0;
      }
    }
    assertThat((double) fromOne / histories).isBetween(0.75, 0.95); // 0.8, and 1 in 4 of the rest
    assertThat((double) byOne / steps).isBetween(0.85, 0.95);
    assertThat((double) sameInstant / steps).isBetween(0.05, 0.15);
  }

  @Test
  void titlesAreMadeOfTheWordsOfADeal() {
    for (MutualActionPlan plan : PlanGenerators.validPlans().trickyText(0).samples(27, 30)) {
      assertThat(plan.title()).isEqualTo(plan.buyer().name() + " x " + plan.seller().name());
      assertThat(plan.milestones()).allSatisfy(m -> assertThat(m.title()).isNotBlank());
    }
  }

  @Test
  void theEdgesOfEachRangeAreAllowed() {
    assertThat(PlanGenerators.validPlans().milestones(0, 0).stakeholders(0, 0).revisions(0, 0)
        .plan(new SplittableRandom(28)).milestones()).isEmpty();
    ValidPlanGenerator edges = PlanGenerators.validPlans().milestones(3, 3)
        .lagDays(-PlanLimits.MAX_DAYS, PlanLimits.MAX_DAYS).durationDays(4, 4).holidays(0)
        .optionalFields(0).trickyText(1).estimates(1);
    assertThat(edges.plan(new SplittableRandom(28)).milestones()).hasSize(3)
        .allSatisfy(m -> assertThat(m.estimate().orElseThrow().likely()).isEqualTo(4));
    assertThat(Graphs.dependencyCount(PlanGenerators.largePlans(10, 45)
        .plan(new SplittableRandom(28)))).isEqualTo(45);
    assertThat(Graphs.dependencyCount(PlanGenerators.largePlans(10, 0)
        .plan(new SplittableRandom(28)))).isZero();
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
    assertThatThrownBy(() -> PlanGenerators.largePlans(3, -1))
        .hasMessageContaining("between 0 and 3");
    assertThatThrownBy(() -> PlanGenerators.validPlans().stakeholders(-1, 2))
        .hasMessageContaining("stakeholders");
    assertThatThrownBy(() -> PlanGenerators.validPlans().revisions(3, 2))
        .hasMessageContaining("revisions");
    assertThatThrownBy(() -> PlanGenerators.validPlans().holidays(-1))
        .hasMessageContaining("holidays");
    assertThatThrownBy(() -> PlanGenerators.validPlans().lagDays(5, 4))
        .hasMessageContaining("lagDays");
    assertThatThrownBy(() -> PlanGenerators.validPlans().durationDays(-1, 4))
        .hasMessageContaining("durationDays");
    assertThatThrownBy(() -> PlanGenerators.validPlans().optionalFields(1.5))
        .hasMessageContaining("optionalFields");
    assertThatThrownBy(() -> PlanGenerators.validPlans().estimates(-0.5))
        .hasMessageContaining("estimates");
    assertThatThrownBy(() -> PlanGenerators.validPlans().trickyText(2))
        .hasMessageContaining("trickyText");
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

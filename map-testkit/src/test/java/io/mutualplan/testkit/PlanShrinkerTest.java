package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanShrinkerTest {
  private static final PlanShrinker SHRINKER = PlanShrinker.withDefaults();

  /** Invariant: "more than 7 milestones" shrinks to exactly 8 bare milestones and nothing else. */
  @Test
  void moreThanSevenMilestonesShrinksToExactlyEight() {
    ValidPlanGenerator generator = PlanGenerators.validPlans().milestones(8, 40).optionalFields(1);
    for (long seed = 0; seed < 30; seed++) {
      MutualActionPlan failing = generator.plan(new SplittableRandom(seed));
      ShrinkResult result = SHRINKER.shrink(failing, p -> p.milestones().size() > 7);
      MutualActionPlan shrunk = result.plan();
      assertThat(result.minimal()).as("seed %d", seed).isTrue();
      assertThat(shrunk.milestones()).as("seed %d", seed).hasSize(8);
      assertThat(shrunk.milestones()).allSatisfy(m -> {
        assertThat(m.dependsOn()).isEmpty();
        assertThat(m).isEqualTo(Milestone.builder().id(m.id()).title(m.title()).build());
        assertThat(m.title().length()).isLessThanOrEqualTo(80);
      });
      assertThat(shrunk.stakeholders()).isEmpty();
      assertThat(shrunk.revisions()).isEmpty();
      assertThat(shrunk.outcome()).isEmpty();
      assertThat(shrunk.calendar()).isEmpty();
      assertThat(shrunk.goal()).isEmpty();
    }
  }

  /** Invariant: "has a cycle" shrinks to a self-dependency or a cycle of two milestones. */
  @Test
  void aCycleShrinksToASelfDependencyOrATwoMilestoneCycle() {
    ValidPlanGenerator generator = PlanGenerators.validPlans().milestones(2, 25);
    int shrunkCycles = 0;
    for (long seed = 0; seed < 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      MutualActionPlan failing = Graphs.withExtraLinks(generator.plan(random), random);
      if (!Graphs.hasCycle(failing)) {
        continue;
      }
      shrunkCycles++;
      MutualActionPlan shrunk = SHRINKER.shrink(failing, Graphs::hasCycle).plan();
      assertThat(Graphs.hasCycle(shrunk)).isTrue();
      assertThat(shrunk.milestones()).as("seed %d: %s", seed, shrunk).hasSizeBetween(1, 2);
      assertThat(Graphs.dependencyCount(shrunk)).isEqualTo(shrunk.milestones().size());
    }
    assertThat(shrunkCycles).isGreaterThanOrEqualTo(20);
  }

  /** Invariant: durations shrink to the boundary of the failure, not just toward 0. */
  @Test
  void aDurationShrinksToTheSmallestValueThatStillFails() {
    Predicate<MutualActionPlan> longStep =
        p -> p.milestones().stream().anyMatch(m -> m.scheduledDurationDays() > 5);
    ValidPlanGenerator generator =
        PlanGenerators.validPlans().milestones(1, 15).durationDays(0, 10_000).optionalFields(1);
    for (long seed = 0; seed < 30; seed++) {
      MutualActionPlan failing = generator.plan(new SplittableRandom(seed));
      if (!longStep.test(failing)) {
        continue;
      }
      MutualActionPlan shrunk = SHRINKER.shrink(failing, longStep).plan();
      assertThat(shrunk.milestones()).hasSize(1);
      assertThat(shrunk.milestones().get(0).scheduledDurationDays()).isEqualTo(6);
    }
  }

  /** Invariant: an estimate shrinks to the boundary, its outer points as far as they go. */
  @Test
  void anEstimateShrinksToTheBoundaryWithItsOuterPointsPulledIn() {
    Predicate<MutualActionPlan> longStep = p -> p.milestones().stream()
        .anyMatch(m -> m.estimate().map(e -> e.likely() > 9).orElse(false));
    ValidPlanGenerator generator =
        PlanGenerators.validPlans().milestones(1, 10).durationDays(0, 500).optionalFields(1);
    int checked = 0;
    for (long seed = 0; seed < 40; seed++) {
      MutualActionPlan failing = generator.plan(new SplittableRandom(seed));
      if (!longStep.test(failing)) {
        continue;
      }
      checked++;
      MutualActionPlan shrunk = SHRINKER.shrink(failing, longStep).plan();
      assertThat(shrunk.milestones()).hasSize(1);
      assertThat(shrunk.milestones().get(0).estimate())
          .hasValue(io.mutualplan.core.Estimate.of(0, 10, 10));
    }
    assertThat(checked).isGreaterThan(5);
  }

  /** Invariant: a lead shrinks to one dependency with the smallest lead that still fails. */
  @Test
  void aLeadShrinksToOneDependencyAtTheBoundary() {
    Predicate<MutualActionPlan> longLead = p -> p.milestones().stream()
        .flatMap(m -> m.dependsOn().stream())
        .anyMatch(d -> d.lagDays() < -3);
    ValidPlanGenerator generator = PlanGenerators.graph(GraphShape.RANDOM_DAG).milestones(2, 20)
        .edgeDensity(0.5).lagDays(-50, 50);
    int checked = 0;
    for (long seed = 0; seed < 30; seed++) {
      MutualActionPlan failing = generator.plan(new SplittableRandom(seed));
      if (!longLead.test(failing)) {
        continue;
      }
      checked++;
      MutualActionPlan shrunk = SHRINKER.shrink(failing, longLead).plan();
      assertThat(shrunk.milestones()).hasSize(2);
      assertThat(Graphs.dependencyCount(shrunk)).isEqualTo(1);
      Dependency lead = shrunk.milestones().stream()
          .flatMap(m -> m.dependsOn().stream()).findFirst().orElseThrow();
      assertThat(lead.lagDays()).isEqualTo(-4);
      assertThat(lead.type()).isEqualTo(io.mutualplan.core.DependencyType.FINISH_TO_START);
    }
    assertThat(checked).isGreaterThan(10);
  }

  /** Invariant: removing a stakeholder takes every reference with it, so the plan stays valid. */
  @Test
  void aBuyerEditShrinksToOneBuyerAndOneRevision() {
    Predicate<MutualActionPlan> buyerEdited = p -> p.revisions().stream()
        .anyMatch(r -> p.stakeholder(r.author()).orElseThrow().side() == Side.BUYER);
    ValidPlanGenerator generator =
        PlanGenerators.validPlans().optionalFields(1).revisions(1, 8).stakeholders(2, 10);
    for (long seed = 0; seed < 30; seed++) {
      MutualActionPlan failing = generator.plan(new SplittableRandom(seed));
      if (!buyerEdited.test(failing)) {
        continue;
      }
      MutualActionPlan shrunk = SHRINKER.shrink(failing, buyerEdited).plan();
      assertThat(shrunk.stakeholders()).hasSize(1);
      assertThat(shrunk.revisions()).hasSize(1);
      assertThat(shrunk.signOffs()).isEmpty();
      assertThat(shrunk.milestones()).isEmpty();
    }
  }

  @Test
  void everyPlanThePredicateSeesStillFailsOrIsRejectedAndTheResultStillFails() {
    List<MutualActionPlan> seen = new ArrayList<>();
    Predicate<MutualActionPlan> predicate = p -> {
      seen.add(p);
      return p.milestones().stream().filter(Milestone::isComplete).count() >= 2;
    };
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(10, 10).optionalFields(1)
        .plan(new SplittableRandom(99));
    if (!predicate.test(failing)) {
      throw new IllegalStateException("seed 99 was chosen to have two completed milestones");
    }
    ShrinkResult result = SHRINKER.shrink(failing, predicate);
    // The check above, the shrinker's own check of the original, then one call per attempt.
    assertThat(seen).hasSize(result.attempts() + 2);
    assertThat(predicate.test(result.plan())).isTrue();
    assertThat(result.plan().milestones()).hasSize(2).allMatch(Milestone::isComplete);
    // Every candidate was built through the model: rebuilding from scratch gives it back.
    assertThat(seen).allSatisfy(p -> assertThat(MutualActionPlan.builder().from(p).build())
        .isEqualTo(p));
  }

  /** Invariant: a long title is halved while it still fails; short text is left readable. */
  @Test
  void aLongTitleIsHalvedToTheBoundary() {
    MutualActionPlan plan = PlanGenerators.validPlans().milestones(3, 3)
        .plan(new SplittableRandom(4));
    Milestone first = plan.milestones().get(0);
    MutualActionPlan failing = plan.withMilestones(List.of(
        first.withTitle("x".repeat(io.mutualplan.core.PlanLimits.MAX_TEXT_LENGTH)),
        plan.milestones().get(1), plan.milestones().get(2)));
    MutualActionPlan shrunk = SHRINKER.shrink(failing,
        p -> p.milestones().stream().anyMatch(m -> m.title().length() > 100)).plan();
    assertThat(shrunk.milestones()).hasSize(1);
    assertThat(shrunk.milestones().get(0).title().length()).isBetween(101, 200);
  }

  /** Plan titles and stakeholder names are halved too; 80 characters is not long. */
  @Test
  void longPlanTitlesAndNamesAreHalvedButEightyCharactersAreKept() {
    MutualActionPlan plan = PlanGenerators.validPlans().milestones(1, 1).stakeholders(1, 1)
        .optionalFields(0).plan(new SplittableRandom(7));
    MutualActionPlan failing = plan.withTitle("t".repeat(300))
        .withStakeholders(List.of(plan.stakeholders().get(0).withName("n".repeat(300))))
        .withMilestones(List.of(plan.milestones().get(0).withTitle("m".repeat(80))));
    Predicate<MutualActionPlan> longTitleAndName = p -> p.title().length() > 100
        && p.stakeholders().stream().anyMatch(s -> s.name().length() > 100)
        && !p.milestones().isEmpty();

    MutualActionPlan shrunk = SHRINKER.shrink(failing, longTitleAndName).plan();

    assertThat(shrunk.title()).isEqualTo("t".repeat(150));
    assertThat(shrunk.stakeholders()).extracting(Stakeholder::name)
        .containsExactly("n".repeat(150));
    assertThat(shrunk.milestones()).extracting(Milestone::title)
        .containsExactly("m".repeat(80));
  }

  /** A plan title and a stakeholder name of 80 characters are not long: they are kept whole. */
  @Test
  void planTitlesAndNamesOfEightyCharactersAreKept() {
    MutualActionPlan plan = PlanGenerators.validPlans().milestones(1, 1).stakeholders(1, 1)
        .optionalFields(0).plan(new SplittableRandom(7));
    MutualActionPlan failing = plan.withTitle("t".repeat(80))
        .withStakeholders(List.of(plan.stakeholders().get(0).withName("n".repeat(80))));

    MutualActionPlan shrunk = SHRINKER.shrink(failing, p -> !p.stakeholders().isEmpty()).plan();

    assertThat(shrunk.title()).isEqualTo("t".repeat(80));
    assertThat(shrunk.stakeholders()).extracting(Stakeholder::name)
        .containsExactly("n".repeat(80));
  }

  /** Halving a title keeps each character whole: an emoji is not cut in two. */
  @Test
  void halvingATitleNeverCutsACharacterInTwo() {
    MutualActionPlan plan =
        PlanGenerators.validPlans().milestones(1, 1).plan(new SplittableRandom(8));
    MutualActionPlan failing = plan.withMilestones(
        List.of(plan.milestones().get(0).withTitle("x" + "\uD83D\uDE00".repeat(60))));
    Predicate<MutualActionPlan> longTitle = p -> p.milestones().stream()
        .anyMatch(m -> m.title().codePointCount(0, m.title().length()) > 20);

    MutualActionPlan shrunk = SHRINKER.shrink(failing, longTitle).plan();

    // 121 chars: the half, 60, would end inside the 30th emoji, so 29 are kept.
    assertThat(shrunk.milestones()).extracting(Milestone::title)
        .containsExactly("x" + "\uD83D\uDE00".repeat(29));
  }

  @Test
  void shrinkingIsDeterministic() {
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(10, 30)
        .plan(new SplittableRandom(5));
    Predicate<MutualActionPlan> predicate = p -> Graphs.dependencyCount(p) >= 3;
    if (predicate.test(failing)) {
      assertThat(SHRINKER.shrink(failing, predicate)).isEqualTo(SHRINKER.shrink(failing, predicate));
    }
  }

  @Test
  void aPlanThatDoesNotFailIsRefused() {
    MutualActionPlan plan = PlanGenerators.validPlans().plan(new SplittableRandom(1));
    assertThatThrownBy(() -> SHRINKER.shrink(plan, p -> false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not hold");
  }

  @Test
  void anExhaustedBudgetReturnsTheBestSoFarAndSaysItIsNotMinimal() {
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(20, 20)
        .plan(new SplittableRandom(2));
    ShrinkResult result = SHRINKER.maxAttempts(3).shrink(failing, p -> true);
    assertThat(result.minimal()).isFalse();
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.plan().milestones().size()).isLessThan(20);
  }

  /**
   * The optional parts of a plan, sorted, one name per part present: each element of a list
   * (milestone, dependency, stakeholder, role, revision, sign-off, holiday) and each optional
   * field that is set, or that is not zero or not the plain choice.
   */
  private static List<String> optionalParts(MutualActionPlan plan) {
    List<String> parts = new ArrayList<>();
    plan.goal().ifPresent(goal -> parts.add("goal"));
    plan.outcome().ifPresent(outcome -> {
      parts.add("outcome");
      outcome.label().ifPresent(label -> parts.add("outcome label"));
      outcome.setBy().ifPresent(setBy -> parts.add("outcome set by"));
      if (outcome.leadTimeDays() != 0) {
        parts.add("lead time");
      }
    });
    plan.calendar().ifPresent(calendar -> {
      parts.add("calendar");
      calendar.holidays().forEach(holiday -> parts.add("holiday"));
      if (calendar.workingDays().size() < 7) {
        parts.add("days off");
      }
    });
    plan.dealValue().ifPresent(value -> {
      parts.add("deal value");
      if (value.amount().signum() != 0) {
        parts.add("deal amount");
      }
    });
    plan.createdOn().ifPresent(day -> parts.add("created on"));
    if (!plan.attributes().isEmpty()) {
      parts.add("plan attributes");
    }
    for (Milestone m : plan.milestones()) {
      parts.add("milestone");
      m.description().ifPresent(x -> parts.add("description"));
      m.kind().ifPresent(x -> parts.add("kind"));
      m.buyerOwner().ifPresent(x -> parts.add("buyer owner"));
      m.sellerOwner().ifPresent(x -> parts.add("seller owner"));
      m.due().ifPresent(x -> parts.add("due"));
      m.baselineDue().ifPresent(x -> parts.add("baseline due"));
      m.durationDays().ifPresent(x -> parts.add("duration"));
      m.estimate().ifPresent(x -> parts.add("estimate"));
      m.exitCriteria().ifPresent(x -> parts.add("exit criteria"));
      if (m.status() != MilestoneStatus.NOT_STARTED) {
        parts.add("status");
      }
      m.started().ifPresent(x -> parts.add("started"));
      m.completed().ifPresent(x -> parts.add("completed"));
      if (m.atRisk()) {
        parts.add("at risk");
      }
      m.notes().ifPresent(x -> parts.add("notes"));
      if (!m.attributes().isEmpty()) {
        parts.add("milestone attributes");
      }
      m.dependsOn().forEach(d -> parts.add("dependency"));
    }
    for (Stakeholder person : plan.stakeholders()) {
      parts.add("stakeholder");
      person.roles().forEach(role -> parts.add("role"));
      person.title().ifPresent(x -> parts.add("job title"));
      person.email().ifPresent(x -> parts.add("email"));
    }
    for (Revision revision : plan.revisions()) {
      parts.add("revision");
      revision.summary().ifPresent(x -> parts.add("summary"));
    }
    plan.signOffs().forEach(signOff -> parts.add("sign-off"));
    parts.sort(null);
    return parts;
  }

  /**
   * The plan with plan attributes and every stakeholder in two roles, which the generator gives
   * only now and then.
   */
  private static MutualActionPlan withEveryPart(MutualActionPlan plan) {
    List<Stakeholder> people = new ArrayList<>();
    for (Stakeholder person : plan.stakeholders()) {
      people.add(person.withRoles(List.of(Role.CHAMPION, Role.ECONOMIC_BUYER)));
    }
    return plan.withAttributes(Map.of("crm-id", "42")).withStakeholders(people);
  }

  /**
   * Invariant: a failure that needs one optional part of a plan shrinks to a plan with that part
   * and only what the part cannot be without (a milestone to hold a field, a stakeholder to own
   * it); every other optional part is gone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "goal | goal",
      "outcome | outcome",
      "outcome label | outcome, outcome label",
      "outcome set by | outcome, outcome set by, stakeholder",
      "lead time | lead time, outcome",
      "calendar | calendar",
      "holiday | calendar, holiday",
      "days off | calendar, days off",
      "deal value | deal value",
      "deal amount | deal amount, deal value",
      "created on | created on",
      "plan attributes | plan attributes",
      "description | description, milestone",
      "kind | kind, milestone",
      "buyer owner | buyer owner, milestone, stakeholder",
      "seller owner | milestone, seller owner, stakeholder",
      "due | due, milestone",
      "baseline due | baseline due, milestone",
      "duration | duration, milestone",
      "estimate | estimate, milestone",
      "exit criteria | exit criteria, milestone",
      "at risk | at risk, milestone",
      "notes | milestone, notes",
      "milestone attributes | milestone, milestone attributes",
      "role | role, stakeholder",
      "job title | job title, stakeholder",
      "email | email, stakeholder",
      "summary | revision, stakeholder, summary",
      "revision | revision, stakeholder",
      "sign-off | revision, sign-off, stakeholder"})
  void aFailureThatNeedsOnePartShrinksToThatPartAlone(String part, String kept) {
    Predicate<MutualActionPlan> needsPart = p -> optionalParts(p).contains(part);
    ValidPlanGenerator generator = PlanGenerators.validPlans().milestones(3, 6).stakeholders(2, 5)
        .revisions(1, 4).optionalFields(1);
    MutualActionPlan failing = LongStream.range(0, 100)
        .mapToObj(seed -> withEveryPart(generator.plan(new SplittableRandom(seed))))
        .filter(needsPart).findFirst().orElseThrow();

    MutualActionPlan shrunk = SHRINKER.shrink(failing, needsPart).plan();

    assertThat(optionalParts(shrunk)).isEqualTo(List.of(kept.split(", ")));
  }

  /**
   * Big cuts come first: a thousand milestones shrink to eight in a few dozen plans tried, not
   * one milestone at a time, well inside the default budget.
   */
  @Test
  void aThousandMilestonesShrinkToEightInAFewDozenPlansTried() {
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(1000, 1000).stakeholders(0, 0)
        .optionalFields(0).plan(new SplittableRandom(6));

    ShrinkResult result = SHRINKER.shrink(failing, p -> p.milestones().size() > 7);

    assertThat(result.plan().milestones()).hasSize(8);
    assertThat(result.attempts()).isLessThan(100);
  }

  @Test
  void aBudgetOfNoAttemptsReturnsTheFailingPlanUntriedAndSaysItIsNotMinimal() {
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(5, 5)
        .plan(new SplittableRandom(2));

    ShrinkResult result = SHRINKER.maxAttempts(0).shrink(failing, p -> true);

    assertThat(result).isEqualTo(new ShrinkResult(failing, 0, 0, false));
  }

  /** The steps are the changes kept: each candidate on which the failure held. */
  @Test
  void theStepsCountTheCandidatesThatStillFailed() {
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(12, 12).stakeholders(4, 4)
        .optionalFields(1).plan(new SplittableRandom(3));
    List<MutualActionPlan> stillFailing = new ArrayList<>();
    ShrinkResult result = SHRINKER.shrink(failing, p -> {
      boolean fails = p.milestones().size() > 3;
      if (fails && p != failing) {
        stillFailing.add(p);
      }
      return fails;
    });

    assertThat(result.steps()).isPositive().isEqualTo(stillFailing.size());
    assertThat(result.plan()).isSameAs(stillFailing.get(stillFailing.size() - 1));
  }

  /**
   * Invariant: the passes run again until none helps, so a failure that needs more milestones
   * than stakeholders loses the milestones it no longer needs once the stakeholders are gone.
   */
  @Test
  void theStepsRepeatUntilNoneHelpsSoMilestonesGoOnceTheStakeholdersHaveGone() {
    Predicate<MutualActionPlan> moreMilestonesThanPeople =
        p -> p.milestones().size() > p.stakeholders().size();
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(5, 5).stakeholders(3, 3)
        .plan(new SplittableRandom(4));

    ShrinkResult result = SHRINKER.shrink(failing, moreMilestonesThanPeople);

    assertThat(result.minimal()).isTrue();
    assertThat(result.plan().stakeholders()).isEmpty();
    assertThat(result.plan().milestones()).hasSize(1);
  }

  /** Invariant: a deal value shrinks to the boundary of the failure, in plain whole digits. */
  @Test
  void aDealValueShrinksToTheBoundaryOfAThreshold() {
    BigDecimal threshold = new BigDecimal("15000");
    Predicate<MutualActionPlan> bigDeal = p -> p.dealValue().isPresent()
        && p.dealValue().get().amount().compareTo(threshold) >= 0;
    ValidPlanGenerator generator = PlanGenerators.validPlans().milestones(0, 8);
    for (long seed = 0; seed < 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      BigDecimal amount = new BigDecimal(15_000 + random.nextLong(10_000_000_000L))
          .movePointLeft(random.nextInt(4));
      MutualActionPlan failing = generator.plan(random)
          .withDealValue(Money.of(amount.max(threshold), "EUR"));
      MutualActionPlan shrunk = SHRINKER.shrink(failing, bigDeal).plan();
      assertThat(shrunk.dealValue()).as("seed %d from %s", seed, amount)
          .contains(Money.of(threshold, "EUR"));
    }
  }

  /** Invariant: a deal value that only has to be there shrinks to 0. */
  @Test
  void aDealValueThatOnlyHasToBeThereShrinksToZero() {
    MutualActionPlan failing = PlanGenerators.validPlans().milestones(3, 3)
        .plan(new SplittableRandom(5))
        .withDealValue(Money.of(new BigDecimal("987654.321"), "USD"));
    MutualActionPlan shrunk = SHRINKER.shrink(failing, p -> p.dealValue().isPresent()).plan();
    assertThat(shrunk.dealValue()).contains(Money.of(BigDecimal.ZERO, "USD"));
  }

  @Test
  void amountsTowardZeroTakeZeroThenFewerDecimalsThenTheWholePartTowardZero() {
    assertThat(PlanShrinker.towardZero(new BigDecimal("20.75"))).containsExactly(
        BigDecimal.ZERO, new BigDecimal("20"), new BigDecimal("20.7"), new BigDecimal("0.75"),
        new BigDecimal("10.75"), new BigDecimal("15.75"), new BigDecimal("18.75"),
        new BigDecimal("19.75"));
    assertThat(PlanShrinker.towardZero(new BigDecimal("4"))).containsExactly(
        BigDecimal.ZERO, new BigDecimal("2"), new BigDecimal("3"));
    assertThat(PlanShrinker.towardZero(BigDecimal.ZERO)).isEmpty();
  }

  @Test
  void valuesTowardZeroStartAtZeroAndEndOneStepShort() {
    assertThat(PlanShrinker.towardZero(20)).containsExactly(0, 10, 15, 18, 19);
    assertThat(PlanShrinker.towardZero(-5)).containsExactly(0, -3, -4);
    assertThat(PlanShrinker.towardZero(1)).containsExactly(0);
    assertThat(PlanShrinker.towardZero(0)).isEmpty();
  }
}

package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PlanPropertiesTest {
  private static final ValidPlanGenerator UP_TO_TWENTY = PlanGenerators.validPlans().milestones(0, 20);

  @AfterEach
  void clearOverrides() {
    System.clearProperty(PropertySettings.CASES);
    System.clearProperty(PropertySettings.SEED);
  }

  @Test
  void aPropertyThatHoldsRunsEveryCase() {
    List<MutualActionPlan> seen = new ArrayList<>();
    PlanProperties.forAll(UP_TO_TWENTY).cases(37).check(seen::add);
    assertThat(seen).hasSize(37);
  }

  @Test
  void theSameSeedSeesTheSamePlansAndAnotherNameSeesOthers() {
    List<MutualActionPlan> first = new ArrayList<>();
    List<MutualActionPlan> second = new ArrayList<>();
    List<MutualActionPlan> renamed = new ArrayList<>();
    PlanProperties.forAll(UP_TO_TWENTY).cases(10).check(first::add);
    PlanProperties.forAll(UP_TO_TWENTY).cases(10).check(second::add);
    PlanProperties.forAll(UP_TO_TWENTY).cases(10).named("another").check(renamed::add);
    assertThat(first).isEqualTo(second).isNotEqualTo(renamed);
  }

  @Test
  void aFailureReportsTheCaseTheSeedsAndTheShrunkPlan() {
    PlanPropertyFailure failure = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY).named("at most seven").seed(42)
            .check(plan -> assertThat(plan.milestones()).hasSizeLessThanOrEqualTo(7)));

    assertThat(failure.seed()).isEqualTo(42);
    assertThat(failure.shrunkPlan().milestones()).hasSize(8);
    assertThat(failure.originalPlan().milestones().size()).isGreaterThan(7);
    assertThat(failure.getMessage())
        .contains("Property at most seven failed on case " + failure.caseNumber() + " of 200")
        .contains("-Dmap.property.seed=" + PropertySettings.format(failure.caseSeed())
            + " -Dmap.property.cases=1")
        .contains("-Dmap.property.seed=0x2a -Dmap.property.cases=200")
        .containsPattern("\n  Shrunk in \\d+ steps \\(\\d+ plans tried\\) from \\d+ milestones, \\d+"
            + " stakeholders?, \\d+ revisions? to 8 milestones, 0 stakeholders, 0 revisions\\.\n")
        .contains(PlanRendering.render(failure.shrunkPlan()));
    // The shrunk plan closes the message, as a document to paste into a test or a file.
    String document = failure.getMessage().substring(
        failure.getMessage().indexOf("\nShrunk plan:\n") + "\nShrunk plan:\n".length());
    assertThat(MapJson.standard().plans().read(document)).isEqualTo(failure.shrunkPlan());
    // The cause is the failure on the shrunk plan; the original one is kept too.
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("8");
    assertThat(failure.getSuppressed()).hasSize(1);
  }

  @Test
  void theCaseSeedReplaysTheFailingCaseAsTheFirstCase() {
    PlanPropertyFailure failure = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY).seed(7)
            .check(plan -> assertThat(plan.milestones()).hasSizeLessThan(15)));
    PlanPropertyFailure replayed = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY).seed(failure.caseSeed()).cases(1)
            .check(plan -> assertThat(plan.milestones()).hasSizeLessThan(15)));
    assertThat(replayed.caseNumber()).isEqualTo(1);
    assertThat(replayed.originalPlan()).isEqualTo(failure.originalPlan());
    assertThat(failure.originalPlan())
        .isEqualTo(UP_TO_TWENTY.plan(new SplittableRandom(failure.caseSeed())));
  }

  @Test
  void systemPropertiesOverrideTheCasesAndTheSeed() {
    System.setProperty(PropertySettings.CASES, "5");
    System.setProperty(PropertySettings.SEED, "0x2a");
    List<MutualActionPlan> overridden = new ArrayList<>();
    assertThatCode(() -> PlanProperties.forAll(UP_TO_TWENTY).cases(100).seed(1)
        .check(overridden::add)).doesNotThrowAnyException();
    clearOverrides();
    List<MutualActionPlan> direct = new ArrayList<>();
    PlanProperties.forAll(UP_TO_TWENTY).cases(5).seed(42).check(direct::add);
    assertThat(overridden).hasSize(5).isEqualTo(direct);
  }

  @Test
  void aRandomSeedIsReportedSoTheRunCanBeReplayed() {
    System.setProperty(PropertySettings.SEED, "random");
    PlanPropertyFailure failure = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY)
            .check(plan -> assertThat(plan.milestones()).isEmpty()));
    clearOverrides();
    PlanPropertyFailure replayed = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY).seed(failure.seed())
            .check(plan -> assertThat(plan.milestones()).isEmpty()));
    assertThat(replayed.originalPlan()).isEqualTo(failure.originalPlan());
    System.setProperty(PropertySettings.SEED, "random");
    PlanPropertyFailure another = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY)
            .check(plan -> assertThat(plan.milestones()).isEmpty()));
    assertThat(another.seed()).as("a fresh seed each run").isNotEqualTo(failure.seed());
  }

  /**
   * A seed in an old failure report replays the same plans in a later release: a property's
   * seed is the 64-bit FNV-1a hash of its name, and each case's seed follows from the one before
   * by SplitMix64 (0 is followed by 0xe220a8397b1dcdaf, SplitMix64's first value).
   */
  @Test
  void theSeedsOfAPropertyAndOfItsCasesAreTheSameInEveryRelease() {
    List<MutualActionPlan> seen = new ArrayList<>();
    PlanProperties.forAll(UP_TO_TWENTY).named("a").cases(2).check(seen::add);
    List<MutualActionPlan> fromZero = new ArrayList<>();
    PlanProperties.forAll(UP_TO_TWENTY).seed(0).cases(2).check(fromZero::add);

    assertThat(seen.get(0)).isEqualTo(UP_TO_TWENTY.plan(new SplittableRandom(0xaf63dc4c8601ec8cL)));
    assertThat(fromZero).containsExactly(UP_TO_TWENTY.plan(new SplittableRandom(0)),
        UP_TO_TWENTY.plan(new SplittableRandom(0xe220a8397b1dcdafL)));
  }

  /** The report says how far the plan shrank, in milestones, stakeholders and revisions. */
  @Test
  void aReportSaysFromWhatSizeToWhatSizeThePlanShrank() {
    PlanPropertyFailure failure = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY).seed(3)
            .check(plan -> assertThat(plan.milestones()).isEmpty()));
    MutualActionPlan original = failure.originalPlan();

    assertThat(failure.getMessage()).contains(" plans tried) from "
        + words(original.milestones().size(), "milestone") + ", "
        + words(original.stakeholders().size(), "stakeholder") + ", "
        + words(original.revisions().size(), "revision")
        + " to 1 milestone, 0 stakeholders, 0 revisions.\n");
  }

  private static String words(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  @Test
  void badOverridesAreRefusedWithTheReason() {
    System.setProperty(PropertySettings.CASES, "many");
    assertThatThrownBy(() -> PlanProperties.forAll(UP_TO_TWENTY).check(p -> { }))
        .hasMessageContaining("-Dmap.property.cases=many");
    System.setProperty(PropertySettings.CASES, "1");
    System.setProperty(PropertySettings.SEED, "0xZZ");
    assertThatThrownBy(() -> PlanProperties.forAll(UP_TO_TWENTY).check(p -> { }))
        .hasMessageContaining("'0xZZ' is not a seed");
  }

  @Test
  void shrinkingKeepsTheKindOfFailure() {
    // Plans with more than 7 milestones throw IllegalStateException; any plan with a dependency
    // throws an AssertionError. Shrinking must not slide from the first failure to the second.
    PlanPropertyFailure failure = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(PlanGenerators.graph(GraphShape.CHAIN).milestones(9, 20))
            .check(plan -> {
              if (plan.milestones().size() > 7) {
                throw new IllegalStateException("too many");
              }
              assertThat(Graphs.dependencyCount(plan)).isZero();
            }));
    assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(failure.shrunkPlan().milestones()).hasSize(8);
  }

  @Test
  void withoutShrinkingTheGeneratedPlanIsReported() {
    PlanPropertyFailure failure = catchThrowableOfType(PlanPropertyFailure.class,
        () -> PlanProperties.forAll(UP_TO_TWENTY).shrinking(false)
            .check(plan -> assertThat(plan.milestones()).hasSizeLessThan(3)));
    assertThat(failure.shrunkPlan()).isSameAs(failure.originalPlan());
    assertThat(failure.getMessage()).contains("Not shrunk").contains("\nPlan:\n")
        .doesNotContain("Shrunk plan:");
  }

  @Test
  void assumptionsSkipCasesAndAbortWhenNothingIsLeft() {
    List<MutualActionPlan> checked = new ArrayList<>();
    // Not aborted as a whole: an escaping TestAbortedException would skip this test, not fail it.
    assertThatCode(() -> PlanProperties.forAll(UP_TO_TWENTY).cases(50).check(plan -> {
      Assumptions.assumeTrue(plan.milestones().size() > 3);
      checked.add(plan);
    })).doesNotThrowAnyException();
    assertThat(checked).isNotEmpty().allMatch(p -> p.milestones().size() > 3);
    assertThatThrownBy(() -> PlanProperties.forAll(UP_TO_TWENTY).cases(5)
        .check(plan -> Assumptions.assumeTrue(false)))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("every one of the 5 cases");
  }

  @Test
  void aGeneratorThatFailsIsReportedWithItsSeed() {
    PlanGenerator broken = random -> {
      throw new IllegalArgumentException("no plans today");
    };
    assertThatThrownBy(() -> PlanProperties.forAll(broken).check(p -> { }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed on case 1")
        .hasMessageContaining("-Dmap.property.seed=0x")
        .hasMessageContaining("no plans today");
  }
}

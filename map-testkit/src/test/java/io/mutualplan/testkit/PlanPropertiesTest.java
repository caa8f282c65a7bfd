package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
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
        .contains("Shrunk in ")
        .contains(PlanRendering.render(failure.shrunkPlan()));
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
    PlanProperties.forAll(UP_TO_TWENTY).cases(100).seed(1).check(overridden::add);
    clearOverrides();
    List<MutualActionPlan> direct = new ArrayList<>();
    PlanProperties.forAll(UP_TO_TWENTY).cases(5).seed(42).check(direct::add);
    assertThat(overridden).isEqualTo(direct);
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
    PlanProperties.forAll(UP_TO_TWENTY).cases(50).check(plan -> {
      Assumptions.assumeTrue(plan.milestones().size() > 3);
      checked.add(plan);
    });
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

package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The {@code @PlanProperty} annotation, watched through the JUnit launcher on the example classes
 * nested here (the build itself does not run nested classes).
 */
class PlanPropertyTest {
  static final List<MutualActionPlan> SEEN = new ArrayList<>();
  static final List<Long> DRAWN = new ArrayList<>();

  static PlanGenerator chains() {
    return PlanGenerators.graph(GraphShape.CHAIN).milestones(2, 6);
  }

  static class Holds {
    @PlanProperty(cases = 25)
    void everyPlanIsSeen(MutualActionPlan plan) {
      SEEN.add(plan);
    }
  }

  static class Fails {
    static PlanGenerator upToTwenty() {
      return PlanGenerators.validPlans().milestones(0, 20);
    }

    @PlanProperty(generator = "upToTwenty", seed = "0x2a")
    void atMostSevenMilestones(MutualActionPlan plan) {
      assertThat(plan.milestones()).hasSizeLessThanOrEqualTo(7);
    }
  }

  static class FieldGenerator {
    static final PlanGenerator EMPTY_PLANS = PlanGenerators.validPlans().milestones(0, 0);

    @PlanProperty(cases = 10, generator = "EMPTY_PLANS")
    void plansAreEmpty(MutualActionPlan plan) {
      assertThat(plan.milestones()).isEmpty();
    }
  }

  static class GeneratorElsewhere {
    @PlanProperty(cases = 10, generator = "io.mutualplan.testkit.PlanPropertyTest#chains")
    void plansAreChains(MutualActionPlan plan) {
      assertThat(Graphs.dependencyCount(plan)).isEqualTo(plan.milestones().size() - 1L);
    }
  }

  static class WithRandom {
    @PlanProperty(cases = 5)
    void drawsMore(MutualActionPlan plan, RandomGenerator random) {
      DRAWN.add(random.nextLong());
    }
  }

  static class Assumes {
    @PlanProperty(cases = 30, generator = "io.mutualplan.testkit.PlanPropertyTest#chains")
    void onlyLongerPlans(MutualActionPlan plan) {
      Assumptions.assumeTrue(plan.milestones().size() > 3);
    }
  }

  static class BadParameter {
    @PlanProperty
    void takesAString(MutualActionPlan plan, String text) {}
  }

  static class MissingGenerator {
    @PlanProperty(generator = "nowhere")
    void anything(MutualActionPlan plan) {}
  }

  static class MisspeltGenerator {
    static PlanGenerator plans() {
      return PlanGenerators.validPlans();
    }

    static MutualActionPlan sample() {
      return PlanGenerators.validPlans().plan(new SplittableRandom(1));
    }

    @PlanProperty(generator = "plan")
    void misspelt(MutualActionPlan plan) {}

    @PlanProperty(generator = "sampl")
    void namesAMethodThatGivesAPlan(MutualActionPlan plan) {}
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class InstanceGenerators {
    final PlanGenerator emptyPlans = PlanGenerators.validPlans().milestones(0, 0);

    PlanGenerator onePlans() {
      return PlanGenerators.validPlans().milestones(1, 1);
    }

    @PlanProperty(cases = 3, generator = "emptyPlans")
    void fromAField(MutualActionPlan plan) {
      assertThat(plan.milestones()).isEmpty();
    }

    @PlanProperty(cases = 3, generator = "onePlans")
    void fromAMethod(MutualActionPlan plan) {
      assertThat(plan.milestones()).hasSize(1);
    }
  }

  static class InstanceGeneratorsPerMethod {
    final PlanGenerator emptyPlans = PlanGenerators.validPlans().milestones(0, 0);

    PlanGenerator onePlans() {
      return PlanGenerators.validPlans().milestones(1, 1);
    }

    @PlanProperty(generator = "emptyPlans")
    void fromAField(MutualActionPlan plan) {}

    @PlanProperty(generator = "onePlans")
    void fromAMethod(MutualActionPlan plan) {}
  }

  static class UnusableGenerators {
    static final PlanGenerator SMALL_PLANS = PlanGenerators.validPlans().milestones(0, 3);

    static final String PLANS_OF = "not a generator";

    static PlanGenerator plansOf(int milestones) {
      return PlanGenerators.validPlans().milestones(milestones, milestones);
    }

    @PlanProperty(generator = "SMALL_PLAN")
    void fieldMisspelt(MutualActionPlan plan) {}

    @PlanProperty(generator = "plansOf")
    void methodWithAParameter(MutualActionPlan plan) {}
  }

  static class BrokenGenerators {
    static MutualActionPlan sample() {
      return PlanGenerators.validPlans().plan(new SplittableRandom(1));
    }

    static PlanGenerator nothing() {
      return null;
    }

    @PlanProperty(generator = "sample")
    void givesAPlan(MutualActionPlan plan) {}

    @PlanProperty(generator = "nothing")
    void givesNull(MutualActionPlan plan) {}

    @PlanProperty(generator = "com.example.Nowhere#plans")
    void inAClassThatIsNot(MutualActionPlan plan) {}
  }

  static class ThrowingGenerator {
    static PlanGenerator noPlansToday() {
      return random -> {
        throw new IllegalStateException("no plans today");
      };
    }

    @PlanProperty(cases = 5, generator = "noPlansToday")
    void anything(MutualActionPlan plan) {}
  }

  @Test
  void aHoldingPropertyRunsEveryCaseFromTheSeedDerivedFromItsName() {
    SEEN.clear();
    Launched launched = Launched.run(Holds.class);
    assertThat(launched.tests(Status.SUCCESSFUL)).hasSize(25);
    assertThat(launched.tests().get(0).name()).startsWith("case 1 of 25 (seed 0x");
    long seed = PropertySettings.seedOf(Holds.class.getName() + "#everyPlanIsSeen");
    assertThat(SEEN.get(0)).isEqualTo(PlanGenerators.validPlans().plan(new SplittableRandom(seed)));
    assertThat(SEEN.get(1)).isEqualTo(
        PlanGenerators.validPlans().plan(new SplittableRandom(PropertySettings.next(seed))));
  }

  @Test
  void aFailingPropertyStopsAtTheFirstFailureAndReportsItShrunk() {
    Launched launched = Launched.run(Fails.class);
    List<Launched.Outcome> failed = launched.tests(Status.FAILED);
    assertThat(failed).hasSize(1);
    assertThat(launched.tests()).hasSizeLessThan(200);
    PlanPropertyFailure failure = (PlanPropertyFailure) failed.get(0).failure().orElseThrow();
    assertThat(failure.caseNumber()).isEqualTo(launched.tests().size());
    assertThat(failure.seed()).isEqualTo(42);
    assertThat(failure.shrunkPlan().milestones()).hasSize(8);
    assertThat(failure.getMessage()).contains("Fails.atMostSevenMilestones failed on case");
    assertThat(failure.originalPlan()).isEqualTo(
        Fails.upToTwenty().plan(new SplittableRandom(failure.caseSeed())));
  }

  @Test
  void aGeneratorCanBeAFieldOrLiveInAnotherClass() {
    assertThat(Launched.run(FieldGenerator.class).tests(Status.SUCCESSFUL)).hasSize(10);
    assertThat(Launched.run(GeneratorElsewhere.class).tests(Status.SUCCESSFUL)).hasSize(10);
  }

  @Test
  void aPropertyCanAskForMoreRandomnessSeededByTheCase() {
    DRAWN.clear();
    Launched.run(WithRandom.class);
    List<Long> first = new ArrayList<>(DRAWN);
    DRAWN.clear();
    Launched.run(WithRandom.class);
    assertThat(first).hasSize(5).doesNotHaveDuplicates().isEqualTo(DRAWN);
    // Nor are they the draws a case's plan was made from, this case's or the next one's.
    long caseSeed = PropertySettings.seedOf(WithRandom.class.getName() + "#drawsMore");
    for (int i = 0; i < 6; i++) {
      assertThat(first).doesNotContain(new SplittableRandom(caseSeed).nextLong());
      caseSeed = PropertySettings.next(caseSeed);
    }
  }

  @Test
  void aFailedAssumptionSkipsOnlyThatCase() {
    Launched launched = Launched.run(Assumes.class);
    assertThat(launched.tests()).hasSize(30);
    assertThat(launched.tests(Status.ABORTED)).isNotEmpty();
    assertThat(launched.tests(Status.SUCCESSFUL)).isNotEmpty();
  }

  @Test
  void misconfiguredPropertiesFailWithTheReason() {
    Launched bad = Launched.run(BadParameter.class);
    assertThat(bad.failedContainers())
        .flatMap(o -> List.of(o.failure().orElseThrow()))
        .anySatisfy(t -> assertThat(t).isInstanceOf(ExtensionConfigurationException.class)
            .hasMessageContaining("java.lang.String"));
    Launched missing = Launched.run(MissingGenerator.class);
    assertThat(missing.failedContainers())
        .flatMap(o -> List.of(o.failure().orElseThrow()))
        .anySatisfy(t -> assertThat(t).hasMessageContaining("no method without parameters"));
  }

  @Test
  void aMisspeltGeneratorGetsTheClosestGeneratorOfTheClassSuggested() {
    List<String> messages = Launched.run(MisspeltGenerator.class).failedContainers().stream()
        .map(o -> o.failure().orElseThrow().getMessage()).toList();
    String owner = MisspeltGenerator.class.getName();
    assertThat(messages).containsExactlyInAnyOrder(
        "@PlanProperty generator 'plan': " + owner + " has no method without parameters and no"
            + " field named 'plan'; did you mean 'plans'?",
        "@PlanProperty generator 'sampl': " + owner + " has no method without parameters and no"
            + " field named 'sampl'");
  }

  @Test
  void aGeneratorOfTheTestInstanceServesAPerClassTest() {
    assertThat(Launched.run(InstanceGenerators.class).tests(Status.SUCCESSFUL)).hasSize(6);
  }

  @Test
  void aGeneratorOfTheTestInstanceWithoutAPerClassTestIsRefusedWithTheReason() {
    List<String> messages = Launched.run(InstanceGeneratorsPerMethod.class).failedContainers()
        .stream().map(o -> o.failure().orElseThrow().getMessage()).toList();
    assertThat(messages).containsExactlyInAnyOrder(
        "@PlanProperty generator 'emptyPlans' must be static (or the test class must use"
            + " @TestInstance(PER_CLASS))",
        "@PlanProperty generator 'onePlans' must be static (or the test class must use"
            + " @TestInstance(PER_CLASS))");
  }

  /**
   * A name is the generator's whole name: no other field stands in for it; a method that needs
   * arguments, which the property cannot give, is neither used nor suggested, and neither is a
   * field that holds no generator.
   */
  @Test
  void onlyAFieldOfThatNameOrAMethodWithoutParametersIsAGenerator() {
    List<String> messages = Launched.run(UnusableGenerators.class).failedContainers().stream()
        .map(o -> o.failure().orElseThrow().getMessage()).toList();
    String owner = UnusableGenerators.class.getName();
    assertThat(messages).containsExactlyInAnyOrder(
        "@PlanProperty generator 'SMALL_PLAN': " + owner + " has no method without parameters"
            + " and no field named 'SMALL_PLAN'; did you mean 'SMALL_PLANS'?",
        "@PlanProperty generator 'plansOf': " + owner + " has no method without parameters and"
            + " no field named 'plansOf'");
  }

  @Test
  void aGeneratorThatGivesNoGeneratorOrIsNowhereIsRefusedWithTheReason() {
    List<String> messages = Launched.run(BrokenGenerators.class).failedContainers().stream()
        .map(o -> o.failure().orElseThrow().getMessage()).toList();
    String owner = BrokenGenerators.class.getName();
    assertThat(messages).containsExactlyInAnyOrder(
        "@PlanProperty generator 'sample' (static io.mutualplan.core.MutualActionPlan " + owner
            + ".sample()) gives io.mutualplan.core.MutualActionPlan, not a PlanGenerator",
        "@PlanProperty generator 'nothing' (static io.mutualplan.testkit.PlanGenerator " + owner
            + ".nothing()) gives null, not a PlanGenerator",
        "@PlanProperty generator 'com.example.Nowhere#plans': there is no class"
            + " com.example.Nowhere");
  }

  /** A generator that throws fails its first case, naming the seed, and stops the run there. */
  @Test
  void aGeneratorThatThrowsFailsTheFirstCaseWithItsSeedAndStopsTheRun() {
    Launched launched = Launched.run(ThrowingGenerator.class);

    assertThat(launched.tests()).hasSize(1);
    assertThat(launched.tests(Status.FAILED).get(0).failure().orElseThrow())
        .hasMessageStartingWith("the generator failed on case 1 (-Dmap.property.seed=0x")
        .hasMessageEndingWith(" -Dmap.property.cases=1 replays it): no plans today");
  }
}


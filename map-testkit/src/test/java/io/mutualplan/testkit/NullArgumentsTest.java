package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A null or negative argument to the testkit's public methods is named where it is passed, not met
 * deep inside a generator.
 */
class NullArgumentsTest {
  @Test
  void aMissingExampleNameIsNamed() {
    assertThatThrownBy(() -> Fixtures.plan(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Fixtures.json(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void aMissingRandomGeneratorIsNamed() {
    assertThatThrownBy(() -> PlanGenerators.validPlans().plan(null))
        .isInstanceOf(NullPointerException.class).hasMessage("random");
    assertThatThrownBy(() -> PlanGenerators.defectivePlans().defectivePlan(null))
        .isInstanceOf(NullPointerException.class).hasMessage("random");
    assertThatThrownBy(() -> PlanGenerators.pipelines().lines(null, 3))
        .isInstanceOf(NullPointerException.class).hasMessage("random");
    assertThatThrownBy(() -> PlanGenerators.pipelines().line(null))
        .isInstanceOf(NullPointerException.class).hasMessage("random");
    assertThatThrownBy(() -> PlanGenerators.pipelines().write(null, 1, new ByteArrayOutputStream()))
        .isInstanceOf(NullPointerException.class).hasMessage("random");
  }

  @Test
  void aPipelineNeedsAStreamAndACountOfAtLeastZero() {
    assertThatThrownBy(() -> PlanGenerators.pipelines().write(new SplittableRandom(1), 1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> PlanGenerators.pipelines().lines(new SplittableRandom(1), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at least 0, was -1");
    assertThat(PlanGenerators.pipelines().lines(new SplittableRandom(1), 0)).isEmpty();
  }

  @Test
  void aMissingPropertyIsNamedBeforeAnyCaseIsGenerated() {
    AtomicInteger generated = new AtomicInteger();
    PlanGenerator counting = random -> {
      generated.incrementAndGet();
      return PlanGenerators.validPlans().plan(random);
    };

    assertThatThrownBy(() -> PlanProperties.forAll(counting).check(null))
        .isInstanceOf(NullPointerException.class).hasMessage("property");
    assertThat(generated).hasValue(0);
  }
}

package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * map-core and map-rules test against Java copies of the example plans because they cannot read
 * JSON; this keeps each copy equal, field for field, to the file it copies.
 */
class JavaFixturesMatchTheExamplesTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        fixture("acme-go-live", ExamplePlans::acme),
        fixture("acme-next-week", ExamplePlans::acmeNextWeek),
        fixture("seven-step-template", ExamplePlans::sevenStepTemplate),
        fixture("classic-mistakes", ExamplePlans::classicMistakes),
        fixture("close-plan-in-disguise", ExamplePlans::closePlanInDisguise),
        fixture("lightweight-email-plan", ExamplePlans::lightweightEmailPlan));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theJavaCopyEqualsTheExampleFile(String name, Supplier<MutualActionPlan> fixture) {
    assertThat(fixture.get()).isEqualTo(MapJson.standard().plans().read(Examples.named(name)));
  }

  @Test
  void everyExampleFileHasAJavaCopy() throws IOException {
    assertThat(ExamplePlansTest.examples().stream().map(Path::getFileName).map(Path::toString))
        .containsExactlyInAnyOrderElementsOf(
            fixtures().map(arguments -> arguments.get()[0] + ".json").toList());
  }

  private static Arguments fixture(String name, Supplier<MutualActionPlan> fixture) {
    return Arguments.of(name, fixture);
  }
}

package io.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.PlanGenerators;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The like-for-like baseline of JsonBenchmark does MapJson's work: databind and the builders make
 * the very plan MapJson reads from the same bytes.
 */
class PojoPlansTest {
  private static final MapJson JSON = MapJson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> fixtures() {
    return Fixtures.names().stream();
  }

  static LongStream seeds() {
    return LongStream.range(0, 50).map(i -> 20261122L + i);
  }

  /** The canonical document of an example plan. */
  static byte[] exampleDocument(String fixture) {
    return JSON.plans().writeBytes(Fixtures.plan(fixture));
  }

  /** The canonical document of a generated plan of 200 milestones. */
  static byte[] generatedDocument(long seed) {
    return JSON.plans().writeBytes(PlanGenerators.largePlans(200, 600).plan(new SplittableRandom(seed)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void buildsTheExamplePlansAsMapJsonReadsThem(String fixture) throws IOException {
    assertSamePlan(exampleDocument(fixture));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void buildsGeneratedPlansAsMapJsonReadsThem(long seed) throws IOException {
    assertSamePlan(generatedDocument(seed));
  }

  private static void assertSamePlan(byte[] document) throws IOException {
    MutualActionPlan read = JSON.plans().read(document);
    MutualActionPlan built = PojoPlans.toPlan(MAPPER.readValue(document, PlanPojo.class));
    assertThat(built).isEqualTo(read);
  }
}

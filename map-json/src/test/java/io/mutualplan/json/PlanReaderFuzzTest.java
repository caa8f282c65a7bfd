package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mutualplan.core.MutualActionPlan;

/**
 * Fuzzes the plan reader: any bytes read as a plan give a plan that writes and reads back to
 * itself, or a {@link DocumentReadException}; any other exception is a finding. Under {@code
 * ./mvnw verify} this runs as a regression test over the committed seed corpus in {@code
 * src/test/resources/io/mutualplan/json/PlanReaderFuzzTestInputs}; see docs/fuzzing.md to fuzz
 * for longer.
 */
class PlanReaderFuzzTest {

  @FuzzTest
  void anyBytesReadAsAPlanOrAFormatError(byte[] document) {
    MutualActionPlan plan;
    try {
      plan = MapJson.standard().lenient().plans().read(document);
    } catch (DocumentReadException e) {
      assertThat(e.problems()).isNotEmpty();
      return;
    }
    MapJson json = MapJson.standard();
    assertThat(json.plans().read(json.plans().writeBytes(plan))).isEqualTo(plan);
  }
}

package io.mutualplan.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the plan reader: any bytes read as a plan, strictly or leniently, give a plan that writes
 * and reads back to itself, or a {@link DocumentReadException}; any other exception is a finding
 * (see {@link FuzzedReading}). Under {@code ./mvnw verify} this runs as a regression test over the
 * committed seed corpus in {@code src/test/resources/io/mutualplan/json/PlanReaderFuzzTestInputs};
 * see docs/fuzzing.md to fuzz for longer.
 */
class PlanReaderFuzzTest {

  @FuzzTest
  void anyBytesReadAsAPlanOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::plans, document);
  }
}

package io.mutualplan.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the readers of every document but the plan (which {@link PlanReaderFuzzTest} fuzzes):
 * any bytes read as that document, strictly or leniently, give a value that writes and reads back
 * to itself, or a {@link DocumentReadException}; any other exception, a hang or running out of
 * memory is a finding (see {@link FuzzedReading}). Under {@code ./mvnw verify} each target replays
 * its committed seed corpus in {@code src/test/resources/io/mutualplan/json/
 * DocumentReadersFuzzTestInputs/<target>}: documents the library writes for the example plans.
 * See docs/fuzzing.md to fuzz one target for longer.
 */
class DocumentReadersFuzzTest {

  @FuzzTest
  void anyBytesReadAsAScheduleOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::schedules, document);
  }

  @FuzzTest
  void anyBytesReadAsAReportOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::reports, document);
  }

  @FuzzTest
  void anyBytesReadAsARuleConfigurationOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::ruleConfigurations, document);
  }

  @FuzzTest
  void anyBytesReadAsAForecastOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::forecasts, document);
  }

  @FuzzTest
  void anyBytesReadAsADiffOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::diffs, document);
  }

  @FuzzTest
  void anyBytesReadAsAPortfolioOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::portfolios, document);
  }

  @FuzzTest
  void anyBytesReadAsAPortfolioRowOrAFormatError(byte[] document) {
    FuzzedReading.readsBackOrRejects(MapJson::portfolioRows, document);
  }
}

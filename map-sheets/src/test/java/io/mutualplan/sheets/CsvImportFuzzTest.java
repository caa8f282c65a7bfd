package io.mutualplan.sheets;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.testkit.Fixtures;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the CSV import: any bytes imported as a new plan, and onto the Acme example plan, give a
 * plan or a {@link TableException} listing its problems; any other exception, a hang or running
 * out of memory is a finding. A plan made must come back equal when its CSV export is imported
 * onto it, as the import promises for every plan. Under {@code ./mvnw verify} this replays the
 * committed seed corpus in {@code src/test/resources/io/mutualplan/sheets/CsvImportFuzzTestInputs};
 * see docs/fuzzing.md to fuzz for longer.
 */
class CsvImportFuzzTest {
  private static final MapTable TABLE = MapTable.standard();
  private static final MutualActionPlan ACME = Fixtures.plan("acme-go-live");

  /** Headers and values the fuzzer would rarely spell by chance. */
  @FuzzTest
  @DictionaryEntries({"Id", "Milestone", "Buyer owner", "Seller owner", "Due", "Status",
      "Exit criteria", "Kind", "Duration", "Depends on", "Completed", "Baseline due", "Notes",
      "complete", "in-progress", "blocked", "Done", "milestone", "2027-01-22", "2027-02-29",
      "Priya Nair", "Alex Kim", "Sarah Chen", "security-review", "legal", "\r\n", "\"\""})
  void anyBytesImportAsAPlanOrATableException(byte[] csv) {
    Tables.planThatRoundTripsOrProblems(
        () -> TABLE.importCsv(new ByteArrayInputStream(csv), Tables.ACME).plan(),
        RoundTripTest::throughCsv);
    Tables.planThatRoundTripsOrProblems(
        () -> TABLE.importCsvOnto(new ByteArrayInputStream(csv), ACME).plan(),
        RoundTripTest::throughCsv);
  }
}

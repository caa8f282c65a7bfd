package io.mutualplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.sheets.internal.CsvTables;
import io.mutualplan.sheets.internal.Table;
import io.mutualplan.sheets.internal.TableCell;
import io.mutualplan.sheets.internal.XlsxReader;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.PlanProperty;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exporting a plan and importing the table onto the same plan gives the same plan. */
class RoundTripTest {
  private static final MapTable TABLE = MapTable.standard();

  static List<String> examples() {
    return Fixtures.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleComesBackTheSameThroughCsv(String name) {
    MutualActionPlan plan = Fixtures.plan(name);
    assertThat(throughCsv(plan)).isEqualTo(plan);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleComesBackTheSameThroughXlsx(String name) {
    MutualActionPlan plan = Fixtures.plan(name);
    assertThat(throughXlsx(plan)).isEqualTo(plan);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExamplesCsvAndXlsxAreTheSameTable(String name) {
    assertSameTable(Fixtures.plan(name));
  }

  /**
   * Invariant: for any valid plan (every field, every dependency type, tricky text with quotes,
   * line breaks, control characters and 10,000-character values), importing its CSV export onto
   * it gives the plan back, equal in every field.
   */
  @PlanProperty(cases = 300)
  void anyPlanComesBackTheSameThroughCsv(MutualActionPlan plan) {
    assertThat(throughCsv(plan)).isEqualTo(plan);
  }

  /** Invariant: the same holds for the XLSX export, any valid plan coming back equal. */
  @PlanProperty(cases = 300)
  void anyPlanComesBackTheSameThroughXlsx(MutualActionPlan plan) {
    assertThat(throughXlsx(plan)).isEqualTo(plan);
  }

  /**
   * Invariant: the CSV and the XLSX export of any plan read as the same table, cell for cell
   * (the XLSX's date cells read as the CSV's ISO dates, its number cells as the CSV's digits).
   */
  @PlanProperty(cases = 200)
  void anyPlansCsvAndXlsxAreTheSameTable(MutualActionPlan plan) {
    assertSameTable(plan);
  }

  /** The plan, exported as CSV and imported onto itself. */
  static MutualActionPlan throughCsv(MutualActionPlan plan) {
    byte[] csv = Tables.bytes(out -> TABLE.exportCsv(plan, out));
    return TABLE.importCsvOnto(new ByteArrayInputStream(csv), plan).plan();
  }

  /** The plan, exported as XLSX and imported onto itself. */
  static MutualActionPlan throughXlsx(MutualActionPlan plan) {
    byte[] xlsx = Tables.bytes(out -> TABLE.exportXlsx(plan, out));
    return TABLE.importXlsxOnto(new ByteArrayInputStream(xlsx), plan).plan();
  }

  private static void assertSameTable(MutualActionPlan plan) {
    Table csv = CsvTables.read(
        new ByteArrayInputStream(Tables.bytes(out -> TABLE.exportCsv(plan, out))),
        Optional.empty());
    Table xlsx = XlsxReader.read(
        new ByteArrayInputStream(Tables.bytes(out -> TABLE.exportXlsx(plan, out))),
        Optional.empty());
    assertThat(texts(xlsx)).isEqualTo(texts(csv));
    assertThat(csv.rows()).hasSize(plan.milestones().size() + 1);
  }

  /** A table's cells as text, trailing empty cells dropped (a spreadsheet does not store them). */
  static List<List<String>> texts(Table table) {
    return table.rows().stream().map(row -> {
      List<String> cells = row.cells().stream().map(TableCell::text).toList();
      int end = cells.size();
      while (end > 0 && cells.get(end - 1).isEmpty()) {
        end--;
      }
      return cells.subList(0, end);
    }).toList();
  }
}

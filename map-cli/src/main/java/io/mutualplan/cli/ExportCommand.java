package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.sheets.MapTable;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code map export}: a plan's MAP table, as CSV or as an Excel workbook, for the buyer to edit. */
@Command(
    name = "export",
    header = "Write the plan's MAP table as CSV or as an Excel workbook, for the buyer to edit.",
    description = {
      "One row per milestone, with the columns Id, Milestone, Buyer owner, Seller owner, Due, "
          + "Status, Exit criteria, Kind, Duration, Depends on, Completed, Baseline due and "
          + "Notes; owners by name. A workbook has a bold, frozen header row with filters, real "
          + "date cells, and a second sheet with the people on both sides.",
      "",
      "What the table cannot carry (descriptions, estimates, types and lags of dependencies, "
          + "...) is noted on standard error; map import --onto the same plan keeps it.",
      "",
      "Exit codes: 0 done; 2 bad usage, a plan that cannot be read or is invalid, or output "
          + "that cannot be written; 3 internal error."
    })
final class ExportCommand extends PlanCommand {
  @Option(
      names = "--to",
      required = true,
      order = 1,
      paramLabel = "FORMAT",
      converter = TableFormat.Converter.class,
      description = "csv (UTF-8, comma-separated) or xlsx (an Excel workbook; needs -o).")
  private TableFormat format;

  @Override
  public Integer call() {
    if (format == TableFormat.XLSX) {
      checkWhereTheWorkbookGoes();
    }
    MutualActionPlan plan = readPlan(source());
    List<String> notes = new ArrayList<>();
    target().write(out -> notes.addAll(format == TableFormat.CSV
        ? MapTable.standard().exportCsv(plan, out) : MapTable.standard().exportXlsx(plan, out)));
    note(notes);
    return ExitCode.OK;
  }

  /**
   * A workbook is binary: it goes to a file named with {@code -o}. {@code -o -} sends it to
   * standard output on purpose (into a pipe, say), but never to a terminal, which it would fill
   * with zip bytes and control sequences.
   */
  private void checkWhereTheWorkbookGoes() {
    if (!outputGiven()) {
      throw usage("--to xlsx writes a workbook, which is binary: name the file with -o, such as"
          + " -o plan.xlsx (or -o - for a pipe)");
    }
    if (target().isStandardOutput() && environment().terminal()) {
      throw usage("--to xlsx -o - would write a binary workbook to the terminal; name a file"
          + " with -o, or send standard output to a file or a pipe");
    }
  }
}

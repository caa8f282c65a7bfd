package io.mutualplan.cli;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.PlanProblem;
import io.mutualplan.sheets.ImportedPlan;
import io.mutualplan.sheets.MapTable;
import io.mutualplan.sheets.NewPlan;
import io.mutualplan.sheets.TableException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code map import}: a plan of a MAP table (CSV or XLSX), new or onto an existing plan. A thin
 * shell over map-sheets' {@link MapTable}: this class turns options into the table's settings and
 * the plan's fields, and the table's problems into lines on standard error.
 */
@Command(
    name = "import",
    header = "Make a plan of a MAP table (CSV or XLSX), or take a table's edits back onto a plan.",
    // Written out: the options are checked together in the command (--onto, or a new plan's
    // fields), which picocli's own synopsis cannot show.
    customSynopsis = {
      "map import [-hV] TABLE (--onto=PLAN | --id=ID --title=T --buyer=NAME",
      "                  --seller=NAME [--outcome=DATE] [--outcome-label=L]",
      "                  [--lead-time=N]) [--sheet=NAME] [--delimiter=C]",
      "                  [--date-format=P] [--ignore-unknown-columns] [--pretty]",
      "                  [--lenient] [-o=OUT] [--debug] [--no-color]"
    },
    description = {
      "Reads the table: a header row (Milestone, Buyer owner, Seller owner, Due, Exit criteria, "
          + "and any other column of the MAP table), then a row per milestone. Owners are "
          + "people's names; a name the plan does not have yet becomes a new stakeholder.",
      "",
      "With --onto, the table's rows replace the plan's milestones, matched by id to keep what "
          + "the table cannot carry, and everything else of the plan stays. Otherwise the table "
          + "becomes a new plan, with the id, title, organizations and outcome given here.",
      "",
      "Notes on standard error say what the import did that you should know: the people it "
          + "added for names nobody on that side has (with --onto, or from a workbook with a "
          + "Stakeholders sheet), and with --onto each baseline an empty Baseline due cell "
          + "cleared, each completed date of a step set back from complete in a table without a "
          + "Completed column, the milestones the table removed and a Stakeholders sheet, not "
          + "read, that differs from the plan's people.",
      "",
      "A table with any problem imports nothing: every problem is listed, with its row as the "
          + "file numbers it (the header is row 1 unless blank lines come before it), its column "
          + "and the cell. A table with a header and no rows is such a problem.",
      "",
      "Exit codes: 0 done; 2 bad usage, a table or plan that cannot be read or has problems, or "
          + "output that cannot be written; 3 internal error."
    })
final class ImportCommand extends OutputCommand {
  /** Which of a plan's fields each new-plan option gives, for its problems. */
  private static final Map<String, String> OPTIONS_BY_POINTER = Map.of(
      "/title", "--title",
      "/buyer/name", "--buyer",
      "/seller/name", "--seller",
      "/outcome/date", "--outcome",
      "/outcome/label", "--outcome-label",
      "/outcome/leadTimeDays", "--lead-time");

  @Parameters(
      index = "0",
      paramLabel = "TABLE",
      description = "The table: a .csv or .xlsx file (the extension says which), or - for CSV on "
          + "standard input.")
  private String table;

  @Option(
      names = "--onto",
      order = 3,
      paramLabel = "PLAN",
      description = "The plan the table's rows go onto (a plan file, or - for standard input). "
          + "To update it in place, give it as -o too: it is replaced only when the import "
          + "succeeds.")
  private Optional<String> onto = Optional.empty();

  @Option(names = "--id", order = 3, paramLabel = "ID",
      description = "For a new plan: its id, such as acme-2027 (letters, digits, '.', '_', '-').")
  private Optional<String> id = Optional.empty();

  @Option(names = "--title", order = 3, paramLabel = "T",
      description = "For a new plan: its title, such as \"Acme x Globex\".")
  private Optional<String> title = Optional.empty();

  @Option(names = "--buyer", order = 3, paramLabel = "NAME",
      description = "For a new plan: the buying organization's name.")
  private Optional<String> buyer = Optional.empty();

  @Option(names = "--seller", order = 3, paramLabel = "NAME",
      description = "For a new plan: the selling organization's name.")
  private Optional<String> seller = Optional.empty();

  @Option(names = "--outcome", order = 3, paramLabel = "DATE", converter = DateConverter.class,
      description = "For a new plan: the buyer's outcome date (YYYY-MM-DD), such as the go-live "
          + "the plan is built back from.")
  private Optional<LocalDate> outcome = Optional.empty();

  @Option(names = "--outcome-label", order = 3, paramLabel = "L",
      description = "What the outcome is called, such as Go-live. Needs --outcome.")
  private Optional<String> outcomeLabel = Optional.empty();

  @Option(names = "--lead-time", order = 3, paramLabel = "N",
      converter = WholeNumberConverter.LeadTime.class,
      description = "Working days needed between the last milestone and the outcome, such as "
          + "21 for three weeks of implementation. Needs --outcome.")
  private Optional<Integer> leadTime = Optional.empty();

  @Option(
      names = "--sheet",
      order = 3,
      paramLabel = "NAME",
      description = "The sheet of the workbook to read (any case). Default: the first sheet.")
  private Optional<String> sheet = Optional.empty();

  @Option(
      names = "--delimiter",
      order = 3,
      paramLabel = "C",
      converter = DelimiterConverter.class,
      description = "What separates a CSV file's cells: ',', ';' or tab. Default: told from the "
          + "header row.")
  private Optional<Character> delimiter = Optional.empty();

  @Option(
      names = "--date-format",
      order = 3,
      paramLabel = "P",
      description = "How the table writes dates as text, such as dd/MM/yyyy or d MMM yyyy (d day, "
          + "M month, y year; no time of day). Default: yyyy-MM-dd. In a workbook, text written "
          + "yyyy-MM-dd is a date too, and date cells are dates whatever their format.")
  private Optional<String> dateFormat = Optional.empty();

  @Option(
      names = "--ignore-unknown-columns",
      order = 3,
      description = "Skip columns that are not columns of the MAP table, instead of reporting "
          + "them (a header with a typo is reported, so that its values are not lost).")
  private boolean ignoreUnknownColumns;

  @Mixin private PrettyOption pretty;

  @Mixin private LenientOption lenient;

  /** The table; not the plan of {@code --onto}, which {@code -o} may name to update it in place. */
  @Override
  List<Input> inputsToKeep() {
    return List.of(new Input(table, "the table"));
  }

  @Override
  public Integer call() {
    TableFormat format = format();
    MapTable reader = reader(format);
    Optional<NewPlan> fields = newPlan();
    if (onto.isPresent() && onto.get().equals(PlanSource.STDIN_ARGUMENT)
        && table.equals(PlanSource.STDIN_ARGUMENT)) {
      throw bothStandardInput("TABLE", "--onto");
    }
    PlanSource tableSource = PlanSource.readTable(table, environment().stdin());
    Optional<PlanSource> ontoSource =
        onto.map(plan -> PlanSource.read(plan, environment().stdin()));
    Optional<MutualActionPlan> existing = ontoSource.map(lenient::read);
    ImportedPlan imported = importTable(reader, format, tableSource, existing, fields);
    target().writeDocument(pretty.plans(), imported.plan());
    note(imported.notes());
    ontoSource.ifPresent(plan -> note(lenient.leftOut(plan)));
    return ExitCode.OK;
  }

  /**
   * The plan the table makes, the existing plan with the table's rows or a new plan, and the
   * library's notes on what the import did (people added, baselines cleared, completed dates
   * dropped, milestones removed, a people's sheet not read).
   */
  private static ImportedPlan importTable(MapTable reader, TableFormat format,
      PlanSource table, Optional<MutualActionPlan> existing, Optional<NewPlan> fields) {
    InputStream in = new ByteArrayInputStream(table.bytes());
    try {
      if (existing.isPresent()) {
        return format == TableFormat.CSV
            ? reader.importCsvOnto(in, existing.get()) : reader.importXlsxOnto(in, existing.get());
      }
      NewPlan plan = fields.orElseThrow();
      return format == TableFormat.CSV ? reader.importCsv(in, plan) : reader.importXlsx(in, plan);
    } catch (TableException e) {
      throw PlanProblems.table(table, e);
    }
  }

  /** The table's format, from its file's extension; standard input is CSV. */
  private TableFormat format() {
    if (table.equals(PlanSource.STDIN_ARGUMENT)) {
      return TableFormat.CSV;
    }
    // An empty or invalid name is said as such, not as a table of an unknown kind.
    Optional<TableFormat> format = TableFormat.ofFile(PlanSource.path(table).toString());
    if (format.isPresent()) {
      return format.get();
    }
    // A directory or a missing file is said to be that, as for a table with a known name.
    PlanSource.requireTableFile(table);
    String hint = table.toLowerCase(Locale.ROOT).endsWith(".xls")
        ? "; an Excel 97-2003 workbook (.xls) needs saving as an Excel workbook (.xlsx) first"
        : "; a CSV file with another name (.txt, .tsv) can be renamed to .csv";
    throw usage("cannot tell what kind of table " + table
        + " is: map import reads .csv and .xlsx files, and CSV from standard input (-)" + hint);
  }

  /** The table's reader, with the options given; options for the other kind of file are errors. */
  private MapTable reader(TableFormat format) {
    if (format == TableFormat.CSV && sheet.isPresent()) {
      throw usage("--sheet names a sheet of a workbook (.xlsx); a CSV file has only one");
    }
    if (format == TableFormat.XLSX && delimiter.isPresent()) {
      throw usage("--delimiter is for CSV files; a workbook (.xlsx) has cells, not delimiters");
    }
    MapTable reader = MapTable.standard().withIgnoreUnknownColumns(ignoreUnknownColumns);
    if (sheet.isPresent()) {
      reader = reader.withSheet(sheet.get());
    }
    if (delimiter.isPresent()) {
      reader = reader.withDelimiter(delimiter.get());
    }
    if (dateFormat.isPresent()) {
      try {
        reader = reader.withDatePattern(dateFormat.get());
      } catch (IllegalArgumentException e) {
        throw usage("Invalid value for option '--date-format': " + e.getMessage());
      }
    }
    return reader;
  }

  /**
   * The new plan's fields, or empty for {@code --onto}; each is checked as the plan format checks
   * it, so that a problem names the option that gave the value rather than the table.
   */
  private Optional<NewPlan> newPlan() {
    List<String> given = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    required("--id", id, given, missing);
    required("--title", title, given, missing);
    required("--buyer", buyer, given, missing);
    required("--seller", seller, given, missing);
    outcome.ifPresent(date -> given.add("--outcome"));
    outcomeLabel.ifPresent(label -> given.add("--outcome-label"));
    leadTime.ifPresent(days -> given.add("--lead-time"));
    if (onto.isPresent()) {
      if (!given.isEmpty()) {
        throw usage("--onto takes the table onto a plan, which has its own id, title,"
            + " organizations and outcome: leave out " + words(given)
            + " (or leave out --onto, to make a new plan)");
      }
      return Optional.empty();
    }
    if (given.isEmpty()) {
      throw usage("say where the table goes: --onto PLAN takes it onto a plan; --id, --title,"
          + " --buyer and --seller make a new plan");
    }
    if (!missing.isEmpty()) {
      throw usage("a new plan needs " + words(missing)
          + " too (or --onto PLAN, to take the table onto a plan)");
    }
    if (outcome.isEmpty() && (outcomeLabel.isPresent() || leadTime.isPresent())) {
      throw usage(
          "--outcome-label and --lead-time describe the outcome: give its date with --outcome too");
    }
    PlanId planId;
    try {
      planId = PlanId.of(id.orElseThrow());
    } catch (InvalidPlanException e) {
      throw invalid("--id", e.problems().get(0));
    }
    NewPlan fields = NewPlan.builder()
        .id(planId)
        .title(title.orElseThrow())
        .buyer(buyer.orElseThrow())
        .seller(seller.orElseThrow())
        .outcomeDate(outcome)
        .outcomeLabel(outcomeLabel)
        .leadTimeDays(leadTime.map(OptionalInt::of).orElse(OptionalInt.empty()))
        .build();
    try {
      MutualActionPlan.builder()
          .id(planId)
          .title(fields.title())
          .buyer(Organization.of(fields.buyer()))
          .seller(Organization.of(fields.seller()))
          .outcome(fields.outcomeDate().map(date -> {
            Outcome.Builder plan = Outcome.builder().date(date).label(fields.outcomeLabel());
            fields.leadTimeDays().ifPresent(plan::leadTimeDays);
            return plan.build();
          }))
          .build();
    } catch (InvalidPlanException e) {
      PlanProblem problem = e.problems().get(0);
      throw invalid(OPTIONS_BY_POINTER.getOrDefault(problem.pointer(), "--id"), problem);
    }
    return Optional.of(fields);
  }

  /** Options in a sentence: {@code --title, --buyer and --seller}. */
  private static String words(List<String> options) {
    int last = options.size() - 1;
    return last == 0 ? options.get(0)
        : String.join(", ", options.subList(0, last)) + " and " + options.get(last);
  }

  private static void required(String option, Optional<String> value, List<String> given,
      List<String> missing) {
    (value.isPresent() ? given : missing).add(option);
  }

  private ParameterException invalid(String option, PlanProblem problem) {
    return usage("Invalid value for option '" + option + "': " + problem.message());
  }

  /** Reads {@code --delimiter}: {@code ,}, {@code ;}, or a tab (written {@code tab} or {@code \t}). */
  static final class DelimiterConverter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      return switch (value) {
        case ",", ";" -> value.charAt(0);
        case "\t", "\\t", "tab" -> '\t';
        default -> throw new TypeConversionException("'" + value
            + "' is not a delimiter of a MAP table; expected ',', ';' or tab");
      };
    }
  }
}

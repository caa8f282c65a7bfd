package io.mutualplan.cli;

import io.mutualplan.core.Counts;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Texts;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.html.PortfolioPage;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.JsonDocuments;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code map portfolio}: every plan of a pipeline at once. */
@Command(
    name = "portfolio",
    header = "Summarise every plan of a pipeline at once: which are real, which are slipping, "
        + "which step stalls most, how much is likely to land by the date.",
    description = {
      "Reads many plans (every *.json file under a directory, files one by one, or an NDJSON "
          + "stream of one plan document per line, with --ndjson or -), checks, schedules and, "
          + "with --forecast, forecasts each as of one date, and summarises them: verdicts, "
          + "scores, the rules that fire most, the plans that cannot make their date, the kinds "
          + "of milestone that stall, the worst plans. A plan that cannot be read is listed with "
          + "its file or line and never stops the run.",
      "",
      "Custom rules come from the jars given with --rules or in the MAP_RULES environment "
          + "variable. The result is the same whatever the number of threads.",
      "",
      "Exit codes: 0 the run completed (whatever the plans' findings); 2 bad usage, no plan "
          + "could be read at all, or output that cannot be written; 3 internal error."
    })
final class PortfolioCommand extends OutputCommand {
  /** The most worker threads. */
  static final int MAX_THREADS = 256;

  /** How many plans without a schedule the note names, the first in input order. */
  private static final int UNSCHEDULED_NAMED = 5;

  /** A plan file among the inputs, in the refusal of an output that is one. */
  private static final String A_PLAN = "a plan";

  private static final JsonDocuments<PlanSummary> ROWS = MapJson.standard().portfolioRows();

  @Parameters(
      arity = "0..*",
      paramLabel = "DIR|FILE",
      description = "Directories (every *.json file under each, in path order) and plan files; "
          + "or - alone for an NDJSON stream on standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = "--ndjson",
      order = 0,
      paramLabel = "FILE",
      description = "Read an NDJSON file (- for standard input): one plan document per line, "
          + "blank lines skipped; read line by line, never whole.")
  private Optional<String> ndjson = Optional.empty();

  @Mixin private AsOfOption asOf;

  @Option(
      names = "--forecast",
      order = 2,
      description = "Forecast every plan with an outcome: its probability on time, and the "
          + "outcomes and deal value expected to land by the date.")
  private boolean forecast;

  @Mixin private ForecastOptions forecastOptions;

  @Option(
      names = "--threads",
      order = 4,
      paramLabel = "N",
      converter = WholeNumberConverter.Threads.class,
      description = "Worker threads checking plans, 1 to 256 (default: one per core, at most "
          + "256).")
  private Optional<Integer> threads = Optional.empty();

  @Option(
      names = "--format",
      order = 4,
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.ForPortfolio.class,
      description = "text (the summary and the worst plans, the default), markdown, json (the "
          + "mutual-action-plan-portfolio/1 document: summary, failures and a row per plan), "
          + "ndjson (a row per plan per line, for a warehouse) or html (a self-contained page: "
          + "the summary and a table of every plan).")
  private OutputFormat format;

  @Mixin private RulesOption rules;

  @Mixin private LenientOption lenient;

  /**
   * Every plan file, the NDJSON file and the rules jars (a directory is never a file to write; a
   * plan in one is refused as the directory is read).
   */
  @Override
  List<Input> inputsToKeep() {
    List<Input> kept = new ArrayList<>();
    inputs.forEach(input -> kept.add(new Input(input, A_PLAN)));
    ndjson.ifPresent(file -> kept.add(new Input(file, "the NDJSON file")));
    kept.addAll(rules.inputs(environment()));
    return kept;
  }

  @Override
  public Integer call() {
    // The converter checks a number given; a machine may have more cores than the most threads.
    int workers = threads.orElse(Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS));
    if (!forecast && forecastOptions.given()) {
      throw usage(
          "--trials and --seed set how the forecast runs: add --forecast to forecast the plans");
    }
    Optional<String> stream = streamArgument();
    LocalDate date = asOf.resolve(environment().clock());
    OutputTarget target = target(); // refused before any input is read, if it is one of them
    try (CustomRules custom = rules.load(environment())) {
      Optional<ForecastSettings> settings =
          forecast ? Optional.of(forecastOptions.perPlan()) : Optional.empty();
      PortfolioWork work = new PortfolioWork(lenient.json(), custom.engine(), date, settings);
      PortfolioRun run = new PortfolioRun(work, workers);
      if (stream.isPresent()) {
        String name = stream.get();
        boolean stdin = PlanSource.STDIN_ARGUMENT.equals(name);
        try (InputStream in = stdin ? environment().stdin() : open(name)) {
          NdjsonLines lines = new NdjsonLines(in, stdin ? "<stdin>" : name);
          long size = stdin ? 0 : sizeOf(name);
          Optional<LongToDoubleFunction> share = size > 0
              ? Optional.of(done -> lines.shareDone(done, size)) : Optional.empty();
          write(target, run, most -> next(lines, most, stdin ? "standard input" : name), share,
              date);
        } catch (IOException e) {
          throw new BadInputException("cannot read " + name + ": " + PlanSource.reason(e));
        }
      } else {
        List<PortfolioInput> files = files(target);
        int total = files.size();
        write(target, run, PortfolioRun.of(files),
            Optional.of(done -> total == 0 ? 1 : (double) done / total), date);
      }
      return ExitCode.OK;
    }
  }

  /** The NDJSON stream to read ({@code --ndjson FILE}, or {@code -}), or empty for files. */
  private Optional<String> streamArgument() {
    if (ndjson.isPresent()) {
      if (!inputs.isEmpty()) {
        throw usage("give either --ndjson or directories and files, not both");
      }
      return ndjson;
    }
    if (inputs.isEmpty()) {
      throw usage("give a directory, plan files, --ndjson FILE, or - for NDJSON on standard input");
    }
    if (inputs.contains(PlanSource.STDIN_ARGUMENT)) {
      if (inputs.size() > 1) {
        throw usage(
            "- (an NDJSON stream on standard input) cannot be mixed with directories and files");
      }
      return Optional.of(PlanSource.STDIN_ARGUMENT);
    }
    return Optional.empty();
  }

  /**
   * Every plan file: the files given, and every *.json file under the directories, in order. A
   * directory's file that is the output is passed over when it is a portfolio document ({@code map
   * portfolio deals -o deals/portfolio.json} run again: this command's result, not a plan), and
   * refused otherwise: the result would replace one of the plans.
   */
  private List<PortfolioInput> files(OutputTarget target) {
    List<PortfolioInput> files = new ArrayList<>();
    for (String argument : inputs) {
      if (argument.isEmpty()) {
        // The system would take it for the current directory, and read every plan under it.
        throw new BadInputException("'' names no directory or file; give a directory, plan "
            + "files, or - for NDJSON on standard input");
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        files.add(PortfolioInput.unreadable(argument, "not a valid path (" + e.getReason() + ")"));
        continue;
      }
      if (!Files.isDirectory(path)) {
        files.add(PortfolioInput.file(argument));
        continue;
      }
      files.addAll(planFilesUnder(path, target));
    }
    return files;
  }

  /**
   * Every {@code *.json} file under a directory (the extension in any case, as {@code import}
   * takes it), at any depth, in path order; a directory or file that cannot be read is one
   * failure naming it, and the rest of the tree is still read. A link named {@code *.json} is
   * followed to its file; one that leads to no file is a failure, never passed over in silence.
   * Links to directories are not followed, so a link back up the tree cannot make the walk go
   * round. The output's file is not a plan of the directory when it is an earlier portfolio; any
   * other file there is one, which the output may not replace.
   */
  private static List<PortfolioInput> planFilesUnder(Path directory, OutputTarget target) {
    SortedMap<Path, PortfolioInput> found = new TreeMap<>();
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (!isJson(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (target.isFile(file)) {
            if (isPortfolio(file)) {
              return FileVisitResult.CONTINUE;
            }
            throw target.replacing(A_PLAN);
          }
          if (attributes.isRegularFile() || Files.isRegularFile(file)) {
            found.put(file, PortfolioInput.file(file.toString()));
          } else {
            found.put(file, PortfolioInput.unreadable(file.toString(), notAPlanFile(file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.put(file, PortfolioInput.unreadable(file.toString(),
              "cannot read the directory or file: " + PlanSource.reason(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.put(directory, PortfolioInput.unreadable(directory.toString(),
          "cannot list the directory: " + PlanSource.reason(e)));
    }
    return new ArrayList<>(found.values());
  }

  /**
   * Whether a file reads as a portfolio document, such as {@code map portfolio --format json}
   * writes; leniently, so that one written by another version of MAP is one too.
   */
  private static boolean isPortfolio(Path file) {
    try {
      MapJson.standard().lenient().portfolios().read(file);
      return true;
    } catch (DocumentReadException e) {
      return false;
    }
  }

  private static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** Why a {@code *.json} name that is no regular file, even through its link, is no plan. */
  private static String notAPlanFile(Path file) {
    if (!Files.isSymbolicLink(file)) {
      return "not a plan file: it is a named pipe, a device or a socket";
    }
    if (!Files.exists(file)) {
      return "a link to nothing: it leads to no file";
    }
    return Files.isDirectory(file)
        ? "a link to a directory, which is not followed; give the directory itself"
        : "a link to something that is not a plan file";
  }

  private void write(OutputTarget target, PortfolioRun run, PortfolioRun.Inputs inputs,
      Optional<LongToDoubleFunction> share, LocalDate date) {
    // NDJSON rows on standard output are the progress: a line on the terminal would run into them.
    boolean rowsShowProgress = format == OutputFormat.NDJSON && target.isStandardOutput();
    Progress progress = new Progress(err(), environment().errorTerminal() && !rowsShowProgress,
        share);
    List<PlanSummary> rows = new ArrayList<>();
    AtomicLong unscheduled = new AtomicLong();
    List<String> unscheduledNamed = new ArrayList<>();
    target.write(out -> {
      Consumer<PortfolioEntry> each = entry -> {
        progress.advance();
        if (entry instanceof PlanSummary row) {
          if (!row.hasSchedule() && unscheduled.incrementAndGet() <= UNSCHEDULED_NAMED) {
            unscheduledNamed.add(DisplayText.line(row.planId().value()) + " ("
                + PortfolioWords.source(row) + ")");
          }
          if (format == OutputFormat.NDJSON) {
            writeRow(row, out);
          } else if (format == OutputFormat.JSON || format == OutputFormat.HTML) {
            rows.add(row);
          }
        }
      };
      PortfolioSummary summary;
      try {
        summary = run.run(inputs, each);
      } finally {
        progress.finish();
      }
      if (summary.plans() == 0) {
        throw nothingRead(summary);
      }
      switch (format) {
        case JSON -> OutputTarget.writeDocument(out, MapJson.standard().portfolios(),
            Portfolio.builder().asOf(date).summary(summary).plans(rows).build());
        case MARKDOWN -> OutputTarget.writeText(out,
            writer -> PortfolioMarkdown.write(summary, date, writer));
        case HTML -> OutputTarget.writeText(out, writer -> PortfolioPage.render(
            Portfolio.builder().asOf(date).summary(summary).plans(rows).build(), writer));
        case NDJSON -> noteFailures(summary);
        default -> OutputTarget.writeText(
            out, writer -> PortfolioText.write(summary, date, style(target), writer));
      }
    });
    long count = unscheduled.get();
    if (count > 0) {
      note(List.of(Counts.of(count, "plan has", "plans have") + " no schedule (a dependency"
          + " cycle, or a date outside " + PlanLimits.MIN_DATE + " to " + PlanLimits.MAX_DATE
          + ", the dates a plan can hold): "
          + (count == 1 ? "it shows no slack and is" : "they show no slack and are")
          + " not counted as infeasible; map check says why: "
          + Texts.named(unscheduledNamed, count)));
    }
  }

  /**
   * A row, one line of the NDJSON output; made as bytes first, because writing to the stream
   * itself would flush it after every line. Called for each plan as it is done, where no
   * {@code IOException} can pass: {@link OutputTarget#write} reports its cause as any other.
   */
  private static void writeRow(PlanSummary row, OutputStream out) {
    try {
      out.write(ROWS.writeBytes(row));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** With NDJSON, the rows are the output: the plans that could not be read go to stderr. */
  private void noteFailures(PortfolioSummary summary) {
    if (summary.failed() == 0) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add(summary.failed() + " could not be read:");
    for (PlanFailure failure : summary.failures()) {
      // A line of its own for each problem kept, each with its source: a note is one line.
      for (String problem : failure.problems()) {
        lines.add(PortfolioWords.source(failure) + ": " + problem);
      }
    }
    String more = PortfolioWords.moreFailures(summary);
    if (!more.isEmpty()) {
      lines.add(more);
    }
    note(lines);
  }

  /** Nothing could be read at all: exit 2, naming the first failures. */
  private static BadInputException nothingRead(PortfolioSummary summary) {
    if (summary.failed() == 0) {
      return new BadInputException("no plans to read: no *.json file and no line with a plan");
    }
    List<String> lines = new ArrayList<>();
    lines.add("no plan could be read (" + summary.failed() + " failed):");
    int listed = Math.min(summary.failures().size(), PlanProblems.MAX_LISTED);
    for (PlanFailure failure : summary.failures().subList(0, listed)) {
      lines.add(PortfolioWords.source(failure) + ": " + failure.problems().get(0));
    }
    if (summary.failed() > listed) {
      lines.add("... and " + (summary.failed() - listed) + " more");
    }
    return new BadInputException(lines);
  }

  /**
   * The next lines of the stream; a failure to read it is the input's, said as such, not a
   * failure to write the output the lines go to.
   */
  private static List<PortfolioInput> next(NdjsonLines lines, int most, String name) {
    List<PortfolioInput> batch = new ArrayList<>(most);
    try {
      for (PortfolioInput line = lines.next(); line != null; line = lines.next()) {
        batch.add(line);
        if (batch.size() == most) {
          break;
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read " + name + ": " + PlanSource.reason(e));
    }
    return batch;
  }

  private static InputStream open(String name) throws IOException {
    Path path = PlanSource.path(name);
    if (Files.isDirectory(path)) {
      throw new BadInputException("cannot read " + name + ": it is a directory, not an NDJSON"
          + " file (give the directory without --ndjson to read its *.json files)");
    }
    return Files.newInputStream(path);
  }

  private static long sizeOf(String name) {
    try {
      Path path = Path.of(name);
      return Files.isRegularFile(path) ? Files.size(path) : 0;
    } catch (IOException | InvalidPathException e) {
      return 0;
    }
  }
}

package io.mutualplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code map}: the root of the command tree and the options every command shares. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    versionProvider = MapVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "",
    header = "Check, schedule, forecast, compare and format mutual action plans; import and "
        + "export their tables and calendars; make a plan's page to share.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "A mutual action plan is the plan a buyer and a seller build together, backwards from "
          + "the buyer's outcome date. PLAN is a plan file (format mutual-action-plan/1), or - "
          + "for standard input."
    },
    commandListHeading = "%nCommands:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes: 0 done (check: no error findings), 1 check found errors, "
          + "2 bad usage or a plan or table that cannot be read, is invalid or (schedule, "
          + "forecast, derive-dates) has a dependency cycle, or (diff) two plans with different "
          + "ids, 3 internal error.",
      "",
      "Example: map check examples/acme-go-live.json --as-of 2026-11-22"
    },
    subcommands = {
      CheckCommand.class,
      ScheduleCommand.class,
      ForecastCommand.class,
      DeriveDatesCommand.class,
      FormatCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ICalCommand.class,
      ReportCommand.class,
      DiffCommand.class,
      PortfolioCommand.class,
      HelpCommand.class
    })
final class MapCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--no-color",
      order = 8,
      scope = ScopeType.INHERIT,
      description = "Never colour the output. Colour is used only on a terminal, and never when "
          + "NO_COLOR is set to anything but the empty string or TERM is dumb.")
  private boolean noColor;

  @Option(
      names = "--debug",
      order = 9,
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  private boolean debug;

  MapCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  /** {@code map} alone: the usage, on standard error, as for any other bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }

  CliEnvironment environment() {
    return environment;
  }

  boolean debug() {
    return debug;
  }

  /** Standard error, for the few lines a command tells the person running it. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * The style of text written to a target: colour only when it is standard output and a terminal
   * that can show it (not TERM=dumb), {@code --no-color} is not given and the {@code NO_COLOR}
   * environment variable is unset or empty (<a href="https://no-color.org">no-color.org</a>), so
   * pipes and files get plain text.
   */
  Style style(OutputTarget target) {
    boolean colour = target.isStandardOutput()
        && environment.terminal()
        && !environment.variable("TERM").map("dumb"::equals).orElse(false)
        && !noColor
        && environment.variable("NO_COLOR").orElse("").isEmpty();
    return colour ? Style.ANSI : Style.PLAIN;
  }
}

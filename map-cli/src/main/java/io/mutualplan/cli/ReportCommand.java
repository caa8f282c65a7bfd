package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.html.Audience;
import io.mutualplan.html.PageOptions;
import io.mutualplan.html.PlanPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code map report}: the plan as one self-contained HTML page, for the seller or the buyer. */
@Command(
    name = "report",
    header = "Make the plan's page: one HTML file with the MAP table and a timeline, to open, "
        + "send or print.",
    description = {
      "Writes the plan as a self-contained HTML page: the outcome, deadline and projected "
          + "finish, the MAP table, a Gantt chart of the schedule and, for the seller, the "
          + "verdict, the score and the findings with their hints. The page loads nothing and "
          + "runs no script; open it in any browser, attach it to an email, or print it (A4 "
          + "landscape).",
      "",
      "The buyer's page (--audience buyer) leaves out the seller's grading of the plan and "
          + "lists the people of both sides instead: send that one to the buyer. Custom rules "
          + "from the jars given with --rules or in the MAP_RULES environment variable grade "
          + "the seller's page too.",
      "",
      "With --forecast the page also has the Monte Carlo forecast of map forecast, for either "
          + "audience; --trials and --seed set how it runs, and the same options give the same "
          + "page.",
      "",
      "Exit codes: 0 done (whatever the findings); 2 bad usage, a plan or rule jar that "
          + "cannot be read or is invalid, a schedule with a date out of the format's range "
          + "(0001-01-01 to 9999-12-31), or output that cannot be written; 3 internal error."
    })
final class ReportCommand extends PlanCommand {
  @Mixin private AsOfOption asOf;

  @Option(
      names = "--audience",
      order = 2,
      paramLabel = "AUDIENCE",
      defaultValue = "seller",
      converter = AudienceConverter.class,
      description = "seller (the default: the plan with its verdict, score and findings) or "
          + "buyer (the shared plan and both sides' people, to send to the buyer).")
  private Audience audience;

  @Option(
      names = "--forecast",
      order = 3,
      description = "Add the forecast: how likely the outcome date holds, the outcome date to "
          + "commit to, when the work finishes at 50, 80 and 90%% confidence, and how often "
          + "each step was critical (as map forecast, triangular durations).")
  private boolean forecast;

  @Mixin private ForecastOptions forecastOptions;

  @Mixin private RulesOption rules;

  /** The plan, and the rules jars too. */
  @Override
  List<Input> inputsToKeep() {
    List<Input> inputs = new ArrayList<>(super.inputsToKeep());
    inputs.addAll(rules.inputs(environment()));
    return inputs;
  }

  @Override
  public Integer call() {
    if (!forecast && forecastOptions.given()) {
      throw usage("--trials and --seed set how the forecast runs: add --forecast to show one");
    }
    OutputTarget target = target(); // refused before any input is read, if it is one of them
    try (CustomRules custom = rules.load(environment())) {
      PageOptions options = PageOptions.builder()
          .audience(audience)
          .ruleEngine(custom.engine())
          .forecast(forecast
              ? Optional.of(forecastOptions.settings(Distribution.TRIANGULAR))
              : Optional.empty())
          .build();
      PlanSource source = source();
      MutualActionPlan plan = readPlan(source);
      LocalDate date = asOf.resolve(environment().clock());
      try {
        target.writeText(out -> PlanPage.render(plan, date, options, out));
      } catch (DateOutOfRangeException e) {
        throw Scheduling.outOfRange(source, e);
      }
      return ExitCode.OK;
    }
  }
}

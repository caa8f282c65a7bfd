package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.json.MapJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code map forecast}: how likely the buyer's outcome date holds, by the Monte Carlo forecast. */
@Command(
    name = "forecast",
    header = "Forecast how likely the buyer's outcome date holds, from the milestones' "
        + "estimates.",
    description = {
      "Schedules the plan many times (trials), each time with every open milestone's duration "
          + "drawn at random between its optimistic and pessimistic estimate, and tells how "
          + "often the outcome date holds, the outcome date to commit to, when the work "
          + "finishes at 50, 80 and 90%% confidence, and which steps drive the date; then, for "
          + "every milestone, how often it was critical and how closely the finish follows it.",
      "",
      "A plan without estimates has nothing uncertain: its forecast is its schedule. The same "
          + "plan, date, trials, seed and distribution always give the same forecast, on any "
          + "computer; the trials run on every core.",
      "",
      "Exit codes: 0 done; 2 bad usage, a plan that cannot be read or is invalid, a "
          + "dependency cycle, a date out of the format's range (0001-01-01 to 9999-12-31), or "
          + "output that cannot be written; 3 internal error."
    })
final class ForecastCommand extends PlanCommand {
  @Mixin private AsOfOption asOf;

  @Mixin private ForecastOptions forecastOptions;

  @Option(
      names = "--distribution",
      order = 4,
      paramLabel = "SHAPE",
      defaultValue = "triangular",
      converter = DistributionConverter.class,
      description = "triangular (the default) or pert (Beta-PERT: a smooth curve through the "
          + "same three estimates, with less weight on the extremes).")
  private Distribution distribution;

  @Option(
      names = "--format",
      order = 4,
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.ForForecast.class,
      description = "text (for the terminal, the default), json (the "
          + "mutual-action-plan-forecast/1 document) or markdown (for a forecast-call note).")
  private OutputFormat format;

  @Override
  public Integer call() {
    OutputTarget target = target(); // refused before the trials run, if it is the plan
    PlanSource source = source();
    MutualActionPlan plan = readPlan(source);
    Forecast forecast = Scheduling.forecast(source, plan, asOf.resolve(environment().clock()),
        forecastOptions.settings(distribution));
    switch (format) {
      case JSON -> target.writeDocument(MapJson.standard().forecasts(), forecast);
      case MARKDOWN -> target.writeText(out -> ForecastMarkdown.write(plan, forecast, out));
      default -> target.writeText(out -> ForecastText.write(plan, forecast, style(target), out));
    }
    return ExitCode.OK;
  }
}

package io.mutualplan.cli;

import io.mutualplan.cli.TextTable.Cell;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.MilestoneForecast;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code map forecast --format text}: the headline sentences ({@link ForecastHeadline}), then one
 * line per milestone (its id and title, how often it was critical, its sensitivity, its finish at
 * 50 and 80 percent), the drivers in bold, and the options that reproduce the forecast.
 */
final class ForecastText {
  private static final int TITLE_WIDTH = 36;

  private ForecastText() {}

  static void write(MutualActionPlan plan, Forecast forecast, Style style, Writer out)
      throws IOException {
    out.write(PlanWords.heading(plan, style) + ", forecast as of " + forecast.asOf() + "\n");
    for (String sentence
        : ForecastHeadline.sentences(plan, forecast, DisplayText::line, style::bold)) {
      out.write(sentence + "\n");
    }
    if (!plan.milestones().isEmpty()) {
      out.write('\n');
      table(plan, forecast, style, out);
    }
    out.write('\n');
    out.write(ForecastFigures.settings(forecast) + "\n");
  }

  private static void table(MutualActionPlan plan, Forecast forecast, Style style, Writer out)
      throws IOException {
    TextTable table = new TextTable(
        List.of("ID", "MILESTONE", "CRITICAL", "SENSITIVITY", "FINISH P50", "FINISH P80"),
        false, false, true, true, false, false);
    List<Milestone> milestones = plan.milestones();
    table.write(out, style, "", milestones.size(), index -> {
      MilestoneForecast line = forecast.milestones().get(index);
      UnaryOperator<String> emphasis = forecast.drivers().contains(line.id())
          ? style::bold : UnaryOperator.identity();
      return new Cell[] {
        new Cell(line.id().value(), emphasis),
        new Cell(PlanWords.shortened(milestones.get(index).title(), TITLE_WIDTH), emphasis),
        Cell.plain(ForecastFigures.criticality(line)),
        Cell.plain(ForecastFigures.sensitivity(line)),
        Cell.plain(line.finishP50().toString()),
        Cell.plain(line.finishP80().toString())
      };
    });
  }
}

package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.MilestoneForecast;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code map forecast --format markdown}: the headline sentences as a list, then a table of the
 * milestones (criticality, sensitivity, finish at 50 and 80 percent) with the drivers in bold, for
 * pasting into a forecast-call note or a CRM.
 */
final class ForecastMarkdown {
  private ForecastMarkdown() {}

  static void write(MutualActionPlan plan, Forecast forecast, Writer out) throws IOException {
    out.write("## " + MarkdownText.cell(plan.title()) + ": forecast\n\n");
    for (String sentence : ForecastHeadline.sentences(
        plan, forecast, MarkdownText::cell, MarkdownText::bold)) {
      out.write("- " + sentence + "\n");
    }
    List<Milestone> milestones = plan.milestones();
    if (!milestones.isEmpty()) {
      out.write("\n| Milestone | Critical | Sensitivity | Finish P50 | Finish P80 |\n");
      out.write("|---|---|---|---|---|\n");
      for (int i = 0; i < milestones.size(); i++) {
        MilestoneForecast line = forecast.milestones().get(i);
        String title = MarkdownText.cell(milestones.get(i).title());
        out.write(MarkdownText.row(
            forecast.drivers().contains(line.id()) ? MarkdownText.bold(title) : title,
            ForecastFigures.criticality(line), ForecastFigures.sensitivity(line),
            line.finishP50(), line.finishP80()));
      }
    }
    out.write("\nAs of " + forecast.asOf() + " · " + ForecastFigures.settings(forecast)
        + (forecast.drivers().isEmpty() ? "" : " Drivers in **bold**.") + "\n");
  }
}

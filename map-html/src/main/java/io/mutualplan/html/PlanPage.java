package io.mutualplan.html;

import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.html.internal.PageOutput;
import io.mutualplan.html.internal.PageViews;
import io.mutualplan.html.internal.template.JtepageGenerated;
import io.mutualplan.rules.QualityReport;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mutual action plan as one self-contained HTML page, to open in a browser, send to the buyer or
 * print: the header (title, both sides, goal, outcome, deadline, as-of date), the verdict and score
 * (for the seller), the MAP table, a Gantt chart, the forecast (when asked), the findings with
 * their hints (for the seller) or both sides' people (for the buyer), and a footer.
 *
 * <pre>{@code
 * String html = PlanPage.render(plan, LocalDate.parse("2026-11-22"));
 * PageOptions forBuyer = PageOptions.builder().audience(Audience.BUYER).build();
 * PageOptions withForecast = PageOptions.builder().forecast(ForecastSettings.defaults()).build();
 * try (Writer out = Files.newBufferedWriter(Path.of("acme.html"))) {
 *   PlanPage.render(plan, LocalDate.parse("2026-11-22"), forBuyer, out);
 * }
 * }</pre>
 *
 * <p>The page loads nothing: its style sheet is inline, the chart is inline SVG, it has no script,
 * and its Content-Security-Policy forbids every other load. Every text from the plan is escaped
 * for where it lands, and a character HTML does not allow in a page (NUL and the other controls
 * but tab, line feed, form feed and carriage return; noncharacters such as U+FFFF) is written as
 * U+FFFD, the replacement character. The same plan, date and options give the same bytes:
 * nothing reads the clock, and the forecast's draws come from the seed of its settings. A plan
 * whose dependencies form a cycle still renders, with a note instead of the chart (and of the
 * forecast).
 *
 * <p>Rendering is thread-safe; the class holds no state.
 */
public final class PlanPage {
  private PlanPage() {}

  /**
   * Renders the seller's page with the built-in rules.
   *
   * @param plan the plan
   * @param asOf the date the page is as of ("today" for the reader)
   * @return the page, an HTML5 document
   * @throws DateOutOfRangeException when the plan's schedule would hold a date outside 0001-01-01
   *     to 9999-12-31, as {@link Scheduler#schedule} does (a dependency cycle is shown on the page)
   */
  public static String render(MutualActionPlan plan, LocalDate asOf) {
    return render(plan, asOf, PageOptions.builder().build());
  }

  /**
   * Renders a page.
   *
   * @param plan the plan
   * @param asOf the date the page is as of ("today" for the reader)
   * @param options for whom, with which rules, and with or without the forecast
   * @return the page, an HTML5 document
   * @throws DateOutOfRangeException when the plan's schedule would hold a date outside 0001-01-01
   *     to 9999-12-31, as {@link Scheduler#schedule} does (a dependency cycle is shown on the page)
   */
  public static String render(MutualActionPlan plan, LocalDate asOf, PageOptions options) {
    Objects.requireNonNull(plan, "plan");
    // About 2 KB a milestone; a guess, capped, since a plan may have a million milestones.
    StringOutput output = new StringOutput(
        (int) Math.min(1 << 24, 8192 + 2048L * plan.milestones().size()));
    render(plan, asOf, options, (TemplateOutput) output);
    return output.toString();
  }

  /**
   * Renders a page to a writer, which it does not close.
   *
   * @param plan the plan
   * @param asOf the date the page is as of ("today" for the reader)
   * @param options for whom, with which rules, and with or without the forecast
   * @param out where the page goes; the caller picks the encoding (the page declares UTF-8)
   * @throws UncheckedIOException when writing fails; its cause is the writer's {@code IOException}
   * @throws DateOutOfRangeException when the plan's schedule would hold a date outside 0001-01-01
   *     to 9999-12-31, as {@link Scheduler#schedule} does (a dependency cycle is shown on the page)
   */
  public static void render(
      MutualActionPlan plan, LocalDate asOf, PageOptions options, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      render(plan, asOf, options, new WriterOutput(out));
    } catch (UncheckedIOException e) {
      // jte's own wrapper says nothing of what was being written.
      throw new UncheckedIOException("could not write the plan's page", e.getCause());
    }
  }

  private static void render(
      MutualActionPlan plan, LocalDate asOf, PageOptions options, TemplateOutput output) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(options, "options");
    Optional<Schedule> schedule;
    List<MilestoneId> cycle;
    try {
      schedule = Optional.of(Scheduler.schedule(plan, asOf));
      cycle = List.of();
    } catch (CyclicDependencyException e) {
      schedule = Optional.empty();
      cycle = e.cycle();
    }
    Optional<QualityReport> report = options.audience() == Audience.SELLER
        ? Optional.of(schedule.isPresent()
            ? options.ruleEngine().evaluate(plan, schedule.get())
            : options.ruleEngine().evaluate(plan, asOf))
        : Optional.empty();
    Optional<Forecast> forecast = Optional.empty();
    Optional<String> forecastProblem = Optional.empty();
    if (options.forecast().isPresent()) {
      if (schedule.isEmpty()) {
        forecastProblem = Optional.of("the milestones' dependencies go round in a circle, so the"
            + " plan cannot be scheduled");
      } else {
        try {
          forecast = Optional.of(Forecaster.forecast(plan, asOf, options.forecast().get()));
        } catch (DateOutOfRangeException e) {
          // A draw near the pessimistic end can push a date past the last one a plan can hold.
          forecastProblem = Optional.of(e.getMessage());
        }
      }
    }
    // The template, src/main/jte/page.jte, is compiled into this module when it is built and called
    // directly, as jte's own static template facade does, rather than looked up by name through a
    // gg.jte.TemplateEngine: there is no reflection and no class loader to get right (on the
    // module path or inside an application server), and a template whose parameters no longer
    // match fails the build, not a user's call. PageOutput is jte's escaping output for
    // ContentType.Html: every value the template writes is escaped for where it lands, and a
    // character HTML does not allow is written as U+FFFD. The null is the template's interceptor:
    // none.
    JtepageGenerated.render(new PageOutput(output), null,
        PageViews.of(plan, asOf, schedule, cycle, report, forecast, forecastProblem));
  }
}

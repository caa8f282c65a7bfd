package io.mutualplan.html;

import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.mutualplan.html.internal.PageOutput;
import io.mutualplan.html.internal.PortfolioViews;
import io.mutualplan.html.internal.template.JteportfolioGenerated;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A portfolio, every plan of a pipeline at once, as one self-contained HTML page, to open before
 * the forecast call or print: the summary (verdicts, scores, infeasible plans, and with a forecast
 * what is expected to land by the date), the rules that fire most, where plans stall, the worst
 * plans, the plans that could not be read, and a table of every plan.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolio.builder().asOf(asOf).summary(summary).plans(rows).build();
 * String html = PortfolioPage.render(portfolio);
 *
 * // Many thousands of rows: write them as they come, from wherever they are kept.
 * try (Writer out = Files.newBufferedWriter(Path.of("pipeline.html"))) {
 *   PortfolioPage.render(asOf, summary, rowsReadBackFromDisk, out);
 * }
 * }</pre>
 *
 * <p>The page is as safe as {@link PlanPage}'s: it loads nothing, has no script, and escapes every
 * text from the plans and their sources for where it lands, with the characters HTML does not
 * allow written as U+FFFD; each text is also put on one line (line breaks, the other controls and
 * the characters that reorder text become spaces). It looks like the plan's page
 * and prints on A4 landscape. The same portfolio gives the same bytes. The probabilities on time
 * are shown when the summary comes from a forecast run (its {@link
 * PortfolioSummary#expectedOnTime()} is present).
 *
 * <p>Rendering is thread-safe; the class holds no state.
 */
public final class PortfolioPage {
  private PortfolioPage() {}

  /**
   * Renders a portfolio's page.
   *
   * @param portfolio the portfolio: as-of date, summary and rows
   * @return the page, an HTML5 document
   */
  public static String render(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    // About 1.5 KB a row and 24 KB for the rest; a guess, capped.
    StringOutput output = new StringOutput(
        (int) Math.min(1 << 24, 24_576 + 1536L * portfolio.plans().size()));
    render(portfolio.asOf(), portfolio.summary(), portfolio.plans(), output);
    return output.toString();
  }

  /**
   * Renders a portfolio's page to a writer, which it does not close.
   *
   * @param portfolio the portfolio: as-of date, summary and rows
   * @param out where the page goes; the caller picks the encoding (the page declares UTF-8)
   * @throws UncheckedIOException when writing fails; its cause is the writer's {@code IOException}
   */
  public static void render(Portfolio portfolio, Writer out) {
    Objects.requireNonNull(portfolio, "portfolio");
    render(portfolio.asOf(), portfolio.summary(), portfolio.plans(), out);
  }

  /**
   * Renders a portfolio's page to a writer, which it does not close, reading the rows once, as
   * it writes them: a pipeline too big to hold in memory can give its rows from a file or a
   * database cursor.
   *
   * @param asOf the date the plans were checked as of
   * @param summary the summary of every plan and failure
   * @param plans a row per plan read, in the order they should be listed; iterated once
   * @param out where the page goes; the caller picks the encoding (the page declares UTF-8)
   * @throws UncheckedIOException when writing fails; its cause is the writer's {@code IOException}
   */
  public static void render(
      LocalDate asOf, PortfolioSummary summary, Iterable<PlanSummary> plans, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      render(asOf, summary, plans, new WriterOutput(out));
    } catch (UncheckedIOException e) {
      // jte's own wrapper says nothing of what was being written.
      throw new UncheckedIOException("could not write the portfolio's page", e.getCause());
    }
  }

  private static void render(LocalDate asOf, PortfolioSummary summary,
      Iterable<PlanSummary> plans, TemplateOutput output) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(plans, "plans");
    // src/main/jte/portfolio.jte, compiled and called with PageOutput as PlanPage does.
    JteportfolioGenerated.render(new PageOutput(output), null,
        PortfolioViews.of(asOf, summary, plans));
  }
}

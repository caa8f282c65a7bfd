package io.mutualplan.html;

import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.mutualplan.html.internal.LibraryVersion;
import io.mutualplan.html.internal.PageTemplate;
import io.mutualplan.html.internal.PortfolioViews;
import io.mutualplan.rules.portfolio.Portfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A portfolio of mutual action plans as one self-contained HTML page: how many plans and as of
 * when, their verdicts, scores, infeasible plans and (when forecast) the outcomes expected on
 * time, where plans stall, the rules that fired, the worst plans, every plan in a table, and the
 * plans that could not be read.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("portfolio.html"))) {
 *   PortfolioPage.render(portfolio, out);
 * }
 * }</pre>
 *
 * <p>Like {@link PlanPage}, the page loads nothing (inline style sheet, no script, a
 * Content-Security-Policy that forbids every load), escapes every text from the plans for where it
 * lands, and gives the same bytes for the same portfolio. Rendering is thread-safe.
 */
public final class PortfolioPage {
  private PortfolioPage() {}

  /**
   * Renders the page.
   *
   * @param portfolio the portfolio
   * @return the page, an HTML5 document
   */
  public static String render(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    // About 1 KB a plan's row; a guess, capped.
    StringOutput output = new StringOutput(
        (int) Math.min(1 << 24, 16_384 + 1024L * portfolio.plans().size()));
    render(portfolio, (TemplateOutput) output);
    return output.toString();
  }

  /**
   * Renders the page to a writer, which it does not close.
   *
   * @param portfolio the portfolio
   * @param out where the page goes; the caller picks the encoding (the page declares UTF-8)
   * @throws IOException when the writer fails
   */
  public static void render(Portfolio portfolio, Writer out) throws IOException {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(out, "out");
    try {
      render(portfolio, new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void render(Portfolio portfolio, TemplateOutput output) {
    PageTemplate.render(PortfolioViews.of(portfolio, LibraryVersion.VERSION), output);
  }
}

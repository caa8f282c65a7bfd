package io.mutualplan.html.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import io.mutualplan.html.internal.template.JteportfolioGenerated;

/**
 * Renders a portfolio page through its template, {@code src/main/jte/portfolio.jte}, which the
 * build compiled into {@link JteportfolioGenerated}; called directly, with jte's escaping output,
 * for the reasons {@link PageTemplate} gives.
 */
public final class PortfolioTemplate {
  private PortfolioTemplate() {}

  /**
   * Writes a portfolio page.
   *
   * @param page the page's content
   * @param output where the HTML goes
   */
  public static void render(PortfolioView page, TemplateOutput output) {
    JteportfolioGenerated.render(new OwaspHtmlTemplateOutput(output), null, page);
  }
}

package io.mutualplan.html.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import io.mutualplan.html.internal.template.JtepageGenerated;

/**
 * Renders a page through its template, {@code src/main/jte/page.jte}, which the build compiled
 * into {@link JtepageGenerated}.
 *
 * <p>The compiled template is called directly, as jte's own static template facade does, rather
 * than looked up by name through a {@code gg.jte.TemplateEngine}: there is no reflection and no
 * class loader to get right (on the module path or inside an application server), and a template
 * whose parameters no longer match fails the build, not a user's call. {@link
 * OwaspHtmlTemplateOutput} is jte's escaping output for {@code ContentType.Html}: every value the
 * template writes is escaped for where it lands (element text, attribute value).
 */
public final class PageTemplate {
  private PageTemplate() {}

  /**
   * Writes a page.
   *
   * @param page the page's content
   * @param output where the HTML goes
   */
  public static void render(PageView page, TemplateOutput output) {
    JtepageGenerated.render(new OwaspHtmlTemplateOutput(output), null, page);
  }
}

package io.mutualplan.html;

import io.mutualplan.core.MutualActionPlan;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/** Renders pages and parses them the way a browser would (jsoup follows the HTML5 parser). */
final class Pages {
  static final PageOptions SELLER = PageOptions.builder().build();
  static final PageOptions BUYER = PageOptions.builder().audience(Audience.BUYER).build();

  private Pages() {}

  static Document parse(String html) {
    // Case kept, so that SVG's viewBox and the like read as they are written.
    return Jsoup.parse(html, "", Parser.htmlParser().settings(ParseSettings.preserveCase));
  }

  static Document seller(MutualActionPlan plan, LocalDate asOf) {
    return parse(PlanPage.render(plan, asOf, SELLER));
  }

  static Document buyer(MutualActionPlan plan, LocalDate asOf) {
    return parse(PlanPage.render(plan, asOf, BUYER));
  }
}

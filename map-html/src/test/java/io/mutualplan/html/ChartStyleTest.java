package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.html.internal.GanttChart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The chart's layout measures each text for the size and weight written on it: the style sheet
 * must not change the font of a chart text, or the browser would draw it wider than the layout
 * measured (bold labels that the layout had measured as regular once touched each other).
 */
class ChartStyleTest {
  /** A rule of the style sheet, innermost: {@code selectors { declarations }}. */
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

  /** The properties that change how wide a text is drawn. */
  private static final Pattern FONT_PROPERTY = Pattern.compile(
      "(?:^|;)\\s*(font(?:-[a-z-]+)?|letter-spacing|word-spacing|text-transform)\\s*:");

  @Test
  void theStyleSheetChangesTheFontOfNoChartText() throws IOException {
    Document page = Jsoup.parse(PlanPage.render(TestPlans.acme(), TestPlans.AS_OF));
    Set<String> textClasses = new HashSet<>();
    for (Element text : page.select("svg.gantt text")) {
      textClasses.addAll(text.classNames());
    }
    assertThat(textClasses).contains("row-label", "axis-major", "axis-minor", "marker-label");

    List<String> offending = new ArrayList<>();
    Matcher rule = RULE.matcher(styleSheet().replaceAll("(?s)/\\*.*?\\*/", ""));
    while (rule.find()) {
      Matcher property = FONT_PROPERTY.matcher(rule.group(2));
      if (!property.find()) {
        continue;
      }
      for (String selector : rule.group(1).split(",")) {
        if (reachesAText(selector.strip(), textClasses)) {
          offending.add(selector.strip() + " sets " + property.group(1));
        }
      }
    }

    assertThat(offending).isEmpty();
  }

  @Test
  void everyChartTextCarriesItsOwnSizeAndWeight() {
    Document page = Jsoup.parse(PlanPage.render(TestPlans.acme(), TestPlans.AS_OF));

    assertThat(page.select("svg.gantt text")).isNotEmpty().allSatisfy(text -> {
      assertThat(text.attr("font-size")).matches("[0-9.]+");
      assertThat(text.attr("font-weight")).isIn("400", "600");
    });
  }

  /** Whether the last part of a selector can match a chart's text element. */
  private static boolean reachesAText(String selector, Set<String> textClasses) {
    String[] parts = selector.split("[\\s>+~]+");
    String last = parts[parts.length - 1];
    if (last.equals("*") || last.startsWith("text")) {
      return true;
    }
    for (String part : last.split("(?=[.:\\[])")) {
      if (part.startsWith(".") && textClasses.contains(part.substring(1))) {
        return true;
      }
    }
    return false;
  }

  private static String styleSheet() throws IOException {
    try (InputStream in = GanttChart.class.getResourceAsStream("page.css")) {
      assertThat(in).as("page.css beside the chart's classes").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.html.internal.Box;
import io.mutualplan.html.internal.ChartText;
import io.mutualplan.html.internal.FontWeight;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The page in a real browser: Debian's headless Chromium (see {@link Chromium}). Skipped only when
 * Chromium or ChromeDriver is not installed; {@code .ci/run} installs both, so CI always runs it.
 *
 * <p>Pages and screenshots are left in {@code map-html/target/chromium/} to look at. With {@code
 * -Dmap.html.screenshot=FILE} the Acme page's screenshot is also written to FILE: that is how the
 * README's picture is made.
 */
class PlanPageInChromiumTest {
  private static final LocalDate AS_OF = TestPlans.AS_OF;
  private static final Path FOLDER = Chromium.FOLDER;

  private static final PageOptions WITH_FORECAST = PageOptions.builder()
      .forecast(ForecastSettings.builder().trials(2_000).build()).build();

  private static Chromium chromium;

  @BeforeAll
  static void startChromium() throws IOException {
    chromium = Chromium.startOrSkip();
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  static Stream<Arguments> pages() {
    Stream<Arguments> examples = TestPlans.exampleNames().stream()
        .map(name -> Arguments.of(name, TestPlans.example(name), Pages.SELLER));
    return Stream.concat(examples, Stream.of(
        Arguments.of("acme-go-live-buyer", TestPlans.acme(), Pages.BUYER),
        Arguments.of("acme-go-live-forecast", TestPlans.acme(), WITH_FORECAST),
        Arguments.of("long-titles-forecast", TestPlans.longTitles(), WITH_FORECAST),
        Arguments.of("forty-milestones", TestPlans.fortyMilestones(), Pages.SELLER),
        Arguments.of("long-titles", TestPlans.longTitles(), Pages.SELLER)));
  }

  private static Path write(String name, String html) throws IOException {
    return Chromium.write(name, html);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void thePageLoadsFromAFileWithJavaScriptOffWithoutConsoleProblemsAndIsNotBlank(
      String name, MutualActionPlan plan, PageOptions options) throws IOException {
    Path file = write(name, PlanPage.render(plan, AS_OF, options));

    chromium.open(file, false);

    assertThat(chromium.consoleProblems()).isEmpty();
    byte[] png = chromium.screenshot(name.equals("acme-go-live") ? 0.75 : 1);
    Files.write(FOLDER.resolve(name + ".png"), png);
    assertNotBlank(png);
    String copy = System.getProperty("map.html.screenshot", "");
    if (name.equals("acme-go-live") && !copy.isEmpty()) {
      Files.write(Path.of(copy), png);
    }
  }

  @Test
  void javaScriptIsReallyOffAndAProblemWouldReallyReachTheConsole() throws IOException {
    // The harness's own check: a page that runs a script and loads a remote image under the
    // same policy as ours. With JavaScript off the script must not run; the refused image must
    // show in the console, so an empty console above means something.
    Path file = write("harness", "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
        + "<title>before</title></head><body><p>harness</p>"
        + "<img src=\"https://example.invalid/x.png\" alt=\"\">"
        + "<script>document.title = 'after'</script></body></html>");

    chromium.open(file, false);

    assertThat(chromium.driver().getTitle()).isEqualTo("before");
    assertThat(chromium.consoleProblems()).anySatisfy(
        problem -> assertThat(problem).contains("example.invalid"));
  }

  @Test
  void aHostileTitleRunsNoScriptEvenWithJavaScriptOn() throws IOException {
    String expectedTitle = TestPlans.HOSTILE + " · Mutual action plan";
    Path file = write("hostile", PlanPage.render(TestPlans.hostile(), AS_OF));

    chromium.open(file, true);

    assertThatExceptionOfType(NoAlertPresentException.class)
        .isThrownBy(() -> chromium.driver().switchTo().alert());
    assertThat(chromium.driver().getTitle()).isEqualTo(expectedTitle);
    Object planted = chromium.driver().executeScript("return document.querySelectorAll("
        + "'script, img, iframe, object, embed, [onerror], [onload], [onmouseover]').length");
    assertThat(planted).isEqualTo(0L);
    assertThat(chromium.driver().executeScript("return document.querySelector('h1').textContent"))
        .isEqualTo(TestPlans.HOSTILE);
    assertThat(chromium.consoleProblems()).isEmpty();
  }

  @Test
  void theAcmePlanPrintsOnTwoA4LandscapeSheetsTheTableOnTheFirstAndTheChartOnTheSecond()
      throws IOException {
    MutualActionPlan acme = TestPlans.acme();
    Path file = write("acme-go-live-print", PlanPage.render(acme, AS_OF));
    chromium.open(file, false);

    try (PDDocument document = PrintedPages.print(chromium, "acme-go-live")) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PrintedPages.assertA4Landscape(document);
      String first = PrintedPages.textOfPage(document, 1);
      assertThat(first).contains("Acme x Globex", "Ready", "Milestones");
      for (Milestone milestone : acme.milestones()) {
        assertThat(first).contains(milestone.id().value());
      }
      assertThat(PrintedPages.textOfPage(document, 2)).contains("Timeline", "As of 22 Nov",
          "Deadline 7 Feb", "Go-live 1 Mar", "Security documentation sent", "Order form signed",
          "Findings");
    }
  }

  @Test
  void theForecastPrintsOnItsOwnA4LandscapeSheetAfterTheTimeline() throws IOException {
    Path file = write("acme-go-live-forecast-print",
        PlanPage.render(TestPlans.acme(), AS_OF, WITH_FORECAST));
    chromium.open(file, false);

    try (PDDocument document = PrintedPages.print(chromium, "acme-go-live-forecast")) {
      assertThat(document.getNumberOfPages()).isEqualTo(3);
      PrintedPages.assertA4Landscape(document);
      // Some headings are upper case on the page (text-transform), and so in the PDF's text.
      String all = new PDFTextStripper().getText(document).toLowerCase(Locale.ROOT);
      assertThat(all).contains("forecast", "go-live could be as early as",
          "go-live on 1 mar 2027 holds", "on the critical path", "drives the date");
      int last = document.getNumberOfPages();
      assertThat(PrintedPages.textOfPage(document, last)).as("the forecast starts a sheet")
          .startsWith("Forecast");
      assertThat(PrintedPages.textOfPage(document, last - 1)).doesNotContain("Forecast");
    }
  }

  /**
   * In the forecast section, nothing that shows a figure touches another: each bar, its
   * percentage and the row's dates are apart, and the dates' cards do not overlap.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("forecastPages")
  void noFigureOfTheForecastTouchesAnother(String name, MutualActionPlan plan) throws IOException {
    Path file = write(name + "-forecast-boxes", PlanPage.render(plan, AS_OF, WITH_FORECAST));
    chromium.open(file, true);

    @SuppressWarnings("unchecked")
    List<String> overlaps = (List<String>) chromium.driver().executeScript(String.join("\n",
        "const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5",
        "    && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;",
        "const found = [];",
        "const apart = (elements, what) => elements.forEach((e, i) => elements.slice(i + 1)",
        "  .forEach(f => { if (meet(e.getBoundingClientRect(), f.getBoundingClientRect()))",
        "    found.push(what + ': ' + e.textContent + ' / ' + f.textContent); }));",
        "document.querySelectorAll('section.forecast .facts').forEach(",
        "  list => apart([...list.querySelectorAll('.fact')], 'cards'));",
        "document.querySelectorAll('table.criticality-table tbody tr').forEach(row => apart(",
        "  [...row.querySelectorAll('svg.criticality-bar, .criticality-value, time,"
            + " .milestone-title, .mark-driver')], 'row ' + row.dataset.milestone));",
        "apart([...document.querySelectorAll('section.forecast .probability-figure,"
            + " section.forecast .probability-words')], 'probability');",
        "return found;"));

    assertThat(overlaps).isEmpty();
    Object bars = chromium.driver().executeScript("return [...document.querySelectorAll("
        + "'svg.criticality-bar')].filter(b => b.getAttribute('aria-hidden') !== 'true'"
        + " || !b.parentElement.querySelector('.criticality-value').textContent.endsWith('%'))"
        + ".length");
    assertThat(bars).as("bars without a text equivalent").isEqualTo(0L);
  }

  static Stream<Arguments> forecastPages() {
    return Stream.of(Arguments.of("acme-go-live", TestPlans.acme()),
        Arguments.of("long-titles", TestPlans.longTitles()),
        Arguments.of("forty-milestones", TestPlans.fortyMilestones()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void noChartTextTouchesAnotherTextOrABarWithTheBrowsersOwnFonts(
      String name, MutualActionPlan plan, PageOptions options) throws IOException {
    Path file = write(name + "-measured", PlanPage.render(plan, AS_OF, options));
    chromium.open(file, true);

    @SuppressWarnings("unchecked")
    List<String> overlaps = (List<String>) chromium.driver().executeScript(String.join("\n",
        "const texts = [...document.querySelectorAll('svg.gantt text')];",
        "const shapes = [...document.querySelectorAll('svg.gantt .bar, svg.gantt .event')];",
        "const box = e => e.getBoundingClientRect();",
        "const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5",
        "    && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;",
        "const found = [];",
        "texts.forEach((t, i) => {",
        "  texts.slice(i + 1).forEach(u => { if (meet(box(t), box(u)))",
        "    found.push(t.textContent + ' / ' + u.textContent); });",
        "  shapes.forEach(s => { if (meet(box(t), box(s))) found.push(t.textContent + ' / bar'); });",
        "});",
        "return found;"));

    assertThat(overlaps).isEmpty();
  }

  /**
   * The layout's estimate against the browser: every chart text is drawn in the weight the page
   * gives it (the style sheet changes no chart text's font), and no wider than the box the layout
   * kept for it (its estimate and {@code ChartText.TOLERANCE}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyChartTextIsDrawnInItsOwnWeightAndWithinTheRoomTheLayoutKeptForIt(
      String name, MutualActionPlan plan, PageOptions options) throws IOException {
    Path file = write(name + "-widths", PlanPage.render(plan, AS_OF, options));
    chromium.open(file, true);

    @SuppressWarnings("unchecked")
    List<List<Object>> texts = (List<List<Object>>) chromium.driver().executeScript(String.join(
        "\n",
        "return [...document.querySelectorAll('svg.gantt text')].map(t => [t.textContent,",
        "  t.getAttribute('font-size'), t.getAttribute('font-weight'),",
        "  getComputedStyle(t).fontWeight, t.getComputedTextLength()]);"));

    assertThat(texts).isNotEmpty();
    for (List<Object> text : texts) {
      String content = (String) text.get(0);
      String weight = (String) text.get(2);
      assertThat(text.get(3)).as("the weight of '%s'", content).isEqualTo(weight);
      FontWeight drawn = Stream.of(FontWeight.values())
          .filter(candidate -> candidate.css().equals(weight)).findFirst().orElseThrow();
      Box room = new ChartText(0, 0, Double.parseDouble((String) text.get(1)), drawn, "start",
          content).box();
      assertThat(((Number) text.get(4)).doubleValue()).as("the width of '%s'", content)
          .isLessThanOrEqualTo(room.right() - room.left());
    }
  }

  /**
   * On a phone's screen the page is as wide as the screen: only the tables and the chart scroll
   * sideways, each in its own frame; a table's caption wraps inside that frame rather than run
   * past it, out of sight; and the chart's smallest text is still drawn 9 pixels high or more.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void onAPhoneOnlyTheTablesAndTheChartScrollSidewaysAndTheChartStaysReadable(
      String name, MutualActionPlan plan, PageOptions options) throws IOException {
    Path file = write(name + "-phone", PlanPage.render(plan, AS_OF, options));
    List<String> problems;
    try {
      chromium.screenWidth(Chromium.PHONE_WIDTH);
      chromium.open(file, true);
      Files.write(FOLDER.resolve(name + "-phone.png"), chromium.screenshot(1));
      problems = onAPhone(chromium);
    } finally {
      chromium.laptopScreen();
    }

    assertThat(problems).isEmpty();
  }

  /**
   * Names in Arabic or Hebrew stay in their place in the header's sentences: the buyer is still
   * drawn before the seller when both are right-to-left, and the outcome's date after its name
   * (without isolation the date's "1" was drawn before the Arabic name, the seller before the
   * buyer).
   */
  @Test
  void rightToLeftNamesDoNotReorderTheHeadersWords() throws IOException {
    Path file = write("right-to-left", PlanPage.render(TestPlans.rightToLeft(), AS_OF));
    chromium.open(file, true);

    @SuppressWarnings("unchecked")
    List<Number> edges = (List<Number>) chromium.driver().executeScript(String.join("\n",
        "const names = [...document.querySelectorAll('p.parties bdi')]",
        "  .map(e => e.getBoundingClientRect());",
        "const outcome = document.querySelector('.fact .fact-value');", // only the outcome's
        "return [names[0].right, names[1].left, outcome.getBoundingClientRect().right,",
        "  outcome.parentElement.querySelector('time').getBoundingClientRect().left];"));

    assertThat(edges.get(0).doubleValue()).as("the buyer's right edge, the seller's left")
        .isLessThanOrEqualTo(edges.get(1).doubleValue());
    assertThat(edges.get(2).doubleValue()).as("the outcome's name's right edge, its date's left")
        .isLessThanOrEqualTo(edges.get(3).doubleValue());
  }

  /**
   * What does not fit a phone's screen in the page open in the browser: the page wider than the
   * screen, a box wider than the room its parent has for it, a caption wider than its table's
   * frame, chart text drawn under 9 pixels.
   */
  @SuppressWarnings("unchecked")
  static List<String> onAPhone(Chromium chromium) {
    return (List<String>) chromium.driver().executeScript(String.join("\n",
        "const found = [];",
        "if (document.documentElement.scrollWidth > window.innerWidth)",
        "  found.push('the page: ' + document.documentElement.scrollWidth);",
        "const room = e => { const style = getComputedStyle(e);",
        "  return e.getBoundingClientRect().right - parseFloat(style.paddingRight)",
        "    - parseFloat(style.borderRightWidth); };",
        "document.querySelectorAll('header, section, footer, .fact, .figure, .tally, .side,"
            + " .finding, .person, .failure').forEach(e => {",
        "  const right = e.getBoundingClientRect().right;",
        "  if (right > room(e.parentElement) + 0.5)",
        "    found.push(e.className + ' ends at ' + right + ', past ' + room(e.parentElement));",
        "});",
        "document.querySelectorAll('.table-wrap caption').forEach(c => {",
        "  const frame = c.closest('.table-wrap').getBoundingClientRect();",
        "  if (c.getBoundingClientRect().right > frame.right + 0.5)",
        "    found.push('caption past its frame: ' + c.textContent.slice(0, 40)); });",
        "document.querySelectorAll('svg.gantt').forEach(svg => {",
        "  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;",
        "  svg.querySelectorAll('text').forEach(t => {",
        "    const size = parseFloat(t.getAttribute('font-size')) * scale;",
        "    if (size < 9) found.push('chart text ' + size.toFixed(1) + 'px: ' + t.textContent);",
        "  }); });",
        "return found;"));
  }

  /** A screenshot is not blank: many colours, and dark text on a fair share of it. */
  static void assertNotBlank(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Set<Integer> colours = new HashSet<>();
    long dark = 0;
    long pixels = (long) image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        int luma = (299 * (rgb >> 16) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
        if (luma < 110) {
          dark++;
        }
      }
    }
    assertThat(image.getWidth()).isGreaterThan(500);
    assertThat(image.getHeight()).isGreaterThan(500);
    assertThat(colours).hasSizeGreaterThan(100);
    assertThat((double) dark / pixels).isGreaterThan(0.005);
  }
}

package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.mutualplan.rules.portfolio.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
 * The portfolio page in a real browser, Debian's headless Chromium, as {@link
 * PlanPageInChromiumTest} drives it. Skipped only when Chromium or ChromeDriver is not installed.
 *
 * <p>Pages, screenshots and PDFs are left in {@code map-html/target/chromium/}. With {@code
 * -Dmap.html.portfolio.screenshot=FILE} the forecast pipeline's screenshot is also written to
 * FILE: that is how the docs' picture is made.
 */
class PortfolioPageInChromiumTest {
  private static final Path FOLDER = Chromium.FOLDER;

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

  static Stream<Arguments> portfolios() {
    return Stream.of(
        Arguments.of("portfolio-forecast", TestPortfolios.generated(26, 16, true)),
        Arguments.of("portfolio", TestPortfolios.generated(11, 200, false)),
        Arguments.of("portfolio-empty", TestPortfolios.empty()),
        Arguments.of("portfolio-failures", TestPortfolios.manyFailures(120)),
        Arguments.of("portfolio-hostile", TestPortfolios.hostile(true)));
  }

  private static Path write(String name, String html) throws IOException {
    return Chromium.write(name, html);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("portfolios")
  void thePageLoadsWithJavaScriptOffWithoutConsoleProblemsAndIsNotBlank(
      String name, Portfolio portfolio) throws IOException {
    Path file = write(name, PortfolioPage.render(portfolio));

    chromium.open(file, false);

    assertThat(chromium.consoleProblems()).isEmpty();
    byte[] png = chromium.screenshot(name.equals("portfolio-forecast") ? 0.75 : 1);
    Files.write(FOLDER.resolve(name + ".png"), png);
    PlanPageInChromiumTest.assertNotBlank(png);
    String copy = System.getProperty("map.html.portfolio.screenshot", "");
    if (name.equals("portfolio-forecast") && !copy.isEmpty()) {
      Files.write(Path.of(copy), png);
    }
  }

  /**
   * On a laptop's screen the page is as wide as the window: the header, the summary and the
   * counts wrap rather than overflow; only the per-plan tables may scroll sideways, inside their
   * own frame.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("portfolios")
  void nothingButThePlanTablesIsWiderThanItsBox(String name, Portfolio portfolio)
      throws IOException {
    Path file = write(name + "-measured", PortfolioPage.render(portfolio));
    chromium.open(file, true);

    @SuppressWarnings("unchecked")
    List<String> overflowing = (List<String>) chromium.driver().executeScript(String.join("\n",
        "const found = [];",
        "if (document.documentElement.scrollWidth > window.innerWidth)",
        "  found.push('the page: ' + document.documentElement.scrollWidth);",
        "document.querySelectorAll('header, section, .figure, .verdict-count, .failure')",
        "  .forEach(e => { if (e.scrollWidth > e.clientWidth + 1)",
        "    found.push(e.className + ': ' + e.scrollWidth + ' > ' + e.clientWidth); });",
        "return found;"));
    Long tables = (Long) chromium.driver().executeScript(
        "return document.querySelectorAll('section.all-plans table.plans-table').length");

    assertThat(overflowing).isEmpty();
    assertThat(tables).isEqualTo(portfolio.plans().isEmpty() ? 0L : 1L);
  }

  /**
   * On a phone's screen too the page is as wide as the screen: the figures and the counts wrap
   * rather than overflow, and only the plan tables scroll sideways, their captions inside their
   * frame.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("portfolios")
  void onAPhoneOnlyThePlanTablesScrollSideways(String name, Portfolio portfolio)
      throws IOException {
    Path file = write(name + "-phone", PortfolioPage.render(portfolio));
    List<String> problems;
    try {
      chromium.screenWidth(Chromium.PHONE_WIDTH);
      chromium.open(file, true);
      problems = PlanPageInChromiumTest.onAPhone(chromium);
    } finally {
      chromium.laptopScreen();
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void everyPlanIsARowOfTheTableInTheBrowser() throws IOException {
    Portfolio portfolio = TestPortfolios.generated(11, 200, false);
    Path file = write("portfolio-rows", PortfolioPage.render(portfolio));
    chromium.open(file, true);

    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) chromium.driver().executeScript("return [...document"
        + ".querySelectorAll('section.all-plans tbody tr')].map(r => r.dataset.plan)");

    assertThat(ids).containsExactlyElementsOf(
        portfolio.plans().stream().map(row -> row.planId().value()).toList());
  }

  @Test
  void hostileTextRunsNoScriptEvenWithJavaScriptOn() throws IOException {
    Path file = write("portfolio-hostile-script", PortfolioPage.render(
        TestPortfolios.hostile(true)));

    chromium.open(file, true);

    assertThatExceptionOfType(NoAlertPresentException.class)
        .isThrownBy(() -> chromium.driver().switchTo().alert());
    assertThat(chromium.driver().getTitle()).startsWith("Portfolio as of 4 Jan 2027");
    Object planted = chromium.driver().executeScript("return document.querySelectorAll("
        + "'script, img, iframe, object, embed, svg, [onerror], [onload], [onmouseover]').length");
    assertThat(planted).isEqualTo(0L);
    assertThat(chromium.driver().executeScript(
        "return document.querySelector('section.worst .plan-title').textContent"))
        .isEqualTo(TestPlans.HOSTILE);
    assertThat(chromium.consoleProblems()).isEmpty();
  }

  @Test
  void thePagePrintsOnA4LandscapeWithTheSummaryFirstAndEveryPlanInThePdf() throws IOException {
    Portfolio portfolio = TestPortfolios.generated(7, 60, true);
    Path file = write("portfolio-print", PortfolioPage.render(portfolio));
    chromium.open(file, false);

    try (PDDocument document = PrintedPages.print(chromium, "portfolio")) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      PrintedPages.assertA4Landscape(document);
      // The figures' headings are in capitals on the page (text-transform), so in the PDF too.
      assertThat(PrintedPages.textOfPage(document, 1)).contains("Portfolio as of 4 Jan 2027",
          "Summary", "VERDICTS", "EXPECTED ON TIME", "Rules that fired");
      String all = new PDFTextStripper().getText(document);
      for (var row : portfolio.plans()) {
        assertThat(all).contains(row.planId().value());
      }
      assertThat(all).contains("ON TIME");
    }
  }
}

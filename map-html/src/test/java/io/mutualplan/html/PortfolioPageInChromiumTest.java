package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The portfolio page in a real browser, Debian's headless Chromium (see {@link Chromium}), as the
 * plan page is tested: it loads from a file with JavaScript off without a console problem and is
 * not blank, and hostile text runs nothing with JavaScript on. Skipped only when Chromium or
 * ChromeDriver is not installed. Pages and screenshots are left in {@code
 * map-html/target/chromium/}.
 */
class PortfolioPageInChromiumTest {
  private static final Path FOLDER = Path.of("target", "chromium").toAbsolutePath();

  private static Chromium chromium;

  @BeforeAll
  static void startChromium() throws IOException {
    assumeTrue(Chromium.installed(), "Chromium or ChromeDriver is not installed at "
        + Chromium.BROWSER + " and " + Chromium.DRIVER
        + " (apt-get install chromium chromium-driver; .ci/run does)");
    Files.createDirectories(FOLDER);
    chromium = Chromium.start(FOLDER);
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static Path write(String name, String html) throws IOException {
    Path file = FOLDER.resolve(name + ".html");
    Files.writeString(file, html);
    return file;
  }

  @Test
  void thePortfolioPageLoadsWithJavaScriptOffWithoutConsoleProblemsAndIsNotBlank()
      throws IOException {
    Path file = write("portfolio", PortfolioPage.render(TestPortfolios.examples(true)));

    chromium.open(file, false);

    assertThat(chromium.consoleProblems()).isEmpty();
    assertThat(chromium.driver().getTitle())
        .isEqualTo("Portfolio of 5 plans · Mutual action plans");
    byte[] png = chromium.screenshot(1);
    Files.write(FOLDER.resolve("portfolio.png"), png);
    PlanPageInChromiumTest.assertNotBlank(png);
  }

  @Test
  void hostileTextRunsNoScriptEvenWithJavaScriptOn() throws IOException {
    Path file = write("portfolio-hostile", PortfolioPage.render(TestPortfolios.hostile()));

    chromium.open(file, true);

    assertThatExceptionOfType(NoAlertPresentException.class)
        .isThrownBy(() -> chromium.driver().switchTo().alert());
    assertThat(chromium.driver().getTitle())
        .isEqualTo("Portfolio of 1 plan · Mutual action plans");
    Object planted = chromium.driver().executeScript("return document.querySelectorAll("
        + "'script, img, iframe, object, embed, svg, [onerror], [onload], [onmouseover]').length");
    assertThat(planted).isEqualTo(0L);
    assertThat(chromium.consoleProblems()).isEmpty();
  }
}

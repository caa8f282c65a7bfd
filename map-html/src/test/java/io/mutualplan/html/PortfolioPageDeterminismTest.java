package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PortfolioPageDeterminismTest {
  static Stream<Portfolio> portfolios() {
    return Stream.of(TestPortfolios.generated(7, 150, true),
        TestPortfolios.generated(11, 150, false), TestPortfolios.empty(),
        TestPortfolios.hostile(true), TestPortfolios.manyFailures(120));
  }

  @ParameterizedTest
  @MethodSource("portfolios")
  void theSameInputsGiveTheSameBytes(Portfolio portfolio) {
    String first = PortfolioPage.render(portfolio);

    assertThat(PortfolioPage.render(portfolio)).isEqualTo(first);
    assertThat(PortfolioPage.render(Portfolio.builder().from(portfolio).build()))
        .isEqualTo(first);
  }

  @Test
  void theSamePipelineGeneratedAgainGivesTheSameBytes() {
    assertThat(PortfolioPage.render(TestPortfolios.generated(7, 150, true)))
        .isEqualTo(PortfolioPage.render(TestPortfolios.generated(7, 150, true)));
  }

  @Test
  void theDefaultLocaleAndTimeZoneDoNotChangeThePage() {
    Portfolio portfolio = TestPortfolios.generated(7, 150, true);
    String usual = PortfolioPage.render(portfolio);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(PortfolioPage.render(portfolio)).isEqualTo(usual);
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(PortfolioPage.render(portfolio)).isEqualTo(usual);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @ParameterizedTest
  @MethodSource("portfolios")
  void aWriterAndTheRowsOnTheirOwnGetTheSameBytesAsTheString(Portfolio portfolio) {
    StringWriter whole = new StringWriter();
    StringWriter parts = new StringWriter();

    PortfolioPage.render(portfolio, whole);
    PortfolioPage.render(portfolio.asOf(), portfolio.summary(), portfolio.plans(), parts);

    String html = PortfolioPage.render(portfolio);
    assertThat(whole.toString()).isEqualTo(html);
    assertThat(parts.toString()).isEqualTo(html);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
  }

  /**
   * The rows are read once, while the page is written: the summary is already out when the first
   * row is asked for, and no row is asked for twice, so rows can come from a file or a cursor.
   */
  @Test
  void theRowsAreReadOnceAfterTheSummaryIsWritten() {
    Portfolio portfolio = TestPortfolios.generated(7, 150, false);
    StringWriter out = new StringWriter();
    AtomicBoolean iterated = new AtomicBoolean();
    StringBuilder writtenBeforeTheFirstRow = new StringBuilder();
    Iterable<PlanSummary> once = () -> {
      assertThat(iterated.getAndSet(true)).as("the rows are iterated once").isFalse();
      Iterator<PlanSummary> rows = portfolio.plans().iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public PlanSummary next() {
          if (writtenBeforeTheFirstRow.length() == 0) {
            writtenBeforeTheFirstRow.append(out);
          }
          return rows.next();
        }
      };
    };

    PortfolioPage.render(portfolio.asOf(), portfolio.summary(), once, out);

    assertThat(out.toString()).isEqualTo(PortfolioPage.render(portfolio));
    assertThat(writtenBeforeTheFirstRow.toString())
        .contains("id=\"summary-heading\"", "id=\"worst-heading\"", "id=\"plans-heading\"")
        .doesNotContain("</tbody>\n</table>\n</div>\n</section>\n</main>");
  }

  @Test
  void aWriterThatFailsMakesAnUncheckedIoExceptionWithTheWritersFailureAsItsCause() {
    Writer broken = new FailingWriter();

    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> PortfolioPage.render(TestPortfolios.empty(), broken))
        .withMessage("could not write the portfolio's page")
        .havingCause()
        .isInstanceOf(IOException.class)
        .withMessage("disk full");
  }
}

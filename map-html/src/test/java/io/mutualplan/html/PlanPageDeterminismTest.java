package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.ForecastSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanPageDeterminismTest {
  private static final LocalDate AS_OF = TestPlans.AS_OF;

  static Stream<MutualActionPlan> plans() {
    return Stream.concat(TestPlans.exampleNames().stream().map(TestPlans::example),
        Stream.of(TestPlans.fortyMilestones(), TestPlans.hostile()));
  }

  @ParameterizedTest
  @MethodSource("plans")
  void theSameInputsGiveTheSameBytes(MutualActionPlan plan) {
    PageOptions withForecast = PageOptions.builder()
        .forecast(ForecastSettings.builder().trials(500).threads(3).build()).build();
    for (PageOptions options : new PageOptions[] {Pages.SELLER, Pages.BUYER, withForecast}) {
      String first = PlanPage.render(plan, AS_OF, options);

      assertThat(PlanPage.render(plan, AS_OF, options)).isEqualTo(first);
      assertThat(PlanPage.render(copyOf(plan), AS_OF, options)).isEqualTo(first);
    }
  }

  @Test
  void theDefaultLocaleAndTimeZoneDoNotChangeThePage() {
    String usual = PlanPage.render(TestPlans.acme(), AS_OF);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

      assertThat(PlanPage.render(TestPlans.acme(), AS_OF)).isEqualTo(usual);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void anotherAsOfDateGivesAnotherPage() {
    assertThat(PlanPage.render(TestPlans.acme(), AS_OF.plusDays(1)))
        .isNotEqualTo(PlanPage.render(TestPlans.acme(), AS_OF));
  }

  @Test
  void aWriterGetsTheSameBytesAsTheString() {
    StringWriter out = new StringWriter();

    PlanPage.render(TestPlans.acme(), AS_OF, Pages.BUYER, out);

    assertThat(out.toString()).isEqualTo(PlanPage.render(TestPlans.acme(), AS_OF, Pages.BUYER));
  }

  @Test
  void aWriterThatFailsMakesAnUncheckedIoExceptionWithTheWritersFailureAsItsCause() {
    Writer broken = new FailingWriter();

    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> PlanPage.render(TestPlans.acme(), AS_OF, Pages.SELLER, broken))
        .withMessage("could not write the plan's page")
        .havingCause()
        .isInstanceOf(IOException.class)
        .withMessage("disk full");
  }

  @Test
  void thePageStartsWithTheDoctypeAndEndsWithTheDocument() {
    String html = PlanPage.render(TestPlans.acme(), AS_OF);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
  }

  private static MutualActionPlan copyOf(MutualActionPlan plan) {
    return MutualActionPlan.builder().from(plan).build();
  }
}

package io.mutualplan.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarning;
import biweekly.ValidationWarnings;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The two independent iCalendar parsers every feed must pass: iCal4j (which MAP builds feeds
 * with) and biweekly (which MAP does not use at all).
 */
final class Parsers {
  private Parsers() {}

  /** Parses a feed with iCal4j's strict parser and checks every event against RFC 5545. */
  static Calendar ical4j(byte[] feed) {
    try {
      Calendar calendar =
          new CalendarBuilder().build(new ByteArrayInputStream(feed));
      for (Object component : calendar.getComponents()) {
        if (component instanceof VEvent event) {
          assertThat(event.validate().hasErrors()).as("iCal4j validates %s", event).isFalse();
        }
      }
      return calendar;
    } catch (IOException | ParserException e) {
      throw new AssertionError("iCal4j cannot parse the feed: " + e.getMessage(), e);
    }
  }

  /**
   * Parses a feed with biweekly, which must have nothing to warn about, but for a calendar
   * without events, which RFC 5545 does not foresee (warning 4: "must have at least one
   * component").
   */
  static ICalendar biweekly(byte[] feed) {
    try (ICalReader reader = new ICalReader(new String(feed, StandardCharsets.UTF_8))) {
      ICalendar calendar = reader.readNext();
      List<ParseWarning> warnings = reader.getWarnings();
      assertThat(warnings).as("biweekly's parse warnings").isEmpty();
      assertThat(reader.readNext()).as("one calendar only").isNull();
      ValidationWarnings validation = calendar.validate(ICalVersion.V2_0);
      List<Integer> codes = validation.getWarnings().stream()
          .flatMap(group -> group.getWarnings().stream())
          .map(ValidationWarning::getCode).toList();
      if (calendar.getEvents().isEmpty()) {
        assertThat(codes).as("biweekly's validation: %s", validation).containsOnly(4);
      } else {
        assertThat(codes).as("biweekly's validation: %s", validation).isEmpty();
      }
      return calendar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

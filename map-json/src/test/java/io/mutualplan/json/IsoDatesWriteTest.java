package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates written digit by digit, without a string each, are the text {@code toString()} gives. */
class IsoDatesWriteTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  /** The JSON text {@link IsoDates#write} makes of a date, as the only value of a document. */
  private static String written(LocalDate date) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      IsoDates.write(gen, date);
    }
    return out.toString();
  }

  private static String quoted(String text) {
    return '"' + text + '"';
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "0009-09-09", "0099-10-10", "0999-12-31", "1970-01-01",
      "2000-02-29", "2027-03-01", "9999-12-31"})
  void writesTheIsoTextOfADateInTheFormatsYears(String iso) throws IOException {
    LocalDate date = LocalDate.parse(iso);

    assertThat(date.toString()).isEqualTo(iso);
    assertThat(written(date)).isEqualTo(quoted(iso));
  }

  @Test
  void writesDatesOutsideYearsOneTo9999AsToStringGivesThem() throws IOException {
    LocalDate[] outside = {LocalDate.of(0, 12, 31), LocalDate.of(-1, 1, 1),
        LocalDate.of(10_000, 1, 1), LocalDate.of(123_456, 7, 8), LocalDate.MIN, LocalDate.MAX};

    for (LocalDate date : outside) {
      assertThat(written(date)).as(date.toString()).isEqualTo(quoted(date.toString()));
    }
    assertThat(written(LocalDate.of(0, 12, 31))).isEqualTo("\"0000-12-31\"");
    assertThat(written(LocalDate.of(10_000, 1, 1))).isEqualTo("\"+10000-01-01\"");
  }

  @Test
  void writesDatesAsValuesOfAnObject() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.writeStartObject();
      gen.writeFieldName("due");
      IsoDates.write(gen, LocalDate.of(2027, 1, 22));
      gen.writeFieldName("baselineDue");
      IsoDates.write(gen, LocalDate.of(2026, 12, 18));
      gen.writeEndObject();
    }

    assertThat(out).hasToString("{\"due\":\"2027-01-22\",\"baselineDue\":\"2026-12-18\"}");
  }

  /**
   * Invariant: for every date from 0001-01-01 to 9999-12-31, {@link IsoDates#write} writes the
   * JSON string of exactly {@link LocalDate#toString()}. Checked on many seeded random days of the
   * whole range, plus the first and last day of every month of a few hundred random years (where
   * carries between digits would show). A failure names the seed that replays it.
   */
  @Test
  void agreesWithToStringOnRandomDatesOfTheFormatsRange() throws IOException {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int n = 0; n < 100; n++) {
        LocalDate date = LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY + 1));
        assertThat(written(date)).as("seed %d, date %s", seed, date)
            .isEqualTo(quoted(date.toString()));
      }
      int year = 1 + random.nextInt(9999);
      for (int month = 1; month <= 12; month++) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        assertThat(written(first)).as("seed %d, date %s", seed, first)
            .isEqualTo(quoted(first.toString()));
        assertThat(written(last)).as("seed %d, date %s", seed, last)
            .isEqualTo(quoted(last.toString()));
      }
    }
  }
}

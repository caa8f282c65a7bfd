package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.json.MapJson;
import io.mutualplan.json.DocumentReadException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of map-json's plan and forecast documents over the testkit's generated plans and
 * documents.
 */
class JsonPropertiesTest {
  private static final MapJson JSON = MapJson.standard();
  private static final MapJson PRETTY = MapJson.standard().pretty();
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(MapJson.planSchemaText());

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 12).trickyText(0.1);
  }

  /**
   * Invariant: reading what was written gives the same plan, and writing it again gives the same
   * bytes (canonical output is a fixed point), compact and pretty.
   */
  @PlanProperty(cases = 500, generator = "plans")
  void readingWhatWasWrittenGivesTheSamePlanAndTheSameBytes(MutualActionPlan plan) {
    String text = JSON.plans().write(plan);
    MutualActionPlan read = JSON.plans().read(text);
    assertThat(read).isEqualTo(plan);
    assertThat(JSON.plans().write(read)).isEqualTo(text);
    assertThat(JSON.plans().writeBytes(plan)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    String pretty = PRETTY.plans().write(plan);
    assertThat(PRETTY.plans().read(pretty)).isEqualTo(plan);
    assertThat(PRETTY.plans().write(PRETTY.plans().read(pretty))).isEqualTo(pretty);
  }

  /** Plans with estimates on most milestones, so that their forecasts vary. */
  static PlanGenerator estimatedPlans() {
    return PlanGenerators.validPlans().milestones(0, 12).estimates(0.7).trickyText(0.1);
  }

  /**
   * Invariant: a plan's forecast, written as a forecast document, reads back to an equal forecast,
   * and writing that gives the same bytes (canonical output is a fixed point), compact and pretty,
   * whatever the trials, seed and distribution.
   */
  @PlanProperty(cases = 200, generator = "estimatedPlans")
  void aWrittenForecastReadsBackEqualAndWritesTheSameBytes(
      MutualActionPlan plan, RandomGenerator random) {
    LocalDate asOf = ValidPlanGenerator.DEFAULT_ANCHOR.plusDays(random.nextInt(-30, 61));
    ForecastSettings settings = ForecastSettings.builder()
        .trials(random.nextInt(1, 1_500))
        .seed(random.nextLong())
        .distribution(random.nextBoolean() ? Distribution.TRIANGULAR : Distribution.PERT)
        .build();
    Forecast forecast = Forecaster.forecast(plan, asOf, settings);

    for (MapJson json : new MapJson[] {JSON, PRETTY}) {
      String text = json.forecasts().write(forecast);
      Forecast read = json.forecasts().read(text);
      assertThat(read).isEqualTo(forecast);
      assertThat(json.forecasts().write(read)).isEqualTo(text);
    }
  }

  /** Invariant: every generated plan's document is valid against the published JSON Schema. */
  @PlanProperty(cases = 300, generator = "plans")
  void everyWrittenPlanIsValidAgainstTheSchema(MutualActionPlan plan) {
    assertThat(SCHEMA.validate(JSON.plans().write(plan), InputFormat.JSON)).isEmpty();
  }

  @Test
  void everyExamplePlanIsValidAgainstTheSchemaAndReadsBackToItsCanonicalForm() {
    for (String name : Fixtures.names()) {
      MutualActionPlan plan = Fixtures.plan(name);
      assertThat(SCHEMA.validate(Fixtures.json(name), InputFormat.JSON)).as(name).isEmpty();
      assertThat(JSON.plans().read(JSON.plans().write(plan))).as(name).isEqualTo(plan);
    }
  }

  /**
   * Invariant: every malformed document, read from bytes or from text, ends in a
   * DocumentReadException with at least one problem, never another exception; for the lenient
   * reader too, except that damage to the text of a field's name (not to its bytes) makes it an
   * unknown field, which a lenient reader ignores by design. Bytes that are not UTF-8 are rejected
   * wherever they are, by both readers.
   */
  @ParameterizedTest
  @EnumSource(Malformation.class)
  void everyMalformedDocumentIsRejectedWithADocumentReadException(Malformation malformation) {
    MalformedDocumentGenerator generator =
        PlanGenerators.malformedDocuments().malformations(malformation);
    SplittableRandom random = new SplittableRandom(malformation.ordinal() * 1000L);
    for (int i = 0; i < 150; i++) {
      MalformedDocument document = generator.document(random);
      assertThat(document.malformation()).isEqualTo(malformation);
      for (MapJson reader : new MapJson[] {JSON, JSON.lenient()}) {
        if (reader.isLenient() && malformation != Malformation.INVALID_UTF8
            && damagesAKey(document)) {
          continue;
        }
        Throwable fromBytes = catchThrowable(() -> reader.plans().read(document.bytes()));
        assertThat(fromBytes).as("%s", document).isInstanceOf(DocumentReadException.class);
        assertThat(((DocumentReadException) fromBytes).problems()).isNotEmpty();
        if (malformation != Malformation.INVALID_UTF8) {
          assertThat(catchThrowable(() -> reader.plans().read(document.text())))
              .as("%s", document).isInstanceOf(DocumentReadException.class);
        }
      }
    }
  }

  /** Whether the insertion at "character N" of the description falls inside an object key. */
  private static boolean damagesAKey(MalformedDocument document) {
    String description = document.description();
    int marker = description.lastIndexOf("at character ");
    if (marker < 0 || !description.contains("in a string")) {
      return false;
    }
    int at = Integer.parseInt(description.substring(marker + "at character ".length()));
    // The text before the insertion is the plan as written, cut inside a string. The parser runs
    // out of text in a value's string while reading its text, and in a key while looking for the
    // next token of an object.
    boolean inValue = false;
    try (JsonParser parser = new JsonFactory().createParser(document.text().substring(0, at))) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
          inValue = true;
          parser.getText();
          inValue = false;
        }
      }
      return false;
    } catch (JsonProcessingException e) {
      return !inValue && e.getProcessor() instanceof JsonParser parser
          && parser.getParsingContext().inObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Invariant: a malformed document is a plan with exactly the damage its description names:
   * taking out what was inserted or appended gives back a plan the strict reader reads; an
   * insertion into a string is never after a backslash, inside a {@code \\uXXXX} escape or
   * between the halves of a surrogate pair; a value is swapped for one of another type; a huge
   * number is in the document as described; a truncated document has the length it says.
   */
  @ParameterizedTest
  @EnumSource(value = Malformation.class, names = {"INVALID_UTF8", "UNPAIRED_SURROGATE",
      "BAD_ESCAPE", "TRAILING_CONTENT", "TOO_DEEP", "SWAPPED_TYPE", "HUGE_NUMBER", "TRUNCATED"})
  void aMalformedDocumentHasExactlyTheDamageItsDescriptionNames(Malformation malformation) {
    MalformedDocumentGenerator generator =
        PlanGenerators.malformedDocuments().malformations(malformation);
    SplittableRandom random = new SplittableRandom(malformation.ordinal() * 31L);
    for (int i = 0; i < 100; i++) {
      MalformedDocument document = generator.document(random);
      String description = document.description();
      String text = document.text();
      switch (malformation) {
        case INVALID_UTF8 -> {
          Matcher m = matching(
              "inserted the bytes ([0-9A-F ]+) in a string at character (\\d+)", description);
          byte[] bad = HexFormat.ofDelimiter(" ").parseHex(m.group(1));
          byte[] bytes = document.bytes();
          int at = insertedAt(bytes, bad, Integer.parseInt(m.group(2)));
          assertThat(at).as(description).isNotNegative();
          byte[] without = new byte[bytes.length - bad.length];
          System.arraycopy(bytes, 0, without, 0, at);
          System.arraycopy(bytes, at + bad.length, without, at, without.length - at);
          assertReadable(new String(without, StandardCharsets.UTF_8), description);
        }
        case UNPAIRED_SURROGATE, BAD_ESCAPE -> {
          Matcher m = matching("(?s)inserted (.+) in a string at character (\\d+)", description);
          String inserted = m.group(1).replace("a raw line break", "\n")
              .replace("a raw tab", "\t").replace("a raw U+0001", "\u0001");
          int at = Integer.parseInt(m.group(2));
          assertThat(text.substring(at)).as(description).startsWith(inserted);
          assertReadable(text.substring(0, at) + text.substring(at + inserted.length()),
              description);
          String before = text.substring(0, at);
          Matcher backslashes = Pattern.compile("\\\\*$").matcher(before);
          assertThat(backslashes.find() && backslashes.group().length() % 2 == 0)
              .as("not escaped: %s", description).isTrue();
          Matcher unicode = Pattern.compile("(\\\\+)u[0-9A-Fa-f]{0,3}$").matcher(before);
          assertThat(unicode.find() && unicode.group(1).length() % 2 == 1)
              .as("not inside \\uXXXX: %s", description).isFalse();
          assertThat(Character.isLowSurrogate(text.charAt(at + inserted.length())))
              .as("not inside a surrogate pair: %s", description).isFalse();
        }
        case TRAILING_CONTENT -> {
          String trailer = matching("appended '(.+)'", description).group(1);
          assertThat(text).endsWith(trailer);
          assertReadable(text.substring(0, text.length() - trailer.length()), description);
        }
        case TOO_DEEP -> {
          int depth = Integer.parseInt(
              matching("added a field nested (\\d+) arrays deep", description).group(1));
          String deep = "\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + ",";
          assertThat(text).startsWith("{" + deep);
          assertReadable("{" + text.substring(1 + deep.length()), description);
        }
        case SWAPPED_TYPE -> {
          Matcher m = matching("(?s)replaced (\\w+) .+ by (.+)", description);
          String swapped = Map.of("string", "true", "number", "\"1\"", "boolean", "0",
              "object", "[]", "array", "{}", "null", "\"null\"").get(m.group(1));
          assertThat(m.group(2)).as(description).isEqualTo(swapped);
          assertThat(text).contains(swapped);
        }
        case HUGE_NUMBER -> {
          String huge = matching("(?s)replaced .+ by (.+)", description).group(1);
          if (huge.startsWith("a number of ")) {
            int length = Integer.parseInt(
                matching("a number of (\\d+) characters", huge).group(1));
            assertThat(Pattern.compile("-?[0-9]+").matcher(text).results()
                .map(r -> r.group().length())).as(description).contains(length);
            assertThat(length).isGreaterThan(100);
          } else {
            assertThat(huge).isIn("1e999999999", "-1e999999999", "1e400", "1e-999999999");
            assertThat(text).contains(huge);
          }
        }
        default -> {
          Matcher m = matching("truncated to (\\d+) of (\\d+) bytes", description);
          assertThat(document.bytes()).hasSize(Integer.parseInt(m.group(1)));
          assertThat(Integer.parseInt(m.group(1))).isLessThan(Integer.parseInt(m.group(2)));
        }
      }
    }
  }

  private static Matcher matching(String regex, String text) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.matches()).as("'%s' matches %s", text, regex).isTrue();
    return matcher;
  }

  /** Where {@code part} is in {@code bytes} after exactly {@code characters} characters. */
  private static int insertedAt(byte[] bytes, byte[] part, int characters) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)
          && new String(bytes, 0, i, StandardCharsets.UTF_8).length() == characters) {
        return i;
      }
    }
    return -1;
  }

  private static void assertReadable(String json, String description) {
    assertThat(catchThrowable(() -> JSON.plans().read(json))).as(description).isNull();
  }

  @Test
  void malformedDocumentsAreReproducibleAndCoverEveryMalformation() {
    Set<Malformation> seen = EnumSet.noneOf(Malformation.class);
    SplittableRandom first = new SplittableRandom(3);
    SplittableRandom second = new SplittableRandom(3);
    for (int i = 0; i < 300; i++) {
      MalformedDocument document = PlanGenerators.malformedDocuments().document(first);
      assertThat(PlanGenerators.malformedDocuments().document(second)).isEqualTo(document);
      assertThat(document.description()).isNotBlank();
      seen.add(document.malformation());
    }
    assertThat(seen).containsExactlyInAnyOrder(Malformation.values());
  }
}

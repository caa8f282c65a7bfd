package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.json.PlanFormatException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties of map-json's plan documents over the testkit's generated plans and documents. */
class JsonPropertiesTest {
  private static final MapJson JSON = MapJson.standard();
  private static final MapJson PRETTY = MapJson.standard().pretty();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in = MapJson.planSchema().openStream()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 12).trickyText(0.1);
  }

  /**
   * Invariant: reading what was written gives the same plan, and writing it again gives the same
   * bytes (canonical output is a fixed point), compact and pretty.
   */
  @PlanProperty(cases = 500, generator = "plans")
  void readingWhatWasWrittenGivesTheSamePlanAndTheSameBytes(MutualActionPlan plan) {
    String text = JSON.writePlan(plan);
    MutualActionPlan read = JSON.readPlan(text);
    assertThat(read).isEqualTo(plan);
    assertThat(JSON.writePlan(read)).isEqualTo(text);
    assertThat(JSON.writePlanBytes(plan)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    String pretty = PRETTY.writePlan(plan);
    assertThat(PRETTY.readPlan(pretty)).isEqualTo(plan);
    assertThat(PRETTY.writePlan(PRETTY.readPlan(pretty))).isEqualTo(pretty);
  }

  /** Invariant: every generated plan's document is valid against the published JSON Schema. */
  @PlanProperty(cases = 300, generator = "plans")
  void everyWrittenPlanIsValidAgainstTheSchema(MutualActionPlan plan) throws Exception {
    JsonNode document = MAPPER.readTree(JSON.writePlan(plan));
    Set<ValidationMessage> errors = SCHEMA.validate(document);
    assertThat(errors).isEmpty();
  }

  @Test
  void everyExamplePlanIsValidAgainstTheSchemaAndReadsBackToItsCanonicalForm() throws Exception {
    for (String name : Fixtures.names()) {
      MutualActionPlan plan = Fixtures.plan(name);
      assertThat(SCHEMA.validate(MAPPER.readTree(Fixtures.json(name)))).as(name).isEmpty();
      assertThat(JSON.readPlan(JSON.writePlan(plan))).as(name).isEqualTo(plan);
    }
  }

  /**
   * Invariant: every malformed document, read from bytes or from text, ends in a
   * PlanFormatException with at least one problem, never another exception; for the lenient
   * reader too, except that damage to the text of a field's name (not to its bytes) makes it an
   * unknown field, which a lenient reader ignores by design. Bytes that are not UTF-8 are rejected
   * wherever they are, by both readers.
   */
  @ParameterizedTest
  @EnumSource(Malformation.class)
  void everyMalformedDocumentIsRejectedWithAPlanFormatException(Malformation malformation) {
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
        Throwable fromBytes = catchThrowable(() -> reader.readPlan(document.bytes()));
        assertThat(fromBytes).as("%s", document).isInstanceOf(PlanFormatException.class);
        assertThat(((PlanFormatException) fromBytes).problems()).isNotEmpty();
        if (malformation != Malformation.INVALID_UTF8) {
          assertThat(catchThrowable(() -> reader.readPlan(document.text())))
              .as("%s", document).isInstanceOf(PlanFormatException.class);
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
    return io.mutualplan.testkit.internal.JsonSpans.of(document.text()).keys().stream()
        .anyMatch(key -> key.start() < at && at < key.end());
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

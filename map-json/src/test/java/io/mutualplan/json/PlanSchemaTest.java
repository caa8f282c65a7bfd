package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema shipped in the jar accepts every example and every generated plan, compact and
 * pretty, and rejects documents of the wrong shape. Checked with networknt's validator, draft
 * 2020-12.
 */
class PlanSchemaTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(MapJson.planSchemaText());

  private static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void isADraft202012SchemaInTheJar() throws IOException {
    JsonNode schema = TREES.readTree(MapJson.planSchemaText());

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(MapJson.planSchema().toString()).endsWith(
        "io/mutualplan/json/mutual-action-plan-1.schema.json");
  }

  /**
   * Each object of the schema names the fields its reader knows (the enums of {@link PlanFields}),
   * in the same order: a field added to the reader and not to the schema, or the other way round,
   * fails here rather than in a user's validator.
   */
  @Test
  void namesEveryFieldTheReaderKnowsAndNoOther() throws IOException {
    JsonNode schema = TREES.readTree(MapJson.planSchemaText());
    JsonNode defs = schema.get("$defs");

    assertSameFields("the plan", schema, PlanFields.PLAN, PlanFields.PlanField.values());
    assertSameFields("organization", defs.get("organization"), PlanFields.ORGANIZATION,
        PlanFields.OrganizationField.values());
    assertSameFields("outcome", defs.get("outcome"), PlanFields.OUTCOME,
        PlanFields.OutcomeField.values());
    assertSameFields("calendar", defs.get("calendar"), PlanFields.CALENDAR,
        PlanFields.CalendarField.values());
    assertSameFields("money", defs.get("money"), PlanFields.MONEY,
        PlanFields.MoneyField.values());
    assertSameFields("stakeholder", defs.get("stakeholder"), PlanFields.STAKEHOLDER,
        PlanFields.StakeholderField.values());
    assertSameFields("milestone", defs.get("milestone"), PlanFields.MILESTONE,
        PlanFields.MilestoneField.values());
    assertSameFields("estimate", defs.get("estimate"), PlanFields.ESTIMATE,
        PlanFields.EstimateField.values());
    // A dependency is an id or an object; the object is the second choice.
    assertSameFields("dependency", defs.get("dependency").get("anyOf").get(1),
        PlanFields.DEPENDENCY, PlanFields.DependencyField.values());
    assertSameFields("revision", defs.get("revision"), PlanFields.REVISION,
        PlanFields.RevisionField.values());
    assertSameFields("signOff", defs.get("signOff"), PlanFields.SIGN_OFF,
        PlanFields.SignOffField.values());
  }

  private static <F extends Enum<F>> void assertSameFields(
      String object, JsonNode schema, Fields<F> fields, F[] values) {
    assertThat(fieldNames(schema.get("properties")))
        .as("the properties of %s in mutual-action-plan-1.schema.json, against the fields"
            + " PlanFields gives its reader", object)
        .isEqualTo(names(fields, values));
  }

  /** The names of an object's fields, in their order. */
  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      names.add(field.getKey());
    }
    return names;
  }

  /** The JSON names of the given fields, in their order. */
  static <F extends Enum<F>> List<String> names(Fields<F> fields, F[] values) {
    List<String> names = new ArrayList<>();
    for (F field : values) {
      names.add(fields.name(field));
    }
    return names;
  }

  static java.util.List<Path> examples() throws IOException {
    return ExamplePlansTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void acceptsEveryExample(Path example) throws IOException {
    assertThat(validate(Files.readString(example))).isEmpty();
  }

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5C4E_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsEveryGeneratedPlan(long seed) {
    String json = MapJson.standard().plans().write(RandomPlans.plan(seed, 10));

    assertThat(validate(json)).as("seed %d: %s", seed, json).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"roles\": [\"ceo\"]",
      "\"side\": \"both\"",
      "\"id\": \"bad id\"",
      "\"email\": 5"})
  void rejectsAStakeholderOfTheWrongShape(String change) {
    String stakeholder = "{ \"id\": \"s\", \"name\": \"Ann\", \"side\": \"buyer\" }";
    String key = change.substring(0, change.indexOf(':'));
    String changed = stakeholder.contains(key)
        ? stakeholder.replaceFirst(key + ": \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(change))
        : stakeholder.replace(" }", ", " + change + " }");
    String json = Documents.planWithMilestones("").replace(
        "{ \"id\": \"sarah\", \"name\": \"Sarah Chen\", \"side\": \"buyer\" }", changed);

    assertThat(validate(json)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{ \"id\": \"a\" }",
      "{ \"id\": \"a\", \"title\": \"A\", \"status\": \"complete\" }",
      "{ \"id\": \"a\", \"title\": \"A\", \"completed\": \"2026-11-20\" }",
      "{ \"id\": \"a\", \"title\": \"A\", \"due\": \"2027-3-1\" }",
      "{ \"id\": \"a\", \"title\": \"A\", \"durationDays\": -1 }",
      "{ \"id\": \"a\", \"title\": \"A\", \"kind\": \"demos\" }",
      "{ \"id\": \"a\", \"title\": \"A\", \"dependsOn\": [{ \"type\": \"start-to-start\" }] }",
      "{ \"id\": \"a\", \"title\": \"A\", \"titel\": \"A\" }"})
  void rejectsAMilestoneOfTheWrongShape(String milestone) {
    assertThat(validate(Documents.planWithMilestones(milestone))).isNotEmpty();
  }

  @Test
  void rejectsAnotherFormat() {
    String json = Documents.planWithMilestones("").replace("mutual-action-plan/1", "mutual-action-plan/2");

    assertThat(validate(json)).isNotEmpty();
  }
}

package io.mutualplan.json;

import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schedule and quality report documents of cli.md are written exactly as shown there and read
 * back to equal values; the rule configuration document reads with the same error quality as a
 * plan.
 */
class ScheduleAndReportDocumentsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  private static MutualActionPlan acme() {
    return MapJson.standard().plans().read(Examples.named("acme-go-live"));
  }

  @Test
  void writesTheScheduleWithTheFieldsOfCliMdInOrder() {
    Schedule schedule = Scheduler.schedule(acme(), AS_OF);

    String json = MapJson.standard().schedules().write(schedule);

    assertThat(json).startsWith("{\"format\":\"mutual-action-plan-schedule/1\",\"planId\":"
        + "\"acme-2027\",\"asOf\":\"2026-11-22\",\"deadline\":\"");
    assertThat(json).contains(",\"slackDays\":", ",\"feasible\":", ",\"criticalPath\":[\"",
        "\"milestones\":[{\"id\":\"champion-alignment\",\"durationDays\":1,\"complete\":true,"
            + "\"earlyStart\":\"2026-11-20\",\"earlyFinish\":\"2026-11-20\",\"lateStart\":"
            + "\"2026-11-20\",\"lateFinish\":\"2026-11-20\",\"totalFloat\":null,\"freeFloat\":null,"
            + "\"critical\":false}");
  }

  @Test
  void writesNullForTheDeadlineOfAPlanWithoutAnOutcome() {
    MutualActionPlan plan = acme().withOutcome(java.util.Optional.empty());

    String json = MapJson.standard().schedules().write(Scheduler.schedule(plan, AS_OF));

    assertThat(json).contains("\"deadline\":null,", "\"slackDays\":0,");
  }

  static LongStream seeds() {
    return LongStream.range(0, 100).map(i -> 0x5C4ED_000L + i);
  }

  /** For generated plans without cycles, a written schedule reads back equal, compact or pretty. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsAWrittenScheduleBackToAnEqualSchedule(long seed) {
    Schedule schedule = Scheduler.schedule(RandomPlans.plan(seed, 10), AS_OF);

    for (MapJson json : List.of(MapJson.standard(), MapJson.standard().pretty())) {
      String text = json.schedules().write(schedule);
      assertThat(json.schedules().read(text)).as("seed %d", seed).isEqualTo(schedule);
      assertThat(json.schedules().write(json.schedules().read(text))).isEqualTo(text);
    }
  }

  @Test
  void writesTheReportWithTheFieldsOfCliMdInOrder() {
    QualityReport report = ENGINE.evaluate(acme(), AS_OF);

    String json = MapJson.standard().reports().write(report);

    assertThat(json).startsWith("{\"format\":\"mutual-action-plan-report/1\",\"planId\":"
        + "\"acme-2027\",\"asOf\":\"2026-11-22\",\"profile\":\"full\",\"score\":"
        + report.score() + ",\"verdict\":\"" + report.verdict().spelling() + "\",\"summary\":"
        + "{\"errors\":" + report.errors() + ",\"warnings\":" + report.warnings() + ",\"infos\":"
        + report.infos() + "},\"findings\":[");
    assertThat(MapJson.standard().reports().read(json)).isEqualTo(report);
  }

  @ParameterizedTest
  @MethodSource("io.mutualplan.json.ExamplePlansTest#examples")
  void readsTheReportOfEveryExampleBack(Path example) {
    QualityReport report = ENGINE.evaluate(MapJson.standard().plans().read(example), AS_OF);

    String json = MapJson.standard().pretty().reports().write(report);

    assertThat(MapJson.standard().reports().read(json)).isEqualTo(report);
    if (report.findings().stream().anyMatch(f -> f.path().isEmpty())) {
      assertThat(json).contains("\"path\": null");
    }
  }

  @Test
  void rejectsAReportWhoseVerdictDoesNotFollowFromItsFindings() {
    QualityReport report = ENGINE.evaluate(
        MapJson.standard().plans().read(Examples.named("close-plan-in-disguise")), AS_OF);
    String json = MapJson.standard().reports().write(report)
        .replace("\"verdict\":\"" + report.verdict().spelling() + "\"", "\"verdict\":\"ready\"");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().reports().read(json));

    assertThat(report.verdict().spelling()).isNotEqualTo("ready");
    assertProblem(e.problems().get(0)).hasPointer("/verdict")
        .hasMessageContaining("verdict 'ready' does not follow from the findings");
  }

  @Test
  void rejectsAReportWithProfileAuto() {
    String json = MapJson.standard().reports().write(ENGINE.evaluate(acme(), AS_OF))
        .replace("\"profile\":\"full\"", "\"profile\":\"auto\"");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().reports().read(json));

    assertProblem(e.problems().get(0)).hasPointer("/profile").isAt(1, 92)
        .hasMessage("profile is the one applied, full or lightweight, never auto");
  }

  @Test
  void rejectsDatesBeforeTheFirstDayAPlanCanHoldInASchedule() {
    String json = MapJson.standard().schedules().write(Scheduler.schedule(acme(), AS_OF))
        .replace("\"deadline\":\"2027-02-07\"", "\"deadline\":\"0000-02-07\"")
        .replace("\"earlyStart\":\"2026-11-20\"", "\"earlyStart\":\"0000-11-20\"");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().schedules().read(json));

    assertThat(e.problems()).extracting(DocumentProblem::pointer)
        .containsExactly("/deadline", "/milestones/0/earlyStart");
    assertProblem(e.problems().get(0)).isAt(Documents.spot(json, "\"0000-02-07\""))
        .hasMessage("deadline 0000-02-07 is out of range; dates are between 0001-01-01 and"
            + " 9999-12-31");
  }

  @Test
  void rejectsASlackBeyondAnyLongOrWithAFractionAtItsValue() {
    String written = MapJson.standard().schedules().write(Scheduler.schedule(acme(), AS_OF));

    for (String slack : List.of("99999999999999999999", "1.5")) {
      String json = written.replaceFirst("\"slackDays\":-?[0-9]+", "\"slackDays\":" + slack);

      DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
          () -> MapJson.standard().schedules().read(json));

      assertThat(e.problems()).hasSize(1);
      assertProblem(e.problems().get(0)).hasPointer("/slackDays")
          .isAt(Documents.spot(json, ":" + slack)[0], Documents.spot(json, ":" + slack)[1] + 1)
          .hasMessage(slack.contains(".") ? "slackDays must be a whole number; found 1.5"
              : "slackDays 99999999999999999999 is out of range");
    }
  }

  @Test
  void rejectsAnAsOfDateBeforeTheFirstDayAPlanCanHoldInAReport() {
    String json = MapJson.standard().reports().write(ENGINE.evaluate(acme(), AS_OF))
        .replace("\"asOf\":\"" + AS_OF + "\"", "\"asOf\":\"0000-11-22\"");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().reports().read(json));

    assertProblem(e.problems().get(0)).hasPointer("/asOf")
        .isAt(Documents.spot(json, "\"0000-11-22\""))
        .hasMessage("asOf 0000-11-22 is out of range; dates are between 0001-01-01 and 9999-12-31");
  }

  @Test
  void rejectsAScheduleOfAnotherFormatNamingTheOneItReads() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () ->
        MapJson.standard().schedules().read("{\"format\":\"mutual-action-plan-schedule/2\"}"));

    assertThat(e.getMessage()).isEqualTo("/format (line 1, column 11): format"
        + " 'mutual-action-plan-schedule/2' is not supported; this reader reads"
        + " mutual-action-plan-schedule/1");
  }

  @Test
  void rejectsAPlanGivenAsAScheduleSayingWhatItIs() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().schedules().read("{\"format\":\"mutual-action-plan/1\"}"));

    assertThat(e.getMessage()).isEqualTo("/format (line 1, column 11): this is a plan document"
        + " (format 'mutual-action-plan/1'), not a schedule document");
  }

  @Test
  void rejectsAPlanGivenAsARuleConfigurationInOneProblemSayingWhatItIs() throws Exception {
    String plan = Files.readString(Examples.named("acme-go-live"));

    for (MapJson json : List.of(MapJson.standard(), MapJson.standard().lenient())) {
      DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
          () -> json.ruleConfigurations().read(plan));

      assertThat(e.problems()).as(json.toString()).hasSize(1);
      assertProblem(e.problems().get(0)).hasPointer("/format")
          .isAt(Documents.spot(plan, "\"mutual-action-plan/1\""))
          .hasMessage("this is a plan document (format 'mutual-action-plan/1'), not a rule"
              + " configuration");
    }
  }

  @Test
  void readsAFormatFieldOfARuleConfigurationThatNamesNoDocumentOfMapAsAnUnknownField() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().ruleConfigurations().read("{\"format\":\"rules/1\"}"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).unknownField()).isTrue();
    assertThat(e.problems().get(0).message()).startsWith("unknown field 'format' in a rule"
        + " configuration");
  }

  @Test
  void readsARuleConfiguration() {
    RuleConfiguration configuration = MapJson.standard().ruleConfigurations().read("""
        {"rules": {"seller-share": {"enabled": true, "severity": "warning",
                                    "parameters": {"maxShare": 0.7, "vagueTerms": ["tbd"]}},
                   "post-sale-steps": {"enabled": false}}}""");

    assertThat(configuration.rules()).containsOnlyKeys("seller-share", "post-sale-steps");
    assertThat(configuration.rules().get("seller-share").severity()).contains(Severity.WARNING);
    assertThat(configuration.rules().get("seller-share").parameters())
        .containsEntry("maxShare", new BigDecimal("0.7"))
        .containsEntry("vagueTerms", List.of("tbd"));
    assertThat(configuration.rules().get("post-sale-steps").enabled()).contains(false);
    assertThat(MapJson.standard().ruleConfigurations().read(
        MapJson.standard().ruleConfigurations().write(configuration))).isEqualTo(configuration);
  }

  @Test
  void readsAndWritesAConfigurationsProfileThresholdAndEveryKindOfParameter() {
    String json = "{\"profile\":\"auto\",\"autoThreshold\":15000.5,\"rules\":{\"seller-share\":"
        + "{\"enabled\":true,\"severity\":\"warning\",\"parameters\":{\"maxShare\":0.7}},"
        + "\"vague-exit-criteria\":{\"parameters\":{\"vagueTerms\":[\"tbd\",\"asap\"]}},"
        + "\"custom\":{\"parameters\":{\"note\":\"as agreed\"}}}}";

    RuleConfiguration configuration = MapJson.standard().ruleConfigurations().read(json);

    assertThat(configuration.profile()).contains(Profile.AUTO);
    assertThat(configuration.autoThreshold()).contains(new BigDecimal("15000.5"));
    assertThat(configuration.rules().get("custom").parameters())
        .containsExactly(Map.entry("note", "as agreed"));
    assertThat(MapJson.standard().ruleConfigurations().write(configuration)).isEqualTo(json);
  }

  @Test
  void namesARulesSettingsAndAParameterOfTheWrongTypeInItsProblem() {
    String json = """
        {"rules": {"seller-share": 7,
                   "vague-exit-criteria": {"parameters": {"vagueTerms": true}}}}""";

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().ruleConfigurations().read(json));

    assertThat(e.problems()).hasSize(2);
    assertProblem(e.problems().get(0)).hasPointer("/rules/seller-share")
        .isAt(Documents.spot(json, "7"))
        .hasMessage("a rule's settings must be an object; found a whole number");
    assertProblem(e.problems().get(1)).hasPointer("/rules/vague-exit-criteria/parameters/vagueTerms")
        .isAt(Documents.spot(json, "true"))
        .hasMessage("parameter 'vagueTerms' must be a number, a text or a list of texts; found"
            + " true");
  }

  @Test
  void reportsEveryProblemOfARuleConfigurationWithItsPlace() {
    String json = """
        {"rules": {"seller-share": {"enabled": "yes", "severity": "fatal",
                                    "parameters": {"maxShare": {"value": 1}}},
                   "post-sale-steps": {"enable": false}}}""";

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().ruleConfigurations().read(json));

    assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly(
        "/rules/seller-share/enabled", "/rules/seller-share/severity",
        "/rules/seller-share/parameters/maxShare", "/rules/post-sale-steps/enable");
    assertProblem(e.problems().get(0)).isAt(Documents.spot(json, "\"yes\""))
        .hasMessage("enabled must be true or false; found a string");
    assertProblem(e.problems().get(1)).hasMessage("severity: 'fatal' is not a severity; expected"
        + " one of: error, warning, info");
    assertProblem(e.problems().get(3)).isAt(Documents.spot(json, "false"))
        .hasMessageContaining("unknown field 'enable' in a rule's settings; did you mean 'enabled'?");
  }

  @Test
  void givesARuleConfigurationReadToTheEngine() {
    MutualActionPlan closePlan = MapJson.standard().plans().read(Examples.named("close-plan-in-disguise"));
    QualityReport before = ENGINE.evaluate(closePlan, AS_OF);
    String rule = before.findings().get(0).ruleId();
    RuleConfiguration configuration = MapJson.standard().ruleConfigurations().read(
        "{\"rules\": {\"" + rule + "\": {\"enabled\": false}}}");

    QualityReport after = RuleEngine.builder().configure(configuration).build()
        .evaluate(closePlan, AS_OF);

    assertThat(before.findingsOf(rule)).isNotEmpty();
    assertThat(after.findingsOf(rule)).isEmpty();
  }
}

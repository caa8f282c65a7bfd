package io.mutualplan.json;

import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forecast document, {@code mutual-action-plan-forecast/1}: written with exactly the format's
 * fields in its order, fractions as the forecast rounds them, read back to an equal forecast, and
 * rejected with the place of each problem.
 */
class ForecastDocumentTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
  private static final JsonDocuments<Forecast> FORECASTS = MapJson.standard().forecasts();

  private static MutualActionPlan acme() {
    return MapJson.standard().plans().read(Examples.named("acme-go-live"));
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static MilestoneForecast line(String id, double criticality, String p50, String p80,
      OptionalDouble sensitivity) {
    return MilestoneForecast.builder().id(MilestoneId.of(id)).criticality(criticality)
        .finishP50(date(p50)).finishP80(date(p80)).sensitivity(sensitivity).build();
  }

  /** The format's example, with a line for each of its drivers. */
  private static Forecast example() {
    return Forecast.builder()
        .planId(PlanId.of("acme-2027"))
        .asOf(AS_OF)
        .trials(10_000)
        .seed(0)
        .distribution(Distribution.TRIANGULAR)
        .deterministic(false)
        .deadline(date("2027-02-07"))
        .finish(FinishDates.of(date("2027-01-12"), date("2027-01-19"), date("2027-01-27"),
            date("2027-02-02")))
        .onTimeTrials(9412)
        .probabilityOnTime(0.9412)
        .outcomeAtConfidence(OutcomeDates.of(date("2027-02-10"), date("2027-02-18"),
            date("2027-02-24")))
        .addDrivers(MilestoneId.of("legal"), MilestoneId.of("security-review"))
        .addMilestones(
            line("legal", 0.8123, "2027-01-08", "2027-01-14", OptionalDouble.of(0.7311)),
            line("security-review", 0.5, "2026-12-08", "2026-12-15", OptionalDouble.of(0.25)),
            line("signature", 1, "2027-01-19", "2027-01-27", OptionalDouble.empty()),
            line("champion-alignment", 0, "2026-11-20", "2026-11-20", OptionalDouble.empty()))
        .build();
  }

  private static final String EXAMPLE = "{\"format\":\"mutual-action-plan-forecast/1\","
      + "\"planId\":\"acme-2027\",\"asOf\":\"2026-11-22\",\"trials\":10000,\"seed\":0,"
      + "\"distribution\":\"triangular\",\"deterministic\":false,\"deadline\":\"2027-02-07\","
      + "\"finish\":{\"p10\":\"2027-01-12\",\"p50\":\"2027-01-19\",\"p80\":\"2027-01-27\","
      + "\"p90\":\"2027-02-02\"},\"onTimeTrials\":9412,\"probabilityOnTime\":0.9412,"
      + "\"outcomeAtConfidence\":{\"p50\":\"2027-02-10\",\"p80\":\"2027-02-18\","
      + "\"p90\":\"2027-02-24\"},\"drivers\":[\"legal\",\"security-review\"],\"milestones\":["
      + "{\"id\":\"legal\",\"criticality\":0.8123,\"finishP50\":\"2027-01-08\","
      + "\"finishP80\":\"2027-01-14\",\"sensitivity\":0.7311},"
      + "{\"id\":\"security-review\",\"criticality\":0.5,\"finishP50\":\"2026-12-08\","
      + "\"finishP80\":\"2026-12-15\",\"sensitivity\":0.25},"
      + "{\"id\":\"signature\",\"criticality\":1,\"finishP50\":\"2027-01-19\","
      + "\"finishP80\":\"2027-01-27\",\"sensitivity\":null},"
      + "{\"id\":\"champion-alignment\",\"criticality\":0,\"finishP50\":\"2026-11-20\","
      + "\"finishP80\":\"2026-11-20\",\"sensitivity\":null}]}";

  @Test
  void writesTheFormatsExampleWithEveryFieldInTheFormatsOrder() {
    assertThat(FORECASTS.write(example())).isEqualTo(EXAMPLE);
    assertThat(FORECASTS.read(EXAMPLE)).isEqualTo(example());
  }

  @Test
  void writesTheFieldsOfAComputedForecastInTheFormatsOrder() throws IOException {
    Forecast forecast = Forecaster.forecast(acme(), AS_OF,
        ForecastSettings.builder().trials(2_000).seed(7).build());

    String json = FORECASTS.write(forecast);

    assertThat(namesAtDepth(json, 1)).containsExactly("format", "planId", "asOf", "trials",
        "seed", "distribution", "deterministic", "deadline", "finish", "onTimeTrials",
        "probabilityOnTime", "outcomeAtConfidence", "drivers", "milestones");
    List<String> milestoneFields = namesAtDepth(json, 3);
    assertThat(milestoneFields.subList(0, 5))
        .containsExactly("id", "criticality", "finishP50", "finishP80", "sensitivity");
    assertThat(milestoneFields).hasSize(5 * forecast.milestones().size());
    assertThat(json).startsWith("{\"format\":\"mutual-action-plan-forecast/1\",\"planId\":"
        + "\"acme-2027\",\"asOf\":\"2026-11-22\",\"trials\":2000,\"seed\":7,\"distribution\":"
        + "\"triangular\",\"deterministic\":false,\"deadline\":\"2027-02-07\",\"finish\":"
        + "{\"p10\":\"");
    assertThat(FORECASTS.read(json)).isEqualTo(forecast);
  }

  /** The names of the fields of the objects at a depth (1: the document's own). */
  private static List<String> namesAtDepth(String json, int depth) throws IOException {
    List<String> names = new ArrayList<>();
    try (JsonParser parser = new ObjectMapper().createParser(json)) {
      int level = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          level++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          level--;
        } else if (token == JsonToken.FIELD_NAME && level == depth) {
          names.add(parser.currentName());
        }
      }
    }
    return names;
  }

  @Test
  void writesNullForWhatAPlanWithoutAnOutcomeOrMilestonesDoesNotHave() {
    MutualActionPlan noOutcome = acme().withOutcome(Optional.empty());
    MutualActionPlan empty = noOutcome.withMilestones(List.of());
    ForecastSettings settings = ForecastSettings.builder().trials(500).build();

    String withoutOutcome = FORECASTS.write(Forecaster.forecast(noOutcome, AS_OF, settings));
    String withoutMilestones = FORECASTS.write(Forecaster.forecast(empty, AS_OF, settings));

    assertThat(withoutOutcome).contains("\"deadline\":null,\"finish\":{",
        "\"onTimeTrials\":null,\"probabilityOnTime\":null,\"outcomeAtConfidence\":null,");
    assertThat(withoutMilestones).contains("\"deterministic\":true,\"deadline\":null,"
        + "\"finish\":null,\"onTimeTrials\":null,\"probabilityOnTime\":null,"
        + "\"outcomeAtConfidence\":null,\"drivers\":[],\"milestones\":[]}");
    assertThat(FORECASTS.read(withoutOutcome))
        .isEqualTo(Forecaster.forecast(noOutcome, AS_OF, settings));
    assertThat(FORECASTS.read(withoutMilestones))
        .isEqualTo(Forecaster.forecast(empty, AS_OF, settings));
  }

  /**
   * Every fraction a forecast can hold, 0 to 1 in steps of 0.0001, and every correlation, -1 to 1,
   * is written as its decimal with trailing zeros dropped and reads back as the same double.
   */
  @Test
  void everyFourPlaceFractionAndCorrelationIsWrittenAsItsDecimalAndReadsBackTheSame() {
    Forecast.Builder builder = Forecast.builder().planId(PlanId.of("fractions")).asOf(AS_OF)
        .trials(10_000).seed(0).distribution(Distribution.PERT).deterministic(false)
        .finish(FinishDates.of(AS_OF, AS_OF, AS_OF, AS_OF));
    for (int k = 0; k <= 10_000; k++) {
      builder.addMilestones(line("m" + k, rounded(k, 10_000), "2026-11-22", "2026-11-22",
          OptionalDouble.of(rounded(2 * k - 10_000, 10_000))));
    }
    Forecast forecast = builder.build();

    String json = FORECASTS.write(forecast);

    assertThat(FORECASTS.read(json)).isEqualTo(forecast);
    assertThat(json).contains("{\"id\":\"m0\",\"criticality\":0,", "\"sensitivity\":-1}",
        "{\"id\":\"m1\",\"criticality\":0.0001,", "\"sensitivity\":-0.9998}",
        "{\"id\":\"m1230\",\"criticality\":0.123,", "\"sensitivity\":-0.754}",
        "{\"id\":\"m5000\",\"criticality\":0.5,", "\"sensitivity\":0}",
        "{\"id\":\"m10000\",\"criticality\":1,", "\"sensitivity\":1}");
    assertThat(json).doesNotContain("E-", "E+", "e-", ".0,", ".0}");
  }

  /** The double the forecast holds for {@code count / total}: the nearest to its 4-place decimal. */
  private static double rounded(long count, long total) {
    return BigDecimal.valueOf(count)
        .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN).doubleValue();
  }

  @Test
  void readsFractionsWrittenAnotherWayToTheSameValues() {
    String other = EXAMPLE.replace("\"probabilityOnTime\":0.9412", "\"probabilityOnTime\":9.412E-1")
        .replace("\"criticality\":1,", "\"criticality\":1.0000,")
        .replace("\"criticality\":0,", "\"criticality\":-0.0,");

    assertThat(FORECASTS.read(other)).isEqualTo(example());
    assertThat(FORECASTS.write(FORECASTS.read(other))).isEqualTo(EXAMPLE);
  }

  static LongStream seeds() {
    return LongStream.range(0, 60).map(i -> 0xF0CA57_000L + i);
  }

  /**
   * For generated plans with estimates, a written forecast reads back equal, and writing it again
   * gives the same text, compact or pretty.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsAWrittenForecastOfAGeneratedPlanBackToAnEqualForecast(long seed) {
    ForecastSettings settings = ForecastSettings.builder().trials(300).seed(seed)
        .distribution(seed % 2 == 0 ? Distribution.TRIANGULAR : Distribution.PERT).build();
    Forecast forecast = Forecaster.forecast(RandomPlans.plan(seed, 10), AS_OF, settings);

    for (MapJson json : List.of(MapJson.standard(), MapJson.standard().pretty())) {
      String text = json.forecasts().write(forecast);
      assertThat(json.forecasts().read(text)).as("seed %d", seed).isEqualTo(forecast);
      assertThat(json.forecasts().write(json.forecasts().read(text))).isEqualTo(text);
    }
  }

  @Test
  void readsAndWritesForecastsThroughJacksonToo() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new MapJsonModule());

    assertThat(mapper.writeValueAsString(example())).isEqualTo(EXAMPLE);
    assertThat(mapper.readValue(EXAMPLE, Forecast.class)).isEqualTo(example());
  }

  // ---- rejections -------------------------------------------------------------------------------

  private static final String PRETTY = MapJson.standard().pretty().forecasts().write(example());

  private static List<DocumentProblem> problemsOf(String json) {
    return Documents.problemsOf(FORECASTS, json);
  }

  private static DocumentProblem onlyProblemOf(String json) {
    return Documents.onlyProblemOf(FORECASTS, json);
  }

  @Test
  void rejectsAProbabilityThatDoesNotFollowFromTheTrialsOnTime() {
    String json = PRETTY.replace("\"probabilityOnTime\": 0.9412", "\"probabilityOnTime\": 0.95");

    assertProblem(onlyProblemOf(json)).hasPointer("/probabilityOnTime")
        .isAt(Documents.spot(json, "0.95"))
        .hasMessage("probabilityOnTime 0.95 does not follow from onTimeTrials and trials: 9412"
            + " of 10000 trials is 0.9412");
  }

  @Test
  void acceptsTrialsFromOneToAMillion() {
    String one = PRETTY.replace("\"trials\": 10000", "\"trials\": 1")
        .replace("\"onTimeTrials\": 9412", "\"onTimeTrials\": 1")
        .replace("\"probabilityOnTime\": 0.9412", "\"probabilityOnTime\": 1");
    String million = PRETTY.replace("\"trials\": 10000", "\"trials\": 1000000")
        .replace("\"probabilityOnTime\": 0.9412", "\"probabilityOnTime\": 0.0094");

    assertThat(FORECASTS.read(one).trials()).isEqualTo(1);
    assertThat(FORECASTS.read(million).trials()).isEqualTo(1_000_000);
  }

  @Test
  void rejectsMoreTrialsOnTimeThanTrialsAtTheTrialsOnTime() {
    String json = PRETTY.replace("\"onTimeTrials\": 9412", "\"onTimeTrials\": 10001");

    assertProblem(onlyProblemOf(json)).hasPointer("/onTimeTrials")
        .isAt(Documents.spot(json, "10001"))
        .hasMessage("onTimeTrials 10001 is out of range; it counts trials, from 0 to the 10000"
            + " that ran");
  }

  @Test
  void rejectsOnTimeFiguresMissingWithADeadline() {
    String json = PRETTY.replace("\"onTimeTrials\": 9412", "\"onTimeTrials\": null")
        .replace("\"probabilityOnTime\": 0.9412", "\"probabilityOnTime\": null");

    assertThat(problemsOf(json)).extracting(DocumentProblem::pointer, DocumentProblem::message)
        .containsExactly(
            tuple("/onTimeTrials", "onTimeTrials is missing; a forecast of a plan with a deadline"
                + " gives it"),
            tuple("/probabilityOnTime", "probabilityOnTime is missing; a forecast of a plan with"
                + " a deadline gives it"));
  }

  @Test
  void rejectsFinishDatesMissingForMilestonesOrGivenWithoutThem() {
    String missing = EXAMPLE.replaceFirst("\"finish\":\\{[^}]*\\}", "\"finish\":null");
    String withoutMilestones = EXAMPLE.substring(0, EXAMPLE.indexOf("\"drivers\":"))
        + "\"drivers\":[],\"milestones\":[]}";

    assertProblem(onlyProblemOf(missing)).hasPointer("/finish")
        .hasMessage("finish is missing; it is null only for a plan without milestones");
    assertProblem(onlyProblemOf(withoutMilestones)).hasPointer("/finish")
        .isAt(1, withoutMilestones.indexOf("{\"p10\"") + 1)
        .hasMessage("finish is given for a plan without milestones; it is null");
  }

  @Test
  void rejectsADriverWhoseSensitivityIsZero() {
    String json = PRETTY.replace("\"sensitivity\": 0.7311", "\"sensitivity\": 0");

    assertProblem(onlyProblemOf(json)).hasPointer("/drivers/0")
        .isAt(Documents.spot(json, "\"legal\""))
        .hasMessageContaining("driver 'legal' does not move the finish: a driver's sensitivity is"
            + " positive");
  }

  @Test
  void rejectsAFractionWithMoreThanFourDecimalPlacesAtIt() {
    String json = PRETTY.replace("0.8123", "0.81234");

    assertProblem(onlyProblemOf(json)).hasPointer("/milestones/0/criticality")
        .isAt(Documents.spot(json, "0.81234"))
        .hasMessage("criticality 0.81234 has more than 4 decimal places; it is written rounded"
            + " to 4");
  }

  @Test
  void rejectsFractionsAndCorrelationsOutOfTheirRanges() {
    String json = PRETTY.replace("\"criticality\": 0.8123", "\"criticality\": 1.5")
        .replace("\"sensitivity\": 0.7311", "\"sensitivity\": -1.0001")
        .replace("\"probabilityOnTime\": 0.9412", "\"probabilityOnTime\": \"94%\"");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer).containsExactly(
        "/probabilityOnTime", "/milestones/0/criticality", "/milestones/0/sensitivity");
    assertProblem(problems.get(0)).isAt(Documents.spot(json, "\"94%\""))
        .hasMessage("probabilityOnTime must be a number; found a string");
    assertProblem(problems.get(1)).isAt(Documents.spot(json, "1.5"))
        .hasMessage("criticality 1.5 is out of range; it must be between 0 and 1");
    assertProblem(problems.get(2)).isAt(Documents.spot(json, "-1.0001"))
        .hasMessage("sensitivity -1.0001 is out of range; it must be between -1 and 1");
  }

  @Test
  void rejectsFractionsWhoseExponentsAreBeyondWhatJavaHolds() {
    String json = PRETTY.replace("\"criticality\": 0.8123", "\"criticality\": 1e99999999999")
        .replace("\"sensitivity\": 0.7311", "\"sensitivity\": 7e-99999999999");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer).containsExactly(
        "/milestones/0/criticality", "/milestones/0/sensitivity");
    assertProblem(problems.get(0)).isAt(Documents.spot(json, "1e99999999999"))
        .hasMessage("criticality 1e99999999999 is out of range; it must be between 0 and 1");
    assertProblem(problems.get(1)).isAt(Documents.spot(json, "7e-99999999999"))
        .hasMessage("sensitivity 7e-99999999999 has more than 4 decimal places; it is written"
            + " rounded to 4");
  }

  @Test
  void rejectsTrialsOutOfRangeAndAnUnknownDistribution() {
    String json = PRETTY.replace("\"trials\": 10000", "\"trials\": 0")
        .replace("\"triangular\"", "\"normal\"");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).hasSize(2);
    int[] trials = Documents.spot(json, "\"trials\"");
    assertProblem(problems.get(0)).hasPointer("/trials").isAt(trials[0], trials[1] + 10)
        .hasMessage("trials 0 is out of range; it must be between 1 and 1000000 trials");
    assertProblem(problems.get(1)).hasPointer("/distribution")
        .isAt(Documents.spot(json, "\"normal\""))
        .hasMessage("distribution: 'normal' is not a distribution; expected triangular or pert");
  }

  @Test
  void rejectsOnTimeFiguresWithoutADeadline() {
    String json = PRETTY.replace("\"deadline\": \"2027-02-07\"", "\"deadline\": null");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer).containsExactly(
        "/onTimeTrials", "/probabilityOnTime", "/outcomeAtConfidence");
    assertProblem(problems.get(0)).isAt(Documents.spot(json, "9412"))
        .hasMessage("onTimeTrials is given without a deadline; a plan without an outcome has"
            + " nothing to be on time for, so it is null");
    assertProblem(problems.get(1)).hasMessage("probabilityOnTime is given without a deadline; a"
        + " plan without an outcome has nothing to be on time for, so it is null");
  }

  @Test
  void rejectsDriversThatAreNotMilestonesWithAPositiveSensitivity() {
    String json = PRETTY.replace("\"security-review\"\n", "\"signature\",\n    \"procurement\","
        + "\n    \"legal\"\n");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer)
        .containsExactly("/drivers/1", "/drivers/2", "/drivers/3");
    assertProblem(problems.get(0)).isAt(Documents.spot(json, "\"signature\""))
        .hasMessage("driver 'signature' does not move the finish: a driver's sensitivity is"
            + " positive, and this milestone's is null");
    assertProblem(problems.get(1)).isAt(Documents.spot(json, "\"procurement\""))
        .hasMessage("driver 'procurement' is not a milestone of the forecast");
    assertProblem(problems.get(2)).isAt(Documents.spot(json, "\"legal\"", 2))
        .hasMessage("driver 'legal' is named twice");
  }

  @Test
  void rejectsTwoLinesForOneMilestone() {
    String json = PRETTY.replace("\"id\": \"signature\"", "\"id\": \"legal\"");

    assertProblem(onlyProblemOf(json)).hasPointer("/milestones/2/id")
        .isAt(Documents.spot(json, "\"legal\"", 3))
        .hasMessage("milestone 'legal' has two lines; a forecast has one line per milestone");
  }

  @Test
  void rejectsFinishDatesThatGoBackwardsAtTheFinish() {
    String json = PRETTY.replace("\"p90\": \"2027-02-02\"", "\"p90\": \"2027-01-02\"");

    assertProblem(onlyProblemOf(json)).hasPointer("/finish")
        .isAt(Documents.spot(json, "{", 2))
        .hasMessageContaining("finish: a date at a higher confidence level, 2027-01-02, is"
            + " before one at a lower level, 2027-01-27");
  }

  @Test
  void rejectsADeterministicForecastWhoseTrialsDiffered() {
    String json = PRETTY.replace("\"deterministic\": false", "\"deterministic\": true");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer).containsExactly(
        "/milestones/0/criticality", "/milestones/0/sensitivity", "/milestones/1/criticality",
        "/milestones/1/sensitivity", "/onTimeTrials");
    assertProblem(problems.get(0)).isAt(Documents.spot(json, "0.8123"))
        .hasMessage("criticality of milestone 'legal' is 0.8123, not 0 or 1; in a deterministic"
            + " forecast every trial is the same schedule");
  }

  @Test
  void rejectsAMissingFieldAnUnknownOneAndAnotherFormat() {
    String json = PRETTY.replace("\"seed\": 0,", "\"sead\": 0,");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).hasSize(2);
    int[] sead = Documents.spot(json, "\"sead\"");
    assertProblem(problems.get(0)).hasPointer("/sead").isAt(sead[0], sead[1] + 8)
        .hasMessageContaining("unknown field 'sead' in a forecast document; did you mean 'seed'?");
    assertProblem(problems.get(1)).hasPointer("/seed").isAt(1, 1)
        .hasMessage("seed is missing from a forecast document");
    assertThat(MapJson.standard().lenient().forecasts().read(json.replace("\"sead\": 0,",
        "\"seed\": 0, \"sead\": 0,"))).isEqualTo(example());
    DocumentReadException other = catchThrowableOfType(DocumentReadException.class,
        () -> FORECASTS.read("{\"format\":\"mutual-action-plan-schedule/1\"}"));
    assertThat(other.getMessage()).isEqualTo("/format (line 1, column 11): this is a schedule"
        + " document (format 'mutual-action-plan-schedule/1'), not a forecast document");
  }

  @Test
  void namesAFinishDateThatIsMissingInASentenceThatReadsRightForDates() {
    String json = PRETTY.replace(",\n    \"p90\": \"2027-02-02\"", "");

    assertProblem(onlyProblemOf(json)).hasPointer("/finish/p90")
        .isAt(Documents.spot(json, "{", 2))
        .hasMessage("p90 is missing from the finish dates");
  }

  @Test
  void rejectsADateBeforeTheFirstDayAPlanCanHoldAtIt() {
    String json = PRETTY.replace("\"asOf\": \"2026-11-22\"", "\"asOf\": \"0000-11-22\"");

    assertProblem(onlyProblemOf(json)).hasPointer("/asOf")
        .isAt(Documents.spot(json, "\"0000-11-22\""))
        .hasMessage("asOf 0000-11-22 is out of range; dates are between 0001-01-01 and"
            + " 9999-12-31");
  }

  @Test
  void takesAnOptionalFieldThatIsAbsentForNull() {
    String json = EXAMPLE.replace(",\"sensitivity\":null", "");

    assertThat(FORECASTS.read(json)).isEqualTo(example());
  }
}

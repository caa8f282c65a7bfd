package io.mutualplan.json;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The front door to MAP's JSON documents, for people who do not want to touch Jackson: one small
 * handle per document type, each with the same read and write methods.
 *
 * <pre>{@code
 * MapJson json = MapJson.standard();
 * MutualActionPlan plan = json.plans().read(Path.of("acme.json"));
 * String canonical = json.plans().write(plan);
 * String forPeople = json.pretty().plans().write(plan);
 * MutualActionPlan fromCrm = json.lenient().plans().read(export);  // ignores unknown fields
 * String schedule = json.schedules().write(Scheduler.schedule(plan, asOf));
 * String forecast = json.forecasts().write(Forecaster.forecast(plan, asOf));
 * String diff = json.diffs().write(PlanComparison.compare(lastWeek, plan, asOf));
 * }</pre>
 *
 * <p>A {@code MapJson} is an immutable set of options: reading strictly or leniently, writing
 * compact or pretty. Share one across threads. Reading enforces the format's limits (nesting
 * deeper than 64, text over 10,000 characters, numbers longer than 100 characters, more than
 * 1,000,000 milestones or stakeholders, documents over 512 MiB) and throws {@link
 * DocumentReadException} for everything it rejects, with the JSON Pointer, line and column of each
 * problem. A document must hold exactly one JSON object: anything after it is a problem. See
 * {@link JsonDocuments} for the sources and targets.
 */
public final class MapJson {
  private static final MapJson STANDARD = new MapJson(false, false);

  private static final String PLAN_SCHEMA = "mutual-action-plan-1.schema.json";

  private final boolean lenient;
  private final boolean pretty;

  private MapJson(boolean lenient, boolean pretty) {
    this.lenient = lenient;
    this.pretty = pretty;
  }

  /**
   * Strict reading (an unknown field is a problem) and compact canonical writing.
   *
   * @return the standard options
   */
  public static MapJson standard() {
    return STANDARD;
  }

  /**
   * The same options, reading leniently: unknown fields are ignored (still checked against the
   * reader's limits). Known fields are read as strictly as ever.
   *
   * @return the options
   */
  public MapJson lenient() {
    return withLenient(true);
  }

  /**
   * The same options, writing for people: indented by two spaces, one value per line.
   *
   * @return the options
   */
  public MapJson pretty() {
    return withPretty(true);
  }

  /**
   * The same options with lenient reading on or off.
   *
   * @param lenient whether unknown fields are ignored
   * @return the options
   */
  public MapJson withLenient(boolean lenient) {
    return lenient == this.lenient ? this : new MapJson(lenient, pretty);
  }

  /**
   * The same options with pretty printing on or off.
   *
   * @param pretty whether to indent the output
   * @return the options
   */
  public MapJson withPretty(boolean pretty) {
    return pretty == this.pretty ? this : new MapJson(lenient, pretty);
  }

  /**
   * Whether unknown fields are ignored when reading.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Whether output is indented.
   *
   * @return true when pretty printing
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Plan documents, {@code mutual-action-plan/1}.
   *
   * @return the handle
   */
  public JsonDocuments<MutualActionPlan> plans() {
    return documents(PlanCodecs.PLAN);
  }

  /**
   * The scheduler's result, {@code mutual-action-plan-schedule/1}.
   *
   * @return the handle
   */
  public JsonDocuments<Schedule> schedules() {
    return documents(ScheduleCodec.SCHEDULE);
  }

  /**
   * Quality reports, {@code mutual-action-plan-report/1}.
   *
   * @return the handle
   */
  public JsonDocuments<QualityReport> reports() {
    return documents(ReportCodec.REPORT);
  }

  /**
   * What shifted between two versions of a plan, {@code mutual-action-plan-diff/1}: a {@code
   * PlanComparison} with both sides' standing, the finish slip and the changes.
   *
   * @return the handle
   */
  public JsonDocuments<PlanComparison> diffs() {
    return documents(DiffCodec.DIFF);
  }

  /**
   * Portfolios, {@code mutual-action-plan-portfolio/1}: the summary of many plans, the plans that
   * could not be read, and a row per plan.
   *
   * @return the handle
   */
  public JsonDocuments<Portfolio> portfolios() {
    return documents(PortfolioCodec.PORTFOLIO);
  }

  /**
   * A portfolio's per-plan rows, each as the object the portfolio document lists under {@code
   * plans}: the line of a portfolio's NDJSON output, for loading into a warehouse.
   *
   * @return the handle
   */
  public JsonDocuments<PlanSummary> portfolioRows() {
    return documents(PortfolioCodec.ROW);
  }

  /**
   * Rule configurations: {@code {"rules": {"seller-share": {"enabled": true, "severity":
   * "warning", "parameters": {"maxShare": 0.7}}}}}. The reader checks the document's form; whether
   * each rule and parameter exists is checked by the {@code RuleEngine} it is given to.
   *
   * @return the handle
   */
  public JsonDocuments<RuleConfiguration> ruleConfigurations() {
    return documents(RuleConfigurationCodec.CONFIGURATION);
  }

  /**
   * Forecasts, {@code mutual-action-plan-forecast/1}: what {@code Forecaster.forecast} computes,
   * stored so that it can be read back and compared. Fractions and correlations are written with
   * at most four decimal places, as the forecast rounds them ({@code 0.9412}, {@code 1}); reading
   * checks what holds of every forecast (a probability that follows from the trials on time,
   * drivers among the milestones, ...), each problem at its value.
   *
   * @return the handle
   */
  public JsonDocuments<Forecast> forecasts() {
    return documents(ForecastCodec.FORECAST);
  }

  private <T> JsonDocuments<T> documents(Codec<T> codec) {
    return new JsonDocuments<>(codec, lenient, pretty);
  }

  /**
   * The JSON Schema (draft 2020-12) of {@code mutual-action-plan/1}, shipped in this jar. It
   * describes the document's shape (fields, types, spellings, patterns); the rules between values
   * (references, order of dates) are checked only by the reader.
   *
   * @return the schema's location in the jar
   */
  public static URL planSchema() {
    URL url = MapJson.class.getResource(PLAN_SCHEMA);
    if (url == null) {
      throw new IllegalStateException("the jar is missing " + PLAN_SCHEMA);
    }
    return url;
  }

  /**
   * The text of {@link #planSchema()}.
   *
   * @return the schema, a JSON document
   */
  public static String planSchemaText() {
    try (InputStream in = planSchema().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PLAN_SCHEMA + " from the jar", e);
    }
  }

  @Override
  public String toString() {
    return "MapJson" + (lenient ? ", lenient" : "") + (pretty ? ", pretty" : "");
  }
}

package io.mutualplan.json;

import static io.mutualplan.json.DocumentReader.set;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import io.mutualplan.json.DocumentReader.ObjectReading;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A forecast as {@code mutual-action-plan-forecast/1}: every field always written, in the order of
 * the format, {@code null} where the forecast has no value (the deadline, the on-time figures and
 * the outcome dates of a plan without an outcome, the finish of a plan without milestones, a
 * sensitivity that cannot be computed). Fractions and correlations are written with at most four
 * decimal places, as the forecast rounds them ({@code 0.9412}, {@code 1}).
 *
 * <p>Reading asks for every field (a field that may be {@code null} may also be absent) and checks
 * what holds of every forecast, each problem at its value: fractions from 0 to 1 with at most four
 * decimal places, a probability that follows from the trials on time, on-time figures and outcome
 * dates only with a deadline, one line per milestone, drivers among the milestones with a positive
 * sensitivity, and a deterministic forecast's all-or-nothing figures.
 */
final class ForecastCodec {
  /** The decimal places of fractions and correlations. */
  static final int PLACES = 4;

  /** The most drivers a forecast names. */
  private static final int MAX_DRIVERS = 5;

  enum ForecastField {
    FORMAT, PLAN_ID, AS_OF, TRIALS, SEED, DISTRIBUTION, DETERMINISTIC, DEADLINE, FINISH,
    ON_TIME_TRIALS, PROBABILITY_ON_TIME, OUTCOME_AT_CONFIDENCE, DRIVERS, MILESTONES
  }

  static final Fields<ForecastField> FIELDS = new Fields<>(ForecastField.class,
      "a forecast document", ForecastField.FORMAT, ForecastField.PLAN_ID, ForecastField.AS_OF,
      ForecastField.TRIALS, ForecastField.SEED, ForecastField.DISTRIBUTION,
      ForecastField.DETERMINISTIC, ForecastField.DRIVERS, ForecastField.MILESTONES);

  enum FinishField { P10, P50, P80, P90 }

  static final Fields<FinishField> FINISH_FIELDS = new Fields<>(FinishField.class,
      "the finish dates", FinishField.values());

  enum OutcomeField { P50, P80, P90 }

  static final Fields<OutcomeField> OUTCOME_FIELDS = new Fields<>(OutcomeField.class,
      "the outcome dates", OutcomeField.values());

  enum MilestoneField { ID, CRITICALITY, FINISH_P50, FINISH_P80, SENSITIVITY }

  static final Fields<MilestoneField> MILESTONE_FIELDS = new Fields<>(MilestoneField.class,
      "a milestone's forecast", MilestoneField.ID, MilestoneField.CRITICALITY,
      MilestoneField.FINISH_P50, MilestoneField.FINISH_P80);

  static final Codec<Forecast> FORECAST = new Codec<>(Forecast.class, "a forecast document",
      ForecastCodec::read, ForecastCodec::write);

  private ForecastCodec() {}

  static void write(JsonGenerator gen, Forecast forecast) throws IOException {
    gen.writeStartObject();
    FIELDS.string(gen, ForecastField.FORMAT, DocumentFormat.FORECAST.formatName());
    FIELDS.string(gen, ForecastField.PLAN_ID, forecast.planId().value());
    FIELDS.date(gen, ForecastField.AS_OF, forecast.asOf());
    FIELDS.number(gen, ForecastField.TRIALS, forecast.trials());
    FIELDS.number(gen, ForecastField.SEED, forecast.seed());
    FIELDS.string(gen, ForecastField.DISTRIBUTION, forecast.distribution().spelling());
    FIELDS.bool(gen, ForecastField.DETERMINISTIC, forecast.deterministic());
    FIELDS.dateOrNull(gen, ForecastField.DEADLINE, forecast.deadline());
    FIELDS.orNull(gen, ForecastField.FINISH, forecast.finish(), ForecastCodec::writeFinish);
    FIELDS.numberOrNull(gen, ForecastField.ON_TIME_TRIALS, forecast.onTimeTrials());
    FIELDS.roundedOrNull(gen, ForecastField.PROBABILITY_ON_TIME, forecast.probabilityOnTime(),
        PLACES);
    FIELDS.orNull(gen, ForecastField.OUTCOME_AT_CONFIDENCE, forecast.outcomeAtConfidence(),
        ForecastCodec::writeOutcomeDates);
    FIELDS.array(gen, ForecastField.DRIVERS, forecast.drivers(),
        (out, driver) -> out.writeString(driver.value()));
    FIELDS.array(gen, ForecastField.MILESTONES, forecast.milestones(),
        ForecastCodec::writeMilestone);
    gen.writeEndObject();
  }

  private static void writeMilestone(JsonGenerator gen, MilestoneForecast milestone)
      throws IOException {
    gen.writeStartObject();
    MILESTONE_FIELDS.string(gen, MilestoneField.ID, milestone.id().value());
    MILESTONE_FIELDS.rounded(gen, MilestoneField.CRITICALITY, milestone.criticality(), PLACES);
    MILESTONE_FIELDS.date(gen, MilestoneField.FINISH_P50, milestone.finishP50());
    MILESTONE_FIELDS.date(gen, MilestoneField.FINISH_P80, milestone.finishP80());
    MILESTONE_FIELDS.roundedOrNull(gen, MilestoneField.SENSITIVITY, milestone.sensitivity(),
        PLACES);
    gen.writeEndObject();
  }

  private static void writeFinish(JsonGenerator gen, FinishDates finish) throws IOException {
    gen.writeStartObject();
    FINISH_FIELDS.date(gen, FinishField.P10, finish.p10());
    FINISH_FIELDS.date(gen, FinishField.P50, finish.p50());
    FINISH_FIELDS.date(gen, FinishField.P80, finish.p80());
    FINISH_FIELDS.date(gen, FinishField.P90, finish.p90());
    gen.writeEndObject();
  }

  private static void writeOutcomeDates(JsonGenerator gen, OutcomeDates outcome)
      throws IOException {
    gen.writeStartObject();
    OUTCOME_FIELDS.date(gen, OutcomeField.P50, outcome.p50());
    OUTCOME_FIELDS.date(gen, OutcomeField.P80, outcome.p80());
    OUTCOME_FIELDS.date(gen, OutcomeField.P90, outcome.p90());
    gen.writeEndObject();
  }

  /** The fields of the document that the checks between fields need. */
  private static final class Read {
    Integer trials;
    Boolean deterministic;
    LocalDate deadline;
    FinishDates finish;
    Integer onTimeTrials;
    Double probabilityOnTime;
    OutcomeDates outcomeAtConfidence;
    List<MilestoneId> drivers;
    List<MilestoneForecast> milestones;
  }

  static Forecast read(DocumentReader in) throws IOException {
    ObjectReading<ForecastField> object = in.object(FIELDS);
    Forecast.Builder forecast = Forecast.builder();
    Read read = new Read();
    for (ForecastField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FORMAT -> in.expectFormat(DocumentFormat.FORECAST, "");
        case PLAN_ID -> set(in.parsed(PlanId::of), forecast::planId);
        case AS_OF -> set(in.dateInRange(), forecast::asOf);
        case TRIALS -> read.trials = trials(in);
        case SEED -> set(in.longInteger(), forecast::seed);
        case DISTRIBUTION -> set(in.parsed(Distribution::parse), forecast::distribution);
        case DETERMINISTIC -> read.deterministic = in.bool();
        case DEADLINE -> read.deadline = in.dateInRange();
        case FINISH -> read.finish = finish(in);
        case ON_TIME_TRIALS -> read.onTimeTrials = in.integer();
        case PROBABILITY_ON_TIME -> read.probabilityOnTime = in.rounded(PLACES, 0, 1);
        case OUTCOME_AT_CONFIDENCE -> read.outcomeAtConfidence = outcomeDates(in);
        case DRIVERS -> read.drivers = in.list("a driver", id -> id.parsed(MilestoneId::of));
        case MILESTONES -> read.milestones = in.list("a milestone's forecast",
            ForecastCodec::readMilestone);
      }
    }
    if (!object.complete()) {
      return null;
    }
    checkOnTime(in, read);
    checkMilestones(in, read);
    if (read.deterministic) {
      checkDeterministic(in, read);
    }
    if (in.hasProblems()) {
      return null;
    }
    set(read.deadline, forecast::deadline);
    set(read.finish, forecast::finish);
    set(read.onTimeTrials, forecast::onTimeTrials);
    set(read.probabilityOnTime, forecast::probabilityOnTime);
    set(read.outcomeAtConfidence, forecast::outcomeAtConfidence);
    return in.buildPart(() -> forecast.trials(read.trials).deterministic(read.deterministic)
        .drivers(read.drivers).milestones(read.milestones).build());
  }

  private static Integer trials(DocumentReader in) throws IOException {
    Integer trials = in.integer(1, 1_000_000, " trials");
    if (trials != null && (trials < 1 || trials > 1_000_000)) {
      in.problem("trials " + trials + " is out of range; it must be between 1 and 1000000"
          + " trials");
      return null;
    }
    return trials;
  }

  /**
   * The on-time figures and the outcome dates are there exactly when the plan has an outcome (a
   * deadline); the probability is the share of trials on time, rounded as the forecast rounds it.
   */
  private static void checkOnTime(DocumentReader in, Read read) {
    boolean deadline = read.deadline != null;
    String without = " is given without a deadline; a plan without an outcome has nothing to be"
        + " on time for, so it is null";
    String with = " is missing; a forecast of a plan with a deadline gives it";
    if ((read.onTimeTrials != null) != deadline) {
      in.problemAt("/onTimeTrials", "onTimeTrials" + (deadline ? with : without));
    }
    if ((read.probabilityOnTime != null) != deadline) {
      in.problemAt("/probabilityOnTime", "probabilityOnTime" + (deadline ? with : without));
    }
    if (read.outcomeAtConfidence != null && !deadline) {
      in.problemAt("/outcomeAtConfidence", "outcomeAtConfidence" + without);
    }
    if (read.onTimeTrials == null || read.probabilityOnTime == null) {
      return;
    }
    int onTime = read.onTimeTrials;
    if (onTime < 0 || onTime > read.trials) {
      in.problemAt("/onTimeTrials", "onTimeTrials " + onTime + " is out of range; it counts"
          + " trials, from 0 to the " + read.trials + " that ran");
      return;
    }
    double share = BigDecimal.valueOf(onTime)
        .divide(BigDecimal.valueOf(read.trials), PLACES, RoundingMode.HALF_EVEN).doubleValue();
    if (share != read.probabilityOnTime) {
      in.problemAt("/probabilityOnTime", "probabilityOnTime "
          + BigDecimal.valueOf(read.probabilityOnTime).toPlainString() + " does not follow from"
          + " onTimeTrials and trials: " + onTime + " of " + read.trials + " trials is "
          + BigDecimal.valueOf(share).toPlainString());
    }
  }

  /**
   * One line per milestone; the finish dates exactly when there are milestones; drivers among the
   * milestones, each once, with a positive sensitivity, at most five.
   */
  private static void checkMilestones(DocumentReader in, Read read) {
    Map<MilestoneId, MilestoneForecast> lines = new HashMap<>();
    for (int i = 0; i < read.milestones.size(); i++) {
      MilestoneForecast line = read.milestones.get(i);
      if (lines.putIfAbsent(line.id(), line) != null) {
        in.problemAt("/milestones/" + i + "/id", "milestone '" + line.id() + "' has two lines;"
            + " a forecast has one line per milestone");
      }
    }
    if (read.finish == null && !read.milestones.isEmpty()) {
      in.problemAt("/finish", "finish is missing; it is null only for a plan without"
          + " milestones");
    } else if (read.finish != null && read.milestones.isEmpty()) {
      in.problemAt("/finish", "finish is given for a plan without milestones; it is null");
    }
    if (read.drivers.size() > MAX_DRIVERS) {
      in.problemAt("/drivers", "a forecast names at most " + MAX_DRIVERS + " drivers; this one"
          + " has " + read.drivers.size());
    }
    Set<MilestoneId> named = new HashSet<>();
    for (int i = 0; i < read.drivers.size(); i++) {
      MilestoneId driver = read.drivers.get(i);
      MilestoneForecast line = lines.get(driver);
      String pointer = "/drivers/" + i;
      if (!named.add(driver)) {
        in.problemAt(pointer, "driver '" + driver + "' is named twice");
      } else if (line == null) {
        in.problemAt(pointer, "driver '" + driver + "' is not a milestone of the forecast");
      } else if (line.sensitivity().isEmpty() || line.sensitivity().getAsDouble() <= 0) {
        in.problemAt(pointer, "driver '" + driver + "' does not move the finish: a driver's"
            + " sensitivity is positive, and this milestone's is "
            + (line.sensitivity().isEmpty() ? "null"
                : BigDecimal.valueOf(line.sensitivity().getAsDouble()).toPlainString()));
      }
    }
  }

  /**
   * A deterministic forecast ran the same schedule in every trial: each milestone was critical in
   * all of them or none, nothing varied to correlate, and the plan was on time in all or none.
   */
  private static void checkDeterministic(DocumentReader in, Read read) {
    String every = "; in a deterministic forecast every trial is the same schedule";
    for (int i = 0; i < read.milestones.size(); i++) {
      MilestoneForecast line = read.milestones.get(i);
      if (line.criticality() != 0 && line.criticality() != 1) {
        in.problemAt("/milestones/" + i + "/criticality", "criticality of milestone '"
            + line.id() + "' is " + BigDecimal.valueOf(line.criticality()).toPlainString()
            + ", not 0 or 1" + every);
      }
      if (line.sensitivity().isPresent()) {
        in.problemAt("/milestones/" + i + "/sensitivity", "sensitivity of milestone '"
            + line.id() + "' is given, not null" + every + ", so nothing varies");
      }
    }
    if (read.onTimeTrials != null && read.onTimeTrials != 0
        && !read.onTimeTrials.equals(read.trials)) {
      in.problemAt("/onTimeTrials", "onTimeTrials is " + read.onTimeTrials + ", neither 0 nor"
          + " all " + read.trials + " trials" + every);
    }
  }

  private static FinishDates finish(DocumentReader in) throws IOException {
    List<LocalDate> dates = in.sameTypeFields(FINISH_FIELDS, DocumentReader::dateInRange);
    return dates == null ? null
        : in.buildPart(() -> FinishDates.of(dates.get(0), dates.get(1), dates.get(2),
            dates.get(3)));
  }

  private static OutcomeDates outcomeDates(DocumentReader in) throws IOException {
    List<LocalDate> dates = in.sameTypeFields(OUTCOME_FIELDS, DocumentReader::dateInRange);
    return dates == null ? null
        : in.buildPart(() -> OutcomeDates.of(dates.get(0), dates.get(1), dates.get(2)));
  }

  private static MilestoneForecast readMilestone(DocumentReader in) throws IOException {
    ObjectReading<MilestoneField> object = in.object(MILESTONE_FIELDS);
    MilestoneForecast.Builder milestone = MilestoneForecast.builder();
    for (MilestoneField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> set(in.parsed(MilestoneId::of), milestone::id);
        case CRITICALITY -> set(in.rounded(PLACES, 0, 1), milestone::criticality);
        case FINISH_P50 -> set(in.dateInRange(), milestone::finishP50);
        case FINISH_P80 -> set(in.dateInRange(), milestone::finishP80);
        case SENSITIVITY -> set(in.rounded(PLACES, -1, 1), milestone::sensitivity);
      }
    }
    return object.complete() ? in.buildPart(milestone::build) : null;
  }
}

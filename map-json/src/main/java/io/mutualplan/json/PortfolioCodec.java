package io.mutualplan.json;

import static io.mutualplan.json.DocumentReader.set;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.Counts;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.core.PlanId;
import io.mutualplan.json.DocumentReader.ObjectReading;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A portfolio as {@code mutual-action-plan-portfolio/1}: the summary, the failures and a row per
 * plan; and a row alone, the line of a portfolio's NDJSON output. Every field is always written,
 * {@code null} where a value is missing (a plan without a deal value or a schedule, a portfolio not
 * forecast or without plans). Ranked lists (rules, stalls, worst) keep their order; numbers are
 * written in plain decimal notation.
 */
final class PortfolioCodec {
  enum PortfolioField { FORMAT, AS_OF, SUMMARY, FAILURES, PLANS }

  static final Fields<PortfolioField> FIELDS = new Fields<>(PortfolioField.class,
      "a portfolio document", PortfolioField.values());

  enum SummaryField {
    PLANS, FAILED, VERDICTS, SCORE, RULES, INFEASIBLE, STALLS, EXPECTED_ON_TIME,
    EXPECTED_VALUE_ON_TIME, WORST
  }

  static final Fields<SummaryField> SUMMARY_FIELDS = new Fields<>(SummaryField.class,
      "the summary", SummaryField.PLANS, SummaryField.FAILED, SummaryField.VERDICTS,
      SummaryField.RULES, SummaryField.INFEASIBLE, SummaryField.STALLS, SummaryField.WORST);

  enum ScoreField { MIN, MEDIAN, MAX }

  static final Fields<ScoreField> SCORE_FIELDS =
      new Fields<>(ScoreField.class, "the score", ScoreField.values());

  enum RuleCountField { RULE, PLANS }

  static final Fields<RuleCountField> RULE_COUNT_FIELDS =
      new Fields<>(RuleCountField.class, "a rule's count", RuleCountField.values());

  enum StallField { KIND, MILESTONES }

  static final Fields<StallField> STALL_FIELDS =
      new Fields<>(StallField.class, "a kind's stalls", StallField.values());

  enum FailureField { SOURCE, LINE, PROBLEMS }

  static final Fields<FailureField> FAILURE_FIELDS = new Fields<>(FailureField.class,
      "a failure", FailureField.SOURCE, FailureField.PROBLEMS);

  enum RowField {
    ID, TITLE, SOURCE, LINE, DEAL_VALUE, SCORE, VERDICT, ERRORS, WARNINGS, INFOS, RULES,
    PROJECTED_FINISH, DEADLINE, SLACK_DAYS, FEASIBLE, PROBABILITY_ON_TIME, STALLS
  }

  static final Fields<RowField> ROW_FIELDS = new Fields<>(RowField.class, "a plan's row",
      RowField.ID, RowField.TITLE, RowField.SOURCE, RowField.SCORE, RowField.VERDICT,
      RowField.ERRORS, RowField.WARNINGS, RowField.INFOS, RowField.RULES, RowField.STALLS);

  static final Codec<Portfolio> PORTFOLIO = new Codec<>(Portfolio.class, "a portfolio document",
      PortfolioCodec::read, PortfolioCodec::write);

  static final Codec<PlanSummary> ROW = new Codec<>(PlanSummary.class, "a plan's row",
      PortfolioCodec::readRow, PortfolioCodec::writeRow);

  private PortfolioCodec() {}

  // ---- writing ---------------------------------------------------------------------------------

  static void write(JsonGenerator gen, Portfolio portfolio) throws IOException {
    PortfolioSummary summary = portfolio.summary();
    gen.writeStartObject();
    FIELDS.string(gen, PortfolioField.FORMAT, DocumentFormat.PORTFOLIO.formatName());
    FIELDS.date(gen, PortfolioField.AS_OF, portfolio.asOf());
    FIELDS.name(gen, PortfolioField.SUMMARY);
    writeSummary(gen, summary);
    FIELDS.array(gen, PortfolioField.FAILURES, summary.failures(), PortfolioCodec::writeFailure);
    FIELDS.array(gen, PortfolioField.PLANS, portfolio.plans(), PortfolioCodec::writeRow);
    gen.writeEndObject();
  }

  private static void writeSummary(JsonGenerator gen, PortfolioSummary summary)
      throws IOException {
    gen.writeStartObject();
    SUMMARY_FIELDS.number(gen, SummaryField.PLANS, summary.plans());
    SUMMARY_FIELDS.number(gen, SummaryField.FAILED, summary.failed());
    SUMMARY_FIELDS.name(gen, SummaryField.VERDICTS);
    gen.writeStartObject();
    for (Map.Entry<Verdict, Long> verdict : summary.verdicts().entrySet()) {
      gen.writeNumberField(verdict.getKey().spelling(), verdict.getValue());
    }
    gen.writeEndObject();
    SUMMARY_FIELDS.name(gen, SummaryField.SCORE);
    if (summary.scoreMin().isPresent()) {
      gen.writeStartObject();
      SCORE_FIELDS.number(gen, ScoreField.MIN, summary.scoreMin().getAsInt());
      SCORE_FIELDS.number(gen, ScoreField.MEDIAN, summary.scoreMedian().orElseThrow());
      SCORE_FIELDS.number(gen, ScoreField.MAX, summary.scoreMax().orElseThrow());
      gen.writeEndObject();
    } else {
      gen.writeNull();
    }
    SUMMARY_FIELDS.array(gen, SummaryField.RULES, summary.rules(), (out, rule) -> {
      out.writeStartObject();
      RULE_COUNT_FIELDS.string(out, RuleCountField.RULE, rule.getKey());
      RULE_COUNT_FIELDS.number(out, RuleCountField.PLANS, rule.getValue());
      out.writeEndObject();
    });
    SUMMARY_FIELDS.number(gen, SummaryField.INFEASIBLE, summary.infeasible());
    SUMMARY_FIELDS.array(gen, SummaryField.STALLS, summary.stalls(), (out, stall) -> {
      out.writeStartObject();
      STALL_FIELDS.string(out, StallField.KIND, stall.getKey().spelling());
      STALL_FIELDS.number(out, StallField.MILESTONES, stall.getValue());
      out.writeEndObject();
    });
    SUMMARY_FIELDS.orNull(gen, SummaryField.EXPECTED_ON_TIME, summary.expectedOnTime(),
        PortfolioCodec::plain);
    SUMMARY_FIELDS.name(gen, SummaryField.EXPECTED_VALUE_ON_TIME);
    if (summary.expectedOnTime().isPresent()) {
      gen.writeStartObject();
      for (Map.Entry<String, BigDecimal> value : summary.expectedValueOnTime().entrySet()) {
        gen.writeFieldName(value.getKey());
        plain(gen, value.getValue());
      }
      gen.writeEndObject();
    } else {
      gen.writeNull();
    }
    SUMMARY_FIELDS.array(gen, SummaryField.WORST, summary.worst(), PortfolioCodec::writeRow);
    gen.writeEndObject();
  }

  private static void writeFailure(JsonGenerator gen, PlanFailure failure) throws IOException {
    gen.writeStartObject();
    FAILURE_FIELDS.string(gen, FailureField.SOURCE, failure.source());
    FAILURE_FIELDS.numberOrNull(gen, FailureField.LINE, failure.line());
    FAILURE_FIELDS.array(gen, FailureField.PROBLEMS, failure.problems(),
        JsonGenerator::writeString);
    gen.writeEndObject();
  }

  static void writeRow(JsonGenerator gen, PlanSummary row) throws IOException {
    gen.writeStartObject();
    ROW_FIELDS.string(gen, RowField.ID, row.planId().value());
    ROW_FIELDS.string(gen, RowField.TITLE, row.title());
    ROW_FIELDS.string(gen, RowField.SOURCE, row.source());
    ROW_FIELDS.numberOrNull(gen, RowField.LINE, row.line());
    ROW_FIELDS.orNull(gen, RowField.DEAL_VALUE, row.dealValue(), PlanWriter::money);
    ROW_FIELDS.number(gen, RowField.SCORE, row.score());
    ROW_FIELDS.string(gen, RowField.VERDICT, row.verdict().spelling());
    ROW_FIELDS.number(gen, RowField.ERRORS, row.errors());
    ROW_FIELDS.number(gen, RowField.WARNINGS, row.warnings());
    ROW_FIELDS.number(gen, RowField.INFOS, row.infos());
    ROW_FIELDS.array(gen, RowField.RULES, row.rules(), JsonGenerator::writeString);
    ROW_FIELDS.dateOrNull(gen, RowField.PROJECTED_FINISH, row.projectedFinish());
    ROW_FIELDS.dateOrNull(gen, RowField.DEADLINE, row.deadline());
    ROW_FIELDS.numberOrNull(gen, RowField.SLACK_DAYS, row.slackDays());
    ROW_FIELDS.orNull(gen, RowField.FEASIBLE, row.feasible(), JsonGenerator::writeBoolean);
    ROW_FIELDS.name(gen, RowField.PROBABILITY_ON_TIME);
    if (row.probabilityOnTime().isPresent()) {
      plain(gen, BigDecimal.valueOf(row.probabilityOnTime().getAsDouble()));
    } else {
      gen.writeNull();
    }
    ROW_FIELDS.array(gen, RowField.STALLS, row.stalls(),
        (out, kind) -> out.writeString(kind.spelling()));
    gen.writeEndObject();
  }

  /** A decimal without exponent or trailing zeros: 0.0001, not 1.0E-4; 1, not 1.0; 100. */
  private static void plain(JsonGenerator gen, BigDecimal value) throws IOException {
    gen.writeNumber(value.stripTrailingZeros().toPlainString());
  }

  // ---- reading ---------------------------------------------------------------------------------

  static Portfolio read(DocumentReader in) throws IOException {
    ObjectReading<PortfolioField> object = in.object(FIELDS);
    Portfolio.Builder portfolio = Portfolio.builder();
    PortfolioSummary summary = null;
    List<PlanFailure> failures = null;
    for (PortfolioField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FORMAT -> in.expectFormat(DocumentFormat.PORTFOLIO, "");
        case AS_OF -> set(in.dateInRange(), portfolio::asOf);
        case SUMMARY -> summary = readSummary(in);
        case FAILURES -> failures = in.list("a failure", PortfolioCodec::readFailure);
        case PLANS -> in.each("a plan's row", PortfolioCodec::readRow, portfolio::addPlans);
      }
    }
    if (!object.complete() || summary == null || failures == null) {
      return null;
    }
    boolean consistent = countsAddUp(in, summary);
    consistent &= worstInOrder(in, summary.worst());
    if (!consistent) {
      return null;
    }
    int most = (int) Math.min(summary.failed(), PortfolioSummary.MAX_FAILURES);
    if (failures.size() > most) {
      // The summary's own check says the same, but could only place it at the whole document.
      in.problemAt("/failures", "the document lists " + Counts.of(failures.size(), "failure",
          "failures") + " but its summary counts " + Counts.of(summary.failed(),
          "plan that could not be read", "plans that could not be read")
          + "; a portfolio lists at most " + PortfolioSummary.MAX_FAILURES);
      return null;
    }
    PortfolioSummary withFailures = summary.withFailures(failures);
    return in.buildPart(() -> portfolio.summary(withFailures).build());
  }

  /**
   * Whether the verdicts count the plans read, each once, as a summary does; if not, says so at
   * the verdicts. The model cannot check it: a summary built in code may count what it likes.
   */
  private static boolean countsAddUp(DocumentReader in, PortfolioSummary summary) {
    long counted = summary.verdicts().values().stream().mapToLong(Long::longValue).sum();
    if (counted == summary.plans()) {
      return true;
    }
    in.problemAt("/summary/verdicts", "the verdicts count " + Counts.of(counted, "plan", "plans")
        + " but the summary counts " + Counts.of(summary.plans(), "plan read", "plans read")
        + "; each plan read has one verdict");
    return false;
  }

  /**
   * Whether the worst plans are in their order (lowest score first, then plan id, then source and
   * line, then title and the row's other values: {@link PlanSummary#worstFirst()}); a row out of
   * order is reported at its score, beside the row before it.
   */
  private static boolean worstInOrder(DocumentReader in, List<PlanSummary> worst) {
    boolean inOrder = true;
    for (int i = 1; i < worst.size(); i++) {
      PlanSummary before = worst.get(i - 1);
      PlanSummary row = worst.get(i);
      if (PlanSummary.worstFirst().compare(before, row) > 0) {
        in.problemAt("/summary/worst/" + i + "/score", "plan '" + row.planId() + "' (score "
            + row.score() + ") is listed after plan '" + before.planId() + "' (score "
            + before.score() + "); the worst plans are lowest score first, then by plan id,"
            + " source and line, then by title and the row's other values");
        inOrder = false;
      }
    }
    return inOrder;
  }

  /** The summary without its failures, which the document lists beside it. */
  private static PortfolioSummary readSummary(DocumentReader in) throws IOException {
    ObjectReading<SummaryField> object = in.object(SUMMARY_FIELDS);
    PortfolioSummary.Builder summary = PortfolioSummary.builder();
    for (SummaryField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case PLANS -> set(in.longInteger(), summary::plans);
        case FAILED -> set(in.longInteger(), summary::failed);
        case VERDICTS -> set(verdicts(in), summary::verdicts);
        case SCORE -> score(in, summary);
        case RULES -> in.each("a rule's count", PortfolioCodec::ruleCount, summary::addRules);
        case INFEASIBLE -> set(in.longInteger(), summary::infeasible);
        case STALLS -> in.each("a kind's stalls", PortfolioCodec::stall, summary::addStalls);
        case EXPECTED_ON_TIME -> set(in.decimal(), summary::expectedOnTime);
        case EXPECTED_VALUE_ON_TIME -> set(
            in.map("a currency", currency -> "the expected value in " + currency,
                PortfolioCodec::expectedValue, BigDecimal.ZERO),
            summary::putAllExpectedValueOnTime);
        case WORST -> in.each("a plan's row", PortfolioCodec::readRow, summary::addWorst);
      }
    }
    return object.complete() ? in.buildPart(summary::build) : null;
  }

  private static Map<Verdict, Long> verdicts(DocumentReader in) throws IOException {
    Map<String, Long> read = in.map("a verdict", verdict -> "the plans with verdict " + verdict,
        DocumentReader::longInteger, 0L);
    Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    for (Map.Entry<String, Long> verdict : read.entrySet()) {
      try {
        verdicts.put(Verdict.parse(verdict.getKey()), verdict.getValue());
      } catch (IllegalArgumentException e) {
        in.problem(e.getMessage());
      }
    }
    return verdicts;
  }

  /**
   * A sum in one currency, under its code: a key that is not a currency is reported at its value,
   * in the words of a plan's deal value.
   */
  private static BigDecimal expectedValue(DocumentReader in) throws IOException {
    String currency = in.currentName();
    BigDecimal sum = in.decimal();
    return isCurrency(in, currency) ? sum : null;
  }

  /** A row's currency, checked where it stands: a row is not checked as a plan is. */
  private static String currency(DocumentReader in) throws IOException {
    String code = in.text();
    return code != null && isCurrency(in, code) ? code : null;
  }

  /** Whether {@code code} is a currency code; if not, says so at the value just read. */
  private static boolean isCurrency(DocumentReader in, String code) {
    Optional<String> notACurrency = Money.currencyProblem(code);
    notACurrency.ifPresent(problem -> in.problem(Quote.oneLine(problem)));
    return notACurrency.isEmpty();
  }

  /** The score's min, median and max, each checked against those read before it. */
  private static void score(DocumentReader in, PortfolioSummary.Builder summary)
      throws IOException {
    ObjectReading<ScoreField> object = in.object(SCORE_FIELDS);
    Integer[] score = new Integer[ScoreField.values().length];
    for (ScoreField field = object.next(); field != null; field = object.next()) {
      Integer value = in.score();
      if (value != null) {
        score[field.ordinal()] = value;
        checkOrder(in, field, value, score);
      }
    }
    if (object.complete()) {
      summary.scoreMin(OptionalInt.of(score[0]))
          .scoreMedian(OptionalInt.of(score[1]))
          .scoreMax(OptionalInt.of(score[2]));
    }
  }

  /**
   * Reports a score out of order with one read before it (min <= median <= max), at the score
   * just read: a document lists them in that order, so the second of the pair is the one seen
   * wrong.
   */
  private static void checkOrder(DocumentReader in, ScoreField field, int value,
      Integer[] score) {
    for (ScoreField other : ScoreField.values()) {
      Integer read = score[other.ordinal()];
      boolean below = read != null && other.compareTo(field) < 0 && value < read;
      boolean above = read != null && other.compareTo(field) > 0 && value > read;
      if (below || above) {
        in.problem(SCORE_FIELDS.name(field) + " " + value + " is " + (below ? "below " : "above ")
            + SCORE_FIELDS.name(other) + " " + read + "; the scores are min <= median <= max");
      }
    }
  }

  private static Map.Entry<String, Long> ruleCount(DocumentReader in) throws IOException {
    ObjectReading<RuleCountField> object = in.object(RULE_COUNT_FIELDS);
    String rule = null;
    Long plans = null;
    for (RuleCountField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case RULE -> rule = in.text();
        case PLANS -> plans = in.longInteger();
      }
    }
    return object.complete() ? Map.entry(rule, plans) : null;
  }

  private static Map.Entry<MilestoneKind, Long> stall(DocumentReader in) throws IOException {
    ObjectReading<StallField> object = in.object(STALL_FIELDS);
    MilestoneKind kind = null;
    Long milestones = null;
    for (StallField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case KIND -> kind = in.parsed(MilestoneKind::parse);
        case MILESTONES -> milestones = in.longInteger();
      }
    }
    return object.complete() ? Map.entry(kind, milestones) : null;
  }

  private static PlanFailure readFailure(DocumentReader in) throws IOException {
    ObjectReading<FailureField> object = in.object(FAILURE_FIELDS);
    PlanFailure.Builder failure = PlanFailure.builder();
    for (FailureField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case SOURCE -> set(in.text(), failure::source);
        case LINE -> set(in.longInteger(), failure::line);
        case PROBLEMS -> in.each("a problem", DocumentReader::text, failure::addProblems);
      }
    }
    return object.complete() ? in.buildPart(failure::build) : null;
  }

  static PlanSummary readRow(DocumentReader in) throws IOException {
    ObjectReading<RowField> object = in.object(ROW_FIELDS);
    PlanSummary.Builder row = PlanSummary.builder();
    for (RowField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> set(in.parsed(PlanId::of), row::planId);
        case TITLE -> set(in.text(), row::title);
        case SOURCE -> set(in.text(), row::source);
        case LINE -> set(in.longInteger(), row::line);
        case DEAL_VALUE -> set(PlanReader.money(in, PortfolioCodec::currency), row::dealValue);
        case SCORE -> set(in.score(), row::score);
        case VERDICT -> set(in.parsed(Verdict::parse), row::verdict);
        case ERRORS -> set(in.integer(), row::errors);
        case WARNINGS -> set(in.integer(), row::warnings);
        case INFOS -> set(in.integer(), row::infos);
        case RULES -> in.each("a rule id", DocumentReader::text, row::addRules);
        case PROJECTED_FINISH -> set(in.dateInRange(), row::projectedFinish);
        case DEADLINE -> set(in.dateInRange(), row::deadline);
        case SLACK_DAYS -> set(in.longInteger(), row::slackDays);
        case FEASIBLE -> set(in.bool(), row::feasible);
        case PROBABILITY_ON_TIME -> set(probability(in), row::probabilityOnTime);
        case STALLS -> in.each("a milestone kind", r -> r.parsed(MilestoneKind::parse),
            row::addStalls);
      }
    }
    return object.complete() ? in.buildPart(row::build) : null;
  }

  private static Double probability(DocumentReader in) throws IOException {
    BigDecimal value = in.decimal();
    return value == null ? null : value.doubleValue();
  }
}

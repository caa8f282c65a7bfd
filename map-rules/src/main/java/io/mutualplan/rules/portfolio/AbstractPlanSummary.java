package io.mutualplan.rules.portfolio;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.internal.RulesStyle;
import io.mutualplan.rules.internal.SafeSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One plan of a portfolio in a row: who it is (id, title, source, deal value), how good it is
 * (score, verdict, counts, the rules that fired), where its schedule stands (projected finish,
 * deadline, slack, feasibility), optionally how likely its outcome holds, and which of its steps
 * stall. It holds no plan, so a portfolio of any size is summarised in bounded memory.
 *
 * <pre>{@code
 * PlanSummary row = PlanSummary.summarize("crm/acme.json", plan, asOf, engine);
 * row.verdict();       // READY
 * row.slackDays();     // OptionalLong[23]
 * PlanSummary forecast = row.withProbabilityOnTime(0.9412);
 * }</pre>
 *
 * <p>The schedule's fields are all empty for a plan that cannot be scheduled (its dependencies form
 * a cycle, or a date would leave 0001-01-01 to 9999-12-31); its score, verdict and findings are
 * there as for any plan.
 */
@Value.Immutable
@RulesStyle
abstract non-sealed class AbstractPlanSummary implements PortfolioEntry {
  /** The rule whose findings mark a milestone as slipped. */
  private static final String DUE_DATE_SLIPPED = "due-date-slipped";

  /**
   * Lowest score first, then plan id, then source and line: the order of {@link
   * PortfolioSummary#worst()}, total so that the worst plans are the same whatever the order in
   * which plans were summarised.
   *
   * <p>Two different rows can tie on those (two versions of one plan from one source, or rows
   * without a line): the title, then the row's other values in the order they are declared, break
   * the tie, so that only equal rows are equal.
   */
  static final Comparator<PlanSummary> WORST_FIRST = Comparator
      .comparingInt(PlanSummary::score)
      .thenComparing(PlanSummary::planId, Comparator.comparing(PlanId::value))
      .thenComparing(PlanSummary::source)
      .thenComparingLong(row -> row.line().orElse(0))
      .thenComparing(PlanSummary::title)
      .thenComparing(row -> row.dealValue().orElse(null), Comparator.nullsFirst(Comparator
          .comparing(Money::currency)
          .thenComparing(Money::amount)
          .thenComparingInt(value -> value.amount().scale())))  // 1.0 and 1.00 are not equal
      .thenComparing(PlanSummary::verdict)
      .thenComparingInt(PlanSummary::errors)
      .thenComparingInt(PlanSummary::warnings)
      .thenComparingInt(PlanSummary::infos)
      .thenComparing(PlanSummary::rules, Orders.lexicographic(Comparator.naturalOrder()))
      .thenComparing(row -> row.deadline().orElse(null),
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(row -> row.projectedFinish().orElse(null),
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(row -> row.slackDays().isPresent())
      .thenComparingLong(row -> row.slackDays().orElse(0))
      .thenComparing(row -> row.feasible().orElse(null),
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(row -> row.probabilityOnTime().isPresent())
      .thenComparingDouble(row -> row.probabilityOnTime().orElse(0))
      .thenComparing(PlanSummary::stalls, Orders.lexicographic(Comparator.naturalOrder()));

  /**
   * The order of {@link PortfolioSummary#worst()}: lowest score first, then plan id, then source
   * and line, then title, then the row's other values in the order they are declared (deal value,
   * verdict, counts, rules, schedule, probability, stalls; an empty value before any). A reader of
   * a portfolio document checks its worst plans against it.
   *
   * @return the comparator, total: only equal rows are equal
   */
  public static Comparator<PlanSummary> worstFirst() {
    return WORST_FIRST;
  }

  /**
   * Where the plan came from: a file's path, or the name of the stream it was a line of.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * The plan's line in its stream, for a plan read from NDJSON.
   *
   * @return the line number, from 1, or empty for a plan that is a whole file
   */
  public abstract OptionalLong line();

  /**
   * The plan's id.
   *
   * @return the id
   */
  public abstract PlanId planId();

  /**
   * The plan's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The deal's value, amount and currency.
   *
   * @return the value, or empty when the plan does not give one
   */
  public abstract Optional<Money> dealValue();

  /**
   * The quality score.
   *
   * @return 0 to 100
   */
  public abstract int score();

  /**
   * The quality verdict.
   *
   * @return ready, needs-work or not-mutual
   */
  public abstract Verdict verdict();

  /**
   * How many findings are errors.
   *
   * @return the count
   */
  public abstract int errors();

  /**
   * How many findings are warnings.
   *
   * @return the count
   */
  public abstract int warnings();

  /**
   * How many findings are infos.
   *
   * @return the count
   */
  public abstract int infos();

  /**
   * The ids of the rules that reported at least one finding, each once, in report order.
   *
   * @return the rule ids, possibly none
   */
  public abstract List<String> rules();

  /**
   * The last working day on which work can finish and still meet the outcome.
   *
   * @return the deadline, or empty without an outcome or a schedule
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * The projected finish of the remaining work.
   *
   * @return the date, or empty without milestones or a schedule
   */
  public abstract Optional<LocalDate> projectedFinish();

  /**
   * The plan's slack in working days: negative when the deadline cannot be met.
   *
   * @return the slack, or empty without a schedule
   */
  public abstract OptionalLong slackDays();

  /**
   * Whether the remaining work can finish by the deadline.
   *
   * @return the answer, or empty without a schedule
   */
  public abstract Optional<Boolean> feasible();

  /**
   * How likely the outcome holds, from a forecast: the fraction of trials in which it did.
   *
   * @return 0 to 1, or empty when the plan was not forecast, has no outcome or cannot be scheduled
   */
  public abstract OptionalDouble probabilityOnTime();

  /**
   * The kind of each incomplete milestone that is overdue (due before the as-of date) or has
   * slipped (a {@code due-date-slipped} finding), in plan order; {@link MilestoneKind#OTHER} for a
   * milestone without a kind.
   *
   * @return the kinds, one per stalled milestone, possibly none
   */
  public abstract List<MilestoneKind> stalls();

  /**
   * Whether the plan has a schedule (no dependency cycle, and every date in range).
   *
   * @return true when the schedule's fields are there
   */
  public boolean hasSchedule() {
    return feasible().isPresent();
  }

  @Value.Check
  void check() {
    boolean scheduled = feasible().isPresent();
    if (slackDays().isPresent() != scheduled
        || (!scheduled && (deadline().isPresent() || projectedFinish().isPresent()))) {
      throw new IllegalArgumentException("a plan's schedule fields are all there or all empty:"
          + " feasible and slackDays together, and deadline and projectedFinish only with them");
    }
    EntrySource.check(source(), line());
    if (score() < 0 || score() > 100) {
      throw new IllegalArgumentException("a score is 0 to 100, not " + score());
    }
    if (errors() < 0 || warnings() < 0 || infos() < 0) {
      throw new IllegalArgumentException("counts are at least 0: errors " + errors()
          + ", warnings " + warnings() + ", infos " + infos());
    }
    if (probabilityOnTime().isPresent()) {
      double probability = probabilityOnTime().getAsDouble();
      // -0.0 too: it would be written as 0 and read back as another row.
      if (Double.compare(probability, 0.0) < 0 || !(probability <= 1)) {
        throw new IllegalArgumentException("a probability is 0 to 1, not " + probability);
      }
    }
  }

  /**
   * Checks and schedules a plan and sums it up in a row; the schedule's fields are empty when the
   * plan cannot be scheduled.
   *
   * @param source where the plan came from, for example its file's path
   * @param plan the plan
   * @param asOf the date to check and schedule it as of
   * @param engine the engine that checks it
   * @return the row, without a line or a probability
   * @throws IllegalArgumentException when {@code asOf} is outside 0001-01-01 to 9999-12-31
   */
  public static PlanSummary summarize(
      String source, MutualActionPlan plan, LocalDate asOf, RuleEngine engine) {
    Objects.requireNonNull(engine, "engine");
    Optional<Schedule> schedule = SafeSchedule.of(plan, asOf);
    QualityReport report = schedule.isPresent()
        ? engine.evaluate(plan, schedule.get())
        : engine.evaluate(plan, asOf);
    return of(source, plan, report, schedule);
  }

  /**
   * Sums up a plan already checked and scheduled.
   *
   * @param source where the plan came from, for example its file's path
   * @param plan the plan
   * @param report its quality report
   * @param schedule its schedule as of the report's date, or empty when it has none
   * @return the row, without a line or a probability (see {@code withLine} and {@code
   *     withProbabilityOnTime})
   * @throws IllegalArgumentException when the report or the schedule is of another plan
   */
  public static PlanSummary of(
      String source, MutualActionPlan plan, QualityReport report, Optional<Schedule> schedule) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(schedule, "schedule");
    if (!report.planId().equals(plan.id())
        || schedule.filter(s -> !s.planId().equals(plan.id())).isPresent()) {
      throw new IllegalArgumentException("the report and the schedule must be of plan '"
          + plan.id() + "'");
    }
    PlanSummary.Builder row = PlanSummary.builder()
        .source(source)
        .planId(plan.id())
        .title(plan.title())
        .dealValue(plan.dealValue())
        .score(report.score())
        .verdict(report.verdict())
        .errors(report.errors())
        .warnings(report.warnings())
        .infos(report.infos())
        .rules(rulesFired(report))
        .stalls(stalls(plan, report));
    schedule.ifPresent(s -> row
        .deadline(s.deadline())
        .projectedFinish(s.projectedFinish())
        .slackDays(s.slackDays())
        .feasible(s.feasible()));
    return row.build();
  }

  private static List<String> rulesFired(QualityReport report) {
    Set<String> fired = new LinkedHashSet<>();
    for (Finding finding : report.findings()) {
      fired.add(finding.ruleId());
    }
    return List.copyOf(fired);
  }

  private static List<MilestoneKind> stalls(MutualActionPlan plan, QualityReport report) {
    Set<MilestoneId> slipped = new HashSet<>();
    for (Finding finding : report.findings()) {
      if (finding.ruleId().equals(DUE_DATE_SLIPPED)) {
        finding.milestone().ifPresent(slipped::add);
      }
    }
    LocalDate asOf = report.asOf();
    List<MilestoneKind> stalls = new ArrayList<>();
    for (Milestone milestone : plan.milestones()) {
      if (milestone.isComplete()) {
        continue;
      }
      boolean overdue = milestone.due().filter(due -> due.isBefore(asOf)).isPresent();
      if (overdue || slipped.contains(milestone.id())) {
        stalls.add(milestone.kind().orElse(MilestoneKind.OTHER));
      }
    }
    return stalls;
  }
}

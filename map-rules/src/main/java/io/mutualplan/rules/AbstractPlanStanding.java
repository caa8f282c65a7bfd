package io.mutualplan.rules;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.rules.internal.RulesStyle;
import io.mutualplan.rules.internal.SafeSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where one version of a plan stands as of a date: its latest revision, its schedule's headline
 * (deadline, projected finish, slack, feasibility, critical path) and its quality score and
 * verdict. One side of a {@link PlanComparison}.
 *
 * <p>The schedule's fields are all empty when the version has no schedule: its dependencies form
 * a cycle, or its schedule would hold a date outside 0001-01-01 to 9999-12-31 (a plan looked at on
 * the edge of the calendar). A version with a schedule always has its slack, feasibility and
 * critical path; its deadline is empty when it has no outcome, its projected finish when it has
 * no milestones.
 */
@Value.Immutable
@RulesStyle
abstract class AbstractPlanStanding {
  /**
   * The number of the version's latest revision.
   *
   * @return the number, or empty when the version has no edit history
   */
  public abstract OptionalInt latestRevision();

  /**
   * The last working day on which work can finish and still meet the outcome.
   *
   * @return the deadline, or empty without an outcome or a schedule
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * The projected finish of the remaining work (the latest completion when all is done).
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
   * The critical path, in order.
   *
   * @return the milestones (possibly none), or empty without a schedule
   */
  public abstract Optional<List<MilestoneId>> criticalPath();

  /**
   * The quality score, {@code max(0, 100 - 20 * errors - 5 * warnings)}.
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
   * Whether the version has a schedule (no dependency cycle, and every date in range).
   *
   * @return true when the schedule's fields are there
   */
  public boolean hasSchedule() {
    return feasible().isPresent();
  }

  @Value.Check
  void check() {
    boolean scheduled = feasible().isPresent();
    if (slackDays().isPresent() != scheduled || criticalPath().isPresent() != scheduled
        || (!scheduled && (deadline().isPresent() || projectedFinish().isPresent()))) {
      throw new IllegalArgumentException("a plan's schedule fields are all there or all empty"
          + " (deadline and projected finish may be empty on their own): feasible " + feasible()
          + ", slackDays " + slackDays() + ", criticalPath " + criticalPath() + ", deadline "
          + deadline() + ", projectedFinish " + projectedFinish());
    }
    if (score() < 0 || score() > 100) {
      throw new IllegalArgumentException("a score is 0 to 100, not " + score());
    }
  }

  /** Where a plan stands as of a date, checked by an engine. */
  static PlanStanding of(MutualActionPlan plan, LocalDate asOf, RuleEngine engine) {
    Optional<Schedule> schedule = SafeSchedule.of(plan, asOf);
    QualityReport report = schedule.isPresent()
        ? engine.evaluate(plan, schedule.get())
        : engine.evaluate(plan, asOf);
    PlanStanding.Builder standing = PlanStanding.builder()
        .score(report.score())
        .verdict(report.verdict());
    Optional<Revision> latest = plan.latestRevision();
    if (latest.isPresent()) {
      standing.latestRevision(latest.get().number());
    }
    schedule.ifPresent(known -> standing
        .deadline(known.deadline())
        .projectedFinish(known.projectedFinish())
        .slackDays(known.slackDays())
        .feasible(known.feasible())
        .criticalPath(known.criticalPath()));
    return standing.build();
  }
}

package io.mutualplan.rules;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.diff.PlanDiff;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What shifted between an older and a newer version of a plan, and what it did to the outcome:
 * the plans' {@link PlanDiff}, where each version stands as of a date (schedule, score, verdict),
 * and how many working days the projected finish slipped. "We are about two weeks behind; what
 * shifted?"
 *
 * <pre>{@code
 * PlanComparison comparison = PlanComparison.compare(lastWeek, thisWeek, LocalDate.parse("2026-12-15"));
 * comparison.finishSlipDays();                 // OptionalLong[10]: ten working days later
 * comparison.from().criticalPath();            // Optional[[security-docs, security-review, legal, ...]]
 * comparison.changes().milestones();           // what moved, field by field
 * comparison.changes().signOffsStale();        // [dan]: Dan agreed to a plan that has changed since
 * }</pre>
 *
 * <p>Both versions are scheduled and checked as of the same date; working days are counted in the
 * newer version's calendar. A version with a dependency cycle (or a schedule that would leave the
 * calendar's range) still has its milestone changes, score and verdict; its schedule's fields are
 * empty, and so is the finish slip.
 */
@Value.Immutable
@RulesStyle
abstract class AbstractPlanComparison {
  /** The default engine: the built-in rules, profile {@code full}. */
  private static final RuleEngine DEFAULT_ENGINE = RuleEngine.builder().build();

  /**
   * The plan compared: the newer version's id.
   *
   * @return the id
   */
  public abstract PlanId planId();

  /**
   * The date both versions are scheduled and checked as of.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Where the older version stands.
   *
   * @return the older version's standing
   */
  // Named as the diff document names it; the builder's copy method is not generated, and a
  // comparison is made by compare(), never copied from another.
  @SuppressWarnings("immutables:from")
  public abstract PlanStanding from();

  /**
   * Where the newer version stands.
   *
   * @return the newer version's standing
   */
  public abstract PlanStanding to();

  /**
   * How many working days later the newer version is projected to finish, {@code
   * idx(to.projectedFinish) - idx(from.projectedFinish)} in the newer version's calendar: positive
   * when the plan now finishes later.
   *
   * @return the slip, or empty when either version has no projected finish
   */
  public abstract OptionalLong finishSlipDays();

  /**
   * What changed between the two versions: milestones, stakeholders, the outcome and stale
   * sign-offs.
   *
   * @return the plans' diff
   */
  public abstract PlanDiff changes();

  @Value.Check
  void check() {
    if (finishSlipDays().isPresent()
        && (from().projectedFinish().isEmpty() || to().projectedFinish().isEmpty())) {
      throw new IllegalArgumentException(
          "a finish slip needs a projected finish on both sides: from " + from().projectedFinish()
              + ", to " + to().projectedFinish());
    }
  }

  /**
   * Compares two versions of one plan with the built-in rules (profile {@code full}).
   *
   * @param older the earlier version, for example last week's
   * @param newer the later version
   * @param asOf the date to schedule and check both as of
   * @return the comparison
   * @throws IllegalArgumentException when the plans' ids differ (they are not two versions of one
   *     plan; see {@link #compareAllowingOtherId}), or {@code asOf} is outside 0001-01-01 to
   *     9999-12-31
   */
  public static PlanComparison compare(
      MutualActionPlan older, MutualActionPlan newer, LocalDate asOf) {
    return compare(older, newer, asOf, DEFAULT_ENGINE);
  }

  /**
   * Compares two versions of one plan, scoring each with an engine of your own (your profile,
   * configuration and custom rules).
   *
   * @param older the earlier version
   * @param newer the later version
   * @param asOf the date to schedule and check both as of
   * @param engine the engine that checks both versions
   * @return the comparison
   * @throws IllegalArgumentException when the plans' ids differ, or {@code asOf} is outside
   *     0001-01-01 to 9999-12-31
   */
  public static PlanComparison compare(
      MutualActionPlan older, MutualActionPlan newer, LocalDate asOf, RuleEngine engine) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    if (!older.id().equals(newer.id())) {
      throw new IllegalArgumentException("plans '" + older.id() + "' and '" + newer.id()
          + "' are not two versions of one plan: their ids differ");
    }
    return compareAllowingOtherId(older, newer, asOf, engine);
  }

  /**
   * Compares two plans whose ids may differ, for example a plan and the copy it was started from;
   * the comparison carries the newer plan's id.
   *
   * @param older the earlier plan
   * @param newer the later plan
   * @param asOf the date to schedule and check both as of
   * @param engine the engine that checks both plans
   * @return the comparison
   * @throws IllegalArgumentException when {@code asOf} is outside 0001-01-01 to 9999-12-31
   */
  public static PlanComparison compareAllowingOtherId(
      MutualActionPlan older, MutualActionPlan newer, LocalDate asOf, RuleEngine engine) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(engine, "engine");
    PlanStanding from = PlanStanding.of(older, asOf, engine);
    PlanStanding to = PlanStanding.of(newer, asOf, engine);
    OptionalLong slip = OptionalLong.empty();
    if (from.projectedFinish().isPresent() && to.projectedFinish().isPresent()) {
      WorkCalendar calendar = WorkCalendar.of(newer);
      slip = OptionalLong.of(calendar.idx(to.projectedFinish().get())
          - calendar.idx(from.projectedFinish().get()));
    }
    return PlanComparison.builder()
        .planId(newer.id())
        .asOf(asOf)
        .from(from)
        .to(to)
        .finishSlipDays(slip)
        .changes(PlanDiff.between(older, newer))
        .build();
  }
}

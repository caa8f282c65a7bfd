package io.mutualplan.rules.spi;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.WorkCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees of one evaluation, and where it reports findings.
 *
 * <p>The schedule is computed at most once per evaluation, the first time a rule asks for it, and
 * shared by every rule. A context belongs to one evaluation on one thread: rules must not keep it.
 *
 * <p>Findings take the rule's id and, unless given, its configured {@link #severity()}. A path is
 * a JSON Pointer (RFC 6901) into the plan document ({@code /milestones/2/exitCriteria}); it may
 * point at a member the plan leaves out, which is where the missing value belongs, but not at a
 * member the plan format does not have or at an array element the plan does not have. Such a path,
 * or a malformed one, is a bug in the rule: reporting it throws {@link IllegalArgumentException},
 * and the rule fails.
 */
public interface RuleContext {
  /**
   * The plan being checked.
   *
   * @return the plan
   */
  MutualActionPlan plan();

  /**
   * The date the plan is checked at: "today" for overdue steps, the schedule and quiet periods.
   *
   * @return the as-of date
   */
  LocalDate asOf();

  /**
   * The plan's schedule as of {@link #asOf()}, computed the first time a rule asks and shared by
   * every rule of the evaluation.
   *
   * @return the schedule, or empty when the dependencies form a cycle (see {@link
   *     #dependencyCycle()}) or when a date of the schedule would fall outside the dates a plan
   *     can hold, 0001-01-01 to 9999-12-31 (a plan looked at on the edge of the calendar, such as
   *     a two-day step as of 9999-12-31)
   */
  Optional<Schedule> schedule();

  /**
   * The plan's working-day calendar, also when the plan has no schedule.
   *
   * @return the calendar
   */
  WorkCalendar calendar();

  /**
   * The deadline date of the scheduling spec: the last working day on which work can finish and
   * still meet the outcome, {@code day(idx(outcome.date) - outcome.leadTimeDays - 1)}. Available
   * also when the plan has no schedule.
   *
   * @return the deadline date, or empty when the plan has no outcome or when the deadline would
   *     fall before 0001-01-01, the earliest date a plan can hold (an outcome on 0001-01-03 with
   *     five days of lead time): then no work can finish in time for the outcome
   */
  Optional<LocalDate> deadline();

  /**
   * The dependency cycle, when the plan has one: the ids in order, the first repeated at the end
   * ({@code legal, procurement, legal}).
   *
   * @return the cycle, or empty when the dependencies are acyclic
   */
  Optional<List<MilestoneId>> dependencyCycle();

  /**
   * The rule's parameter values.
   *
   * @return the resolved parameters
   */
  RuleParameters parameters();

  /**
   * The severity configured for the rule: its default, changed by the profile or the
   * configuration. {@link #report(String, String)} and the other short forms use it.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * Reports a finding about the plan as a whole.
   *
   * @param message what is wrong, for a sales manager, in the plan's own terms
   * @param hint what to do about it
   */
  void report(String message, String hint);

  /**
   * Reports a finding about one value of the plan that is not a milestone's, for example {@code
   * /outcome/setBy}.
   *
   * @param path the JSON Pointer of the value
   * @param message what is wrong
   * @param hint what to do about it
   */
  void reportAt(String path, String message, String hint);

  /**
   * Reports a finding about a milestone as a whole; its path is {@code /milestones/<index>}.
   *
   * @param milestoneIndex the milestone's position in {@code plan().milestones()}
   * @param message what is wrong
   * @param hint what to do about it
   * @throws IllegalArgumentException when the plan has no milestone at that index, as for any
   *     path to an element the plan does not have
   */
  void reportMilestone(int milestoneIndex, String message, String hint);

  /**
   * Reports a finding about one value of a milestone; its path is {@code
   * /milestones/<index>/<field>}.
   *
   * @param milestoneIndex the milestone's position in {@code plan().milestones()}
   * @param field the value's pointer relative to the milestone, e.g. {@code due} or {@code
   *     dependsOn/1}
   * @param message what is wrong
   * @param hint what to do about it
   * @throws IllegalArgumentException when the plan has no milestone at that index, as for any
   *     path to an element the plan does not have
   */
  void reportMilestone(int milestoneIndex, String field, String message, String hint);

  /**
   * Reports a finding with every part given, including a severity other than the configured one.
   *
   * @param severity the finding's severity
   * @param path the JSON Pointer of the value concerned, or empty
   * @param milestone the milestone concerned, or empty
   * @param message what is wrong
   * @param hint what to do about it
   */
  void report(
      Severity severity,
      Optional<String> path,
      Optional<MilestoneId> milestone,
      String message,
      String hint);
}

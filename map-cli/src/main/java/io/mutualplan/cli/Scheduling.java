package io.mutualplan.cli;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.builtin.BuiltInRules;
import io.mutualplan.rules.spi.QualityRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The scheduler and the forecast, for a plan read from a file: a dependency cycle, a plan without
 * the outcome that deriving dates needs, or a schedule whose dates would leave the range a plan
 * can hold, becomes bad input (exit code 2) that names the file and the place in it, as the
 * command line's contract asks.
 */
final class Scheduling {
  /** The rule of {@code map check} that describes a cycle: its words are the ones used here. */
  private static final String CYCLE_RULE = "dependencies-acyclic";

  private Scheduling() {}

  /** The plan's schedule as of a date. */
  static Schedule schedule(PlanSource source, MutualActionPlan plan, LocalDate asOf) {
    return scheduling(source, plan, asOf, () -> Scheduler.schedule(plan, asOf));
  }

  /** The plan's forecast: a cycle or a date out of range stops it as it stops a schedule. */
  static Forecast forecast(
      PlanSource source, MutualActionPlan plan, LocalDate asOf, ForecastSettings settings) {
    return scheduling(source, plan, asOf, () -> Forecaster.forecast(plan, asOf, settings));
  }

  /** The plan with its due dates derived backwards from the outcome. */
  static MutualActionPlan deriveDueDates(
      PlanSource source, MutualActionPlan plan, LocalDate asOf, boolean overwrite) {
    return scheduling(source, plan, asOf, () -> {
      try {
        return Scheduler.deriveDueDates(plan, asOf, overwrite);
      } catch (InvalidPlanException e) {
        throw PlanProblems.invalid(source, e);
      }
    });
  }

  /** Runs what schedules the plan: a cycle or a date out of range becomes bad input. */
  private static <T> T scheduling(
      PlanSource source, MutualActionPlan plan, LocalDate asOf, Supplier<T> work) {
    try {
      return work.get();
    } catch (CyclicDependencyException e) {
      throw cycle(source, plan, asOf, e);
    } catch (DateOutOfRangeException e) {
      throw outOfRange(source, e);
    }
  }

  /** A schedule whose dates would leave the range a plan can hold, at the place that moves them. */
  static BadInputException outOfRange(PlanSource source, DateOutOfRangeException e) {
    String words = e.getMessage() + "; the plan cannot be scheduled as of this date";
    return new BadInputException(source.name() + ": "
        + (e.pointer().isEmpty() ? words : PlanProblems.located(source, e.pointer(), words)));
  }

  /**
   * The cycle in the words of {@code map check}, placed at its first dependency: the second
   * milestone of the cycle depends on the first, so that dependency is one that could go.
   */
  private static BadInputException cycle(
      PlanSource source, MutualActionPlan plan, LocalDate asOf, CyclicDependencyException e) {
    List<MilestoneId> cycle = e.cycle();
    String pointer = pointer(plan, cycle.get(1), cycle.get(0));
    String words = checksWords(plan, asOf).orElse("There is a " + e.getMessage() + ".");
    // A milestone that depends on itself is a cycle of one dependency: [legal, legal].
    String removed = cycle.size() == 2 ? "this dependency is" : "one of these dependencies is";
    return new BadInputException(source.name() + ": " + PlanProblems.located(source, pointer,
        words + " The plan cannot be scheduled until " + removed + " removed."));
  }

  /** What {@code map check} says about the plan's cycle. */
  private static Optional<String> checksWords(MutualActionPlan plan, LocalDate asOf) {
    Optional<QualityRule> rule = BuiltInRules.all().stream()
        .filter(candidate -> candidate.id().equals(CYCLE_RULE))
        .findFirst();
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false).addRule(rule.get()).build();
    return engine.evaluate(plan, asOf).findings().stream()
        .map(Finding::message)
        .findFirst();
  }

  private static String pointer(
      MutualActionPlan plan, MilestoneId successor, MilestoneId predecessor) {
    OptionalInt index = plan.indexOf(successor);
    if (index.isEmpty()) {
      return "/milestones";
    }
    Milestone milestone = plan.milestones().get(index.getAsInt());
    List<Dependency> dependencies = milestone.dependsOn();
    for (int i = 0; i < dependencies.size(); i++) {
      if (dependencies.get(i).milestone().equals(predecessor)) {
        return "/milestones/" + index.getAsInt() + "/dependsOn/" + i;
      }
    }
    return "/milestones/" + index.getAsInt() + "/dependsOn";
  }
}

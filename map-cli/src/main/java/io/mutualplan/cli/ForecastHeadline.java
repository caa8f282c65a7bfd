package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.OutcomeDates;
import io.mutualplan.forecast.Percent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The forecast in the sentences a sales manager reads before the forecast call, for {@code map
 * forecast}'s text and markdown: how likely the outcome date holds, the outcome date to commit to
 * (or, when the outcome date holds at 80 percent, how early the outcome could be), when the work
 * finishes at 50, 80 and 90 percent, and which steps drive the date; or, for a plan without
 * estimates, that the forecast is the schedule itself.
 */
final class ForecastHeadline {
  /** A driver's title is cut here: the sentence names up to five of them. */
  private static final int TITLE_WIDTH = 60;

  private ForecastHeadline() {}

  /**
   * The sentences, each one line.
   *
   * @param planText makes text from the plan (a label, a title) safe for the output
   * @param strong emphasizes the figure each sentence is about
   */
  static List<String> sentences(MutualActionPlan plan, Forecast forecast,
      UnaryOperator<String> planText, UnaryOperator<String> strong) {
    List<String> sentences = new ArrayList<>();
    if (plan.milestones().isEmpty()) {
      sentences.add("The plan has no milestones yet, so there is nothing to forecast.");
      return sentences;
    }
    Optional<String> named = plan.outcome().flatMap(Outcome::label).map(planText);
    String label = named.orElse("The outcome");
    FinishDates finish = forecast.finish().orElseThrow();
    if (plan.milestones().stream().allMatch(Milestone::isComplete)) {
      sentences.add("Every milestone is complete, the last on " + finish.p90() + ".");
      plan.outcome().ifPresent(outcome -> sentences.add(label + " on " + outcome.date()
          + " holds: nothing is left to do."));
      return sentences;
    }
    if (plan.outcome().isPresent()) {
      Outcome outcome = plan.outcome().get();
      sentences.add(onTime(outcome, label, forecast, strong));
      forecast.outcomeAtConfidence()
          .ifPresent(dates -> sentences.add(dates.holdsAt80(outcome.date())
              ? howEarly(label, named.orElse("the outcome"), dates, strong)
              : commitment(named.orElse("the outcome"), dates, strong)));
    } else {
      sentences.add("The plan has no outcome date, so there is no deadline to be on time for.");
    }
    sentences.add(finishes(forecast, finish));
    if (forecast.deterministic()) {
      sentences.add("No open milestone has an estimate with a range (optimistic below"
          + " pessimistic), so the forecast is deterministic: every trial is the same schedule."
          + " Estimate the steps nobody controls (legal, security review, procurement) to see"
          + " the risk.");
    } else {
      sentences.add(drivers(plan, forecast, planText));
    }
    return sentences;
  }

  private static String onTime(
      Outcome outcome, String label, Forecast forecast, UnaryOperator<String> strong) {
    String start = label + " on " + outcome.date();
    int onTime = forecast.onTimeTrials().orElseThrow();
    if (forecast.deterministic()) {
      return start + (onTime > 0 ? " " + strong.apply("holds") + ": the schedule finishes by"
          + " the deadline" : " " + strong.apply("does not hold") + ": the schedule finishes"
          + " after the deadline") + ".";
    }
    return start + " holds with " + strong.apply(
        Percent.of(onTime, forecast.trials()) + " probability") + " ("
        + ForecastFigures.thousands(onTime) + " of "
        + ForecastFigures.thousands(forecast.trials()) + " trials on time).";
  }


  /** The outcome date holds: "With 80% confidence Go-live could be as early as 2027-02-15". */
  private static String howEarly(String label, String outcome, OutcomeDates dates,
      UnaryOperator<String> strong) {
    String p80 = strong.apply(dates.p80().toString());
    if (dates.p50().equals(dates.p90())) {
      return label + " could be as early as " + p80 + ".";
    }
    return "With 80% confidence " + outcome + " could be as early as " + p80 + " ("
        + dates.p50() + " with 50%, " + dates.p90() + " with 90%).";
  }

  /** The outcome date does not hold at 80%: "Commit to 2027-02-15 for Go-live ...". */
  private static String commitment(
      String outcome, OutcomeDates dates, UnaryOperator<String> strong) {
    String start = "Commit to " + strong.apply(dates.p80().toString()) + " for " + outcome;
    if (dates.p50().equals(dates.p90())) {
      return start + ".";
    }
    return start + " with 80% confidence (" + dates.p50() + " with 50%, " + dates.p90()
        + " with 90%).";
  }

  private static String finishes(Forecast forecast, FinishDates finish) {
    String deadline = forecast.deadline().map(date -> "; the deadline is " + date).orElse("");
    if (finish.p50().equals(finish.p90())) {
      return "The remaining work finishes by " + finish.p50() + deadline + ".";
    }
    return "The remaining work finishes by " + finish.p50() + " in half the trials, by "
        + finish.p80() + " in 80% and by " + finish.p90() + " in 90%" + deadline + ".";
  }

  private static String drivers(
      MutualActionPlan plan, Forecast forecast, UnaryOperator<String> planText) {
    List<MilestoneId> drivers = forecast.drivers();
    if (drivers.isEmpty()) {
      return "No step's uncertainty moves the finish.";
    }
    StringBuilder sentence = new StringBuilder("What drives the date: ");
    for (int i = 0; i < drivers.size(); i++) {
      MilestoneId id = drivers.get(i);
      String title = plan.milestone(id).map(Milestone::title).orElse(id.value());
      sentence.append(i == 0 ? "" : i == 1 ? ", then " : ", ")
          .append(planText.apply(PlanWords.shortened(title, TITLE_WIDTH)));
    }
    return sentence.append('.').toString();
  }
}

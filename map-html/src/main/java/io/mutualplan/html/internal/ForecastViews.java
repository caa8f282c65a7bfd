package io.mutualplan.html.internal;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.forecast.FinishDates;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import io.mutualplan.forecast.Percent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the forecast section's content from a plan and its forecast: every word and figure of the
 * section is chosen here, percentages as the command line writes them ({@link Percent}). The
 * outcome dates at 50, 80 and 90 percent are the dates to commit to when the buyer's outcome date
 * does not hold at 80 percent, and how early the outcome could be when it does.
 */
public final class ForecastViews {
  private ForecastViews() {}

  /**
   * The forecast section of a plan.
   *
   * @param plan the plan
   * @param forecast its forecast
   * @return the section's content
   */
  public static ForecastView of(MutualActionPlan plan, Forecast forecast) {
    List<Milestone> milestones = plan.milestones();
    boolean workLeft = milestones.stream().anyMatch(milestone -> !milestone.isComplete());
    Optional<Outcome> outcome = plan.outcome();
    Optional<String> label = outcome.flatMap(Outcome::label);
    Optional<String> probability = Optional.empty();
    Optional<String> probabilityWords = Optional.empty();
    if (outcome.isPresent() && !milestones.isEmpty()) {
      probability = Optional.of(
          Percent.of(forecast.onTimeTrials().orElseThrow(), forecast.trials()));
      String holds = "that " + label.orElse("the outcome") + " on "
          + DateWords.date(outcome.get().date()) + " holds: ";
      probabilityWords = Optional.of(holds + (workLeft
          ? NumberWords.count(forecast.onTimeTrials().orElseThrow()) + " of "
              + NumberWords.count(forecast.trials()) + " trials finish by the deadline, "
              + DateWords.date(forecast.deadline().orElseThrow()) + "."
          : "every milestone is complete."));
    }
    // Without anything drawn, every trial is the schedule: one date, not three equal ones.
    boolean certain = forecast.deterministic();
    List<Fact> finishes = !workLeft ? List.of()
        : certain ? List.of(level("In every trial", forecast.finish().orElseThrow().p50(),
            Optional.empty(), "plain"))
        : finishes(forecast.finish().orElseThrow());
    // outcomeAtConfidence is there only with an outcome and work left to do.
    boolean holds = forecast.outcomeAtConfidence()
        .map(dates -> dates.holdsAt80(outcome.orElseThrow().date())).orElse(false);
    String p80Words = holds
        ? label.orElse("the outcome") + " on " + DateWords.date(outcome.orElseThrow().date())
            + " holds"
        : "the date to commit to";
    List<Fact> commitments = forecast.outcomeAtConfidence()
        .map(dates -> certain ? List.of(level("In every trial", dates.p80(),
            Optional.of(p80Words), "commit")) : commitments(dates, p80Words))
        .orElse(List.of());
    return new ForecastView(
        probability,
        probabilityWords,
        holds ? label.orElse("The outcome") + " could be as early as"
            : label.orElse("Outcome") + " date to commit to",
        commitments,
        finishes,
        drivers(plan, forecast.drivers()),
        notes(plan, forecast, workLeft),
        rows(plan, forecast),
        NumberWords.count(forecast.trials()) + (forecast.trials() == 1 ? " trial" : " trials")
            + ", seed " + forecast.seed() + ", " + forecast.distribution().spelling()
            + " durations: the same plan, as-of date and settings give the same figures.");
  }

  private static List<Fact> finishes(FinishDates finish) {
    return List.of(
        level("50% confidence", finish.p50(), Optional.of("as likely early as late"), "plain"),
        level("80% confidence", finish.p80(), Optional.empty(), "plain"),
        level("90% confidence", finish.p90(), Optional.empty(), "plain"));
  }


  private static List<Fact> commitments(OutcomeDates dates, String p80Words) {
    return List.of(
        level("50% confidence", dates.p50(), Optional.of("a coin toss"), "plain"),
        level("80% confidence", dates.p80(), Optional.of(p80Words), "commit"),
        level("90% confidence", dates.p90(), Optional.empty(), "plain"));
  }

  private static Fact level(String term, LocalDate date, Optional<String> detail, String look) {
    return new Fact(term, Optional.empty(), Optional.of(DateView.of(date)), detail, look);
  }

  private static List<MilestoneLink> drivers(MutualActionPlan plan, List<MilestoneId> ids) {
    List<MilestoneLink> drivers = new ArrayList<>(ids.size());
    for (MilestoneId id : ids) {
      String title = plan.milestone(id).map(Milestone::title).orElse(id.value());
      drivers.add(new MilestoneLink(PageViews.anchor(id), title));
    }
    return drivers;
  }

  private static List<String> notes(MutualActionPlan plan, Forecast forecast, boolean workLeft) {
    List<String> notes = new ArrayList<>(2);
    if (plan.milestones().isEmpty()) {
      notes.add("The plan has no milestones yet, so there is nothing to forecast.");
    } else if (!workLeft) {
      notes.add("Every milestone is complete: its dates are facts, and nothing is left to"
          + " forecast.");
    } else {
      if (plan.outcome().isEmpty()) {
        notes.add("The plan has no outcome date, so there is no deadline to be on time for:"
            + " the forecast says when the work finishes.");
      }
      if (forecast.deterministic()) {
        notes.add("No open milestone has an estimate with a range (optimistic below"
            + " pessimistic), so every trial is the same schedule and the figures are as"
            + " certain as the plan's durations. Estimate the steps nobody controls (legal,"
            + " security review, procurement) to see the risk.");
      } else if (forecast.drivers().isEmpty()) {
        notes.add("No step's uncertainty moves the finish.");
      }
    }
    return notes;
  }

  private static List<CriticalityRow> rows(MutualActionPlan plan, Forecast forecast) {
    List<Milestone> milestones = plan.milestones();
    List<CriticalityRow> rows = new ArrayList<>(milestones.size());
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      MilestoneForecast line = forecast.milestones().get(i);
      rows.add(new CriticalityRow(
          PageViews.anchor(milestone.id()),
          milestone.id().value(),
          milestone.title(),
          Percent.of(line.criticality()),
          SvgNumber.of(line.criticality() * CriticalityRow.BAR_LENGTH),
          forecast.drivers().contains(milestone.id()),
          milestone.isComplete(),
          DateView.of(line.finishP50()),
          DateView.of(line.finishP80())));
    }
    return rows;
  }
}

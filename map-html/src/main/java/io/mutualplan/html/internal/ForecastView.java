package io.mutualplan.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * The forecast section of the page: how likely the outcome date holds, the outcome dates to
 * commit to, when the work finishes, what drives the date, and each milestone's criticality.
 * {@link ForecastViews} makes it.
 *
 * @param probability the probability that the outcome date holds, for example {@code 99.8%};
 *     empty without an outcome
 * @param probabilityWords what the probability says, for example {@code that Go-live on 1 Mar
 *     2027 holds: ...}; empty without an outcome
 * @param commitmentsHeading the heading of the outcome dates: {@code Go-live date to commit to},
 *     or {@code Go-live could be as early as} when the outcome date holds at 80 percent
 * @param commitments the outcome dates at 50, 80 and 90 percent confidence, the 80 percent one
 *     marked; empty without an outcome, or with nothing left to do
 * @param finishes when the remaining work finishes at 50, 80 and 90 percent confidence; empty
 *     for a plan without milestones
 * @param drivers the milestones whose uncertainty moves the date most, highest first
 * @param notes what else to know to read the figures: that there is nothing uncertain, no
 *     outcome, nothing left to do
 * @param milestones every milestone's line, in plan order
 * @param settings the trials, seed and distribution that reproduce the forecast
 */
public record ForecastView(
    Optional<String> probability,
    Optional<String> probabilityWords,
    String commitmentsHeading,
    List<Fact> commitments,
    List<Fact> finishes,
    List<MilestoneLink> drivers,
    List<String> notes,
    List<CriticalityRow> milestones,
    String settings) {

  /** Keeps the lists as given. */
  public ForecastView {
    commitments = List.copyOf(commitments);
    finishes = List.copyOf(finishes);
    drivers = List.copyOf(drivers);
    notes = List.copyOf(notes);
    milestones = List.copyOf(milestones);
  }
}

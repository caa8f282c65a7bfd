package io.mutualplan.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * Everything the portfolio page shows, in words, ready for the template: the template only places
 * it. {@link PortfolioViews} makes it from a portfolio's summary and rows.
 *
 * @param documentTitle the browser tab's title
 * @param description the page's meta description
 * @param contentSecurityPolicy the page's Content-Security-Policy
 * @param styleSheet the page's style sheet, whose hash the policy allows
 * @param asOf the date the plans were checked as of
 * @param headline how many plans were read, and how many could not be
 * @param facts the header's lines: plans read, could not be read, as of
 * @param verdicts how many plans have each verdict, best first
 * @param scores the lowest, median and highest score, when there are plans
 * @param infeasible how many plans cannot finish by their deadline
 * @param infeasibleWords the same, in a sentence's words after the number
 * @param anyInfeasible whether any plan cannot finish by its deadline, which the page flags
 * @param expectation what is expected to land by the date, when the portfolio was forecast
 * @param rules the rules that fired, with the number of plans each fired on, most first
 * @param stalls the milestone kinds with their number of stalled milestones, most first
 * @param worst the worst plans, lowest score first
 * @param failed how many plans could not be read
 * @param failures the first of those, in source order
 * @param moreFailures how many more could not be read than are listed, in words
 * @param plans how many plans were read
 * @param rows every plan read, in input order; read once, while the page is written
 * @param forecast whether the portfolio was forecast: then the tables show the probabilities
 * @param version the version of MAP that made the page
 */
public record PortfolioView(
    String documentTitle,
    String description,
    String contentSecurityPolicy,
    String styleSheet,
    DateView asOf,
    String headline,
    List<Fact> facts,
    List<Tally> verdicts,
    Optional<ScoreRange> scores,
    String infeasible,
    String infeasibleWords,
    boolean anyInfeasible,
    Optional<Expectation> expectation,
    List<Tally> rules,
    List<Tally> stalls,
    List<PortfolioRow> worst,
    String failed,
    List<FailureView> failures,
    Optional<String> moreFailures,
    long plans,
    Iterable<PortfolioRow> rows,
    boolean forecast,
    String version) {

  /** Keeps the lists as given. */
  public PortfolioView {
    facts = List.copyOf(facts);
    verdicts = List.copyOf(verdicts);
    rules = List.copyOf(rules);
    stalls = List.copyOf(stalls);
    worst = List.copyOf(worst);
    failures = List.copyOf(failures);
  }

  /**
   * Whether any plan could not be read.
   *
   * @return true when the page lists failures
   */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }
}

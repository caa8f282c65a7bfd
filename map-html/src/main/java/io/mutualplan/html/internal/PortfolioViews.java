package io.mutualplan.html.internal;

import io.mutualplan.core.Counts;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Makes a portfolio page's content from a portfolio: every word and number of the page. */
public final class PortfolioViews {
  private PortfolioViews() {}

  /**
   * The page of a portfolio.
   *
   * @param portfolio the portfolio
   * @param version the version of MAP
   * @return the page's content
   */
  public static PortfolioView of(Portfolio portfolio, String version) {
    PortfolioSummary summary = portfolio.summary();
    DateView asOf = DateView.of(portfolio.asOf());
    String headline = Counts.of(summary.plans(), "plan", "plans");
    List<PortfolioCount> verdicts = new ArrayList<>();
    for (Verdict verdict : new Verdict[] {Verdict.READY, Verdict.NEEDS_WORK, Verdict.NOT_MUTUAL}) {
      verdicts.add(new PortfolioCount(Words.ofSpelling(verdict.spelling()),
          summary.verdicts().getOrDefault(verdict, 0L)));
    }
    List<PortfolioCount> rules = new ArrayList<>();
    for (Map.Entry<String, Long> rule : summary.rules()) {
      rules.add(new PortfolioCount(DisplayText.line(rule.getKey()), rule.getValue()));
    }
    List<PortfolioCount> stalls = new ArrayList<>();
    for (Map.Entry<MilestoneKind, Long> stall : summary.stalls()) {
      stalls.add(new PortfolioCount(Words.ofSpelling(stall.getKey().spelling()),
          stall.getValue()));
    }
    List<PortfolioCount> failures = new ArrayList<>();
    for (PlanFailure failure : summary.failures()) {
      failures.add(new PortfolioCount(source(failure.source(), failure.line().isPresent()
          ? Optional.of(failure.line().getAsLong()) : Optional.empty()) + ": "
          + DisplayText.line(failure.problems().get(0)), 1));
    }
    long more = summary.failed() - summary.failures().size();
    return new PortfolioView(
        "Portfolio of " + headline + " · Mutual action plans",
        "The quality, schedule and stalls of " + headline + " as of " + asOf.text(),
        PageStyle.CONTENT_SECURITY_POLICY,
        PageStyle.STYLE_SHEET,
        headline,
        facts(summary),
        verdicts,
        rules,
        stalls,
        summary.worst().stream().map(PortfolioViews::row).toList(),
        portfolio.plans().stream().map(PortfolioViews::row).toList(),
        failures,
        more > 0 ? "... and " + more + " more could not be read." : "",
        asOf,
        version);
  }

  private static List<Fact> facts(PortfolioSummary summary) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Plans", Optional.of(Long.toString(summary.plans())), Optional.empty(),
        summary.failed() > 0
            ? Optional.of(summary.failed() + " more could not be read") : Optional.empty(),
        summary.failed() > 0 ? "late" : "plain"));
    facts.add(new Fact("Scores", Optional.of(summary.scoreMedian().isPresent()
            ? "median " + summary.scoreMedian().getAsInt() : "none"), Optional.empty(),
        summary.scoreMin().isPresent()
            ? Optional.of("from " + summary.scoreMin().getAsInt() + " to "
                + summary.scoreMax().getAsInt())
            : Optional.empty(),
        "plain"));
    facts.add(new Fact("Infeasible", Optional.of(Long.toString(summary.infeasible())),
        Optional.empty(), Optional.of(Counts.of(summary.infeasible(), "plan cannot", "plans cannot")
            + " finish by their deadline"),
        summary.infeasible() > 0 ? "late" : "plain"));
    if (summary.expectedOnTime().isPresent()) {
      List<String> values = new ArrayList<>();
      for (Map.Entry<String, BigDecimal> value : summary.expectedValueOnTime().entrySet()) {
        values.add(DisplayText.line(value.getKey()) + " " + String.format(Locale.ROOT, "%,.2f",
            value.getValue().setScale(2, RoundingMode.HALF_EVEN)));
      }
      facts.add(new Fact("Expected on time",
          Optional.of(summary.expectedOnTime().get().setScale(1, RoundingMode.HALF_EVEN)
              .toPlainString() + " of " + summary.plans() + " outcomes"),
          Optional.empty(),
          values.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", values)),
          "plain"));
    }
    return facts;
  }

  private static PortfolioRowView row(PlanSummary row) {
    String look = switch (row.verdict()) {
      case NOT_MUTUAL -> "is-overdue";
      case NEEDS_WORK -> "is-at-risk";
      case READY -> "";
    };
    return new PortfolioRowView(
        DisplayText.line(row.planId().value()),
        DisplayText.line(row.title()),
        source(row.source(), row.line().isPresent()
            ? Optional.of(row.line().getAsLong()) : Optional.empty()),
        row.score(),
        Words.ofSpelling(row.verdict().spelling()),
        look,
        row.slackDays().isPresent() ? Long.toString(row.slackDays().getAsLong()) : "—",
        row.projectedFinish().map(DateView::of),
        row.deadline().map(DateView::of),
        row.probabilityOnTime().isPresent()
            ? Optional.of(percent(row.probabilityOnTime().getAsDouble()))
            : Optional.empty(),
        DisplayText.line(String.join(", ", row.rules())));
  }

  /** A probability as the percentage it is, exactly: 0.8125 is 81.25%, 1 is 100%. */
  private static String percent(double probability) {
    BigDecimal percent = BigDecimal.valueOf(probability).movePointRight(2).stripTrailingZeros();
    return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
  }

  private static String source(String source, Optional<Long> line) {
    return DisplayText.line(source) + line.map(n -> " line " + n).orElse("");
  }
}

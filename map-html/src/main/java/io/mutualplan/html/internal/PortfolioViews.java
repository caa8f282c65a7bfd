package io.mutualplan.html.internal;

import io.mutualplan.core.DisplayText;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.forecast.Percent;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Makes the portfolio page's content from a portfolio's summary and its rows: every word and
 * number of the page is chosen here. Every text that came from a plan or a file (ids, titles,
 * sources, problems, rule ids, currencies) is put on one line by {@link DisplayText}, as the
 * command line does: each cell of the tables is one plan's, and a line break or a character that
 * reorders text must not make it read otherwise.
 */
public final class PortfolioViews {
  /** The verdicts, best first, as the command line lists them. */
  private static final List<Verdict> BEST_FIRST =
      List.of(Verdict.READY, Verdict.NEEDS_WORK, Verdict.NOT_MUTUAL);

  private PortfolioViews() {}

  /**
   * The page of a portfolio.
   *
   * @param asOf the date the plans were checked as of
   * @param summary the summary of every plan and failure
   * @param rows a row per plan read, in input order; iterated once, while the page is written
   * @return the page's content
   */
  public static PortfolioView of(
      LocalDate asOf, PortfolioSummary summary, Iterable<PlanSummary> rows) {
    boolean forecast = summary.expectedOnTime().isPresent();
    DateView date = DateView.of(asOf);
    String headline = NumberWords.count(summary.plans())
        + (summary.plans() == 1 ? " plan" : " plans") + " read" + (summary.failed() > 0
            ? "; " + NumberWords.count(summary.failed()) + " could not be read" : "");
    long more = summary.failed() - summary.failures().size();
    return new PortfolioView(
        "Portfolio as of " + date.text() + " · Mutual action plans",
        "Summary of " + headline + ", as of " + date.text(),
        PageStyle.PORTFOLIO_CONTENT_SECURITY_POLICY,
        PageStyle.PORTFOLIO_STYLE_SHEET,
        date,
        headline,
        facts(summary, date),
        verdicts(summary),
        scores(summary),
        NumberWords.count(summary.infeasible()),
        summary.infeasible() == 1
            ? "plan cannot finish by its deadline (negative slack)"
            : "plans cannot finish by their deadline (negative slack)",
        summary.infeasible() > 0,
        forecast ? Optional.of(expectation(summary)) : Optional.empty(),
        rules(summary),
        stalls(summary),
        summary.worst().stream().map(PortfolioViews::row).collect(Collectors.toList()),
        NumberWords.count(summary.failed()),
        summary.failures().stream().map(PortfolioViews::failure).collect(Collectors.toList()),
        more > 0
            ? Optional.of("The first " + NumberWords.count(summary.failures().size())
                + " are listed; " + NumberWords.count(more) + " more could not be read.")
            : Optional.empty(),
        summary.plans(),
        () -> rows(rows.iterator()),
        forecast,
        LibraryVersion.VERSION);
  }

  private static List<Fact> facts(PortfolioSummary summary, DateView asOf) {
    return List.of(
        new Fact("Plans read", Optional.of(NumberWords.count(summary.plans())), Optional.empty(),
            Optional.empty(), "plain"),
        new Fact("Could not be read", Optional.of(NumberWords.count(summary.failed())),
            Optional.empty(), Optional.empty(), summary.failed() > 0 ? "late" : "plain"),
        new Fact("As of", Optional.empty(), Optional.of(asOf), Optional.empty(), "plain"));
  }

  private static List<Tally> verdicts(PortfolioSummary summary) {
    List<Tally> verdicts = new ArrayList<>(BEST_FIRST.size());
    for (Verdict verdict : BEST_FIRST) {
      long count = summary.verdicts().getOrDefault(verdict, 0L);
      verdicts.add(new Tally(Words.ofSpelling(verdict.spelling()), verdict.spelling(),
          NumberWords.count(count), Optional.of(NumberWords.share(count, summary.plans()))));
    }
    return verdicts;
  }

  private static Optional<ScoreRange> scores(PortfolioSummary summary) {
    if (summary.scoreMin().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ScoreRange(summary.scoreMin().getAsInt(),
        summary.scoreMedian().orElseThrow(), summary.scoreMax().orElseThrow()));
  }

  private static Expectation expectation(PortfolioSummary summary) {
    List<ExpectedValue> values = new ArrayList<>(summary.expectedValueOnTime().size());
    for (Map.Entry<String, BigDecimal> value : summary.expectedValueOnTime().entrySet()) {
      values.add(new ExpectedValue(DisplayText.line(value.getKey()),
          NumberWords.cents(value.getValue())));
    }
    return new Expectation(NumberWords.tenths(summary.expectedOnTime().orElseThrow()),
        NumberWords.count(summary.plans()) + (summary.plans() == 1 ? " plan" : " plans"), values);
  }

  private static List<Tally> rules(PortfolioSummary summary) {
    List<Tally> rules = new ArrayList<>(summary.rules().size());
    for (Map.Entry<String, Long> rule : summary.rules()) {
      rules.add(new Tally(DisplayText.line(rule.getKey()), "rule",
          NumberWords.count(rule.getValue()),
          Optional.of(NumberWords.share(rule.getValue(), summary.plans()))));
    }
    return rules;
  }

  private static List<Tally> stalls(PortfolioSummary summary) {
    List<Tally> stalls = new ArrayList<>(summary.stalls().size());
    for (Map.Entry<MilestoneKind, Long> stall : summary.stalls()) {
      String spelling = stall.getKey().spelling();
      stalls.add(new Tally(Words.ofSpelling(spelling), spelling,
          NumberWords.count(stall.getValue()), Optional.empty()));
    }
    return stalls;
  }

  /** The rows, made one at a time as the template asks for them, so that none is kept. */
  private static Iterator<PortfolioRow> rows(Iterator<PlanSummary> plans) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return plans.hasNext();
      }

      @Override
      public PortfolioRow next() {
        return row(plans.next());
      }
    };
  }

  private static PortfolioRow row(PlanSummary plan) {
    boolean infeasible = plan.feasible().filter(feasible -> !feasible).isPresent();
    List<String> looks = new ArrayList<>(2);
    looks.add("verdict-" + plan.verdict().spelling());
    if (infeasible) {
      looks.add("is-infeasible");
    }
    if (!plan.hasSchedule()) {
      looks.add("is-unscheduled");
    }
    return new PortfolioRow(
        DisplayText.line(plan.planId().value()),
        DisplayText.line(plan.title()),
        DisplayText.line(plan.source()),
        line(plan.line()),
        plan.dealValue().map(value -> DisplayText.line(NumberWords.money(value))),
        plan.score(),
        Words.ofSpelling(plan.verdict().spelling()),
        plan.verdict().spelling(),
        plan.errors(),
        plan.warnings(),
        plan.infos(),
        plan.hasSchedule(),
        plan.projectedFinish().map(DateView::of),
        plan.deadline().map(DateView::of),
        plan.slackDays().isPresent()
            ? Optional.of(Long.toString(plan.slackDays().getAsLong())) : Optional.empty(),
        plan.feasible().map(feasible -> feasible ? "Yes" : "No"),
        plan.probabilityOnTime().isPresent()
            ? Optional.of(Percent.of(plan.probabilityOnTime().getAsDouble()))
            : Optional.empty(),
        String.join(" ", looks));
  }

  private static FailureView failure(PlanFailure failure) {
    return new FailureView(
        DisplayText.line(failure.source()),
        line(failure.line()),
        failure.problems().stream().map(DisplayText::line).collect(Collectors.toList()));
  }

  private static Optional<String> line(OptionalLong line) {
    return line.isPresent() ? Optional.of("line " + line.getAsLong()) : Optional.empty();
  }
}

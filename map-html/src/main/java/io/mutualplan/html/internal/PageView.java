package io.mutualplan.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * Everything the page shows, in words and positions, ready for the template: the template only
 * places it. {@link PageViews} makes it from a plan.
 *
 * @param documentTitle the browser tab's title
 * @param description the page's meta description
 * @param contentSecurityPolicy the page's Content-Security-Policy
 * @param styleSheet the page's style sheet, whose hash the policy allows
 * @param title the plan's title
 * @param buyer the buyer's name, shown before the seller's: {@code Acme Corp × Globex}
 * @param seller the seller's name
 * @param goal what both sides are working toward, if written
 * @param asOf the date the page is as of
 * @param facts the header's lines: outcome, deadline, projected finish, as of
 * @param grade the verdict, score and counts, on the seller's page
 * @param rows the MAP table, one row per milestone in plan order
 * @param chart the Gantt chart, when the plan has milestones and a schedule
 * @param chartNote why there is no chart, when there is none
 * @param forecast the forecast section, when the page was asked for one and it could be made
 * @param forecastNote why there is no forecast although one was asked for
 * @param findings the findings grouped by severity, on the seller's page; empty on the buyer's
 *     and when there are none
 * @param people both sides' stakeholders, on the buyer's page; empty on the seller's
 * @param version the version of MAP that made the page
 * @param revision the plan's latest revision in words, if it has any
 */
public record PageView(
    String documentTitle,
    String description,
    String contentSecurityPolicy,
    String styleSheet,
    String title,
    String buyer,
    String seller,
    Optional<String> goal,
    DateView asOf,
    List<Fact> facts,
    Optional<Grade> grade,
    List<TableRow> rows,
    Optional<GanttChart> chart,
    Optional<String> chartNote,
    Optional<ForecastView> forecast,
    Optional<String> forecastNote,
    List<FindingGroup> findings,
    List<PeopleSide> people,
    String version,
    Optional<String> revision) {

  /** Keeps the lists as given. */
  public PageView {
    facts = List.copyOf(facts);
    rows = List.copyOf(rows);
    findings = List.copyOf(findings);
    people = List.copyOf(people);
  }

  /**
   * Whether this is the seller's page, which grades the plan.
   *
   * @return true for the seller's audience
   */
  public boolean forSeller() {
    return grade.isPresent();
  }

  /**
   * Who the page is for.
   *
   * @return {@code seller} or {@code buyer}
   */
  public String audience() {
    return forSeller() ? "seller" : "buyer";
  }

  /**
   * Whether any row is marked as on the critical path.
   *
   * @return true when the table's caption should say what the mark means
   */
  public boolean criticalPathShown() {
    return rows.stream()
        .anyMatch(row -> row.marks().stream().anyMatch(mark -> mark.look().equals("critical")));
  }
}

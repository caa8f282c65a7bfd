package io.mutualplan.html.internal;

import io.mutualplan.core.Counts;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes the page's content from a plan, its schedule and (for the seller) its quality report:
 * every word and date of the page is chosen here, the chart's geometry in {@link GanttChart}.
 */
public final class PageViews {
  private PageViews() {}

  /**
   * The page of a plan.
   *
   * @param plan the plan
   * @param asOf the date the page is as of
   * @param schedule the plan's schedule as of that date, or empty when its dependencies form a
   *     cycle
   * @param cycle the cycle, when there is one, in the order work flows
   * @param report the quality report, for the seller's page; empty for the buyer's
   * @param forecast the plan's forecast, when the page shows one
   * @param forecastProblem why the forecast asked for could not be made (the plan cannot be
   *     scheduled), in words that follow "No forecast: "
   * @return the page's content
   */
  public static PageView of(
      MutualActionPlan plan,
      LocalDate asOf,
      Optional<Schedule> schedule,
      List<MilestoneId> cycle,
      Optional<QualityReport> report,
      Optional<Forecast> forecast,
      Optional<String> forecastProblem) {
    String title = DisplayText.line(plan.title());
    String parties = plan.buyer().name() + " × " + plan.seller().name();
    Optional<GanttChart> chart = plan.milestones().isEmpty()
        ? Optional.empty()
        : schedule.map(s -> GanttChart.of(plan, s));
    return new PageView(
        title + " · Mutual action plan",
        "Mutual action plan of " + parties + plan.goal().map(goal -> ": " + goal).orElse(""),
        PageStyle.CONTENT_SECURITY_POLICY,
        PageStyle.STYLE_SHEET,
        plan.title(),
        plan.buyer().name(),
        plan.seller().name(),
        plan.goal(),
        DateView.of(asOf),
        facts(plan, asOf, schedule),
        report.map(PageViews::grade),
        rows(plan, asOf, schedule),
        chart,
        chartNote(plan, cycle),
        forecast.map(f -> ForecastViews.of(plan, f)),
        forecastProblem.map(problem -> "No forecast: " + problem + "."),
        report.map(r -> findings(plan, r)).orElse(List.of()),
        report.isPresent() ? List.of() : people(plan),
        LibraryVersion.VERSION,
        plan.latestRevision().map(revision -> revision(plan, revision)));
  }

  private static List<Fact> facts(
      MutualActionPlan plan, LocalDate asOf, Optional<Schedule> schedule) {
    List<Fact> facts = new ArrayList<>(4);
    if (plan.outcome().isPresent()) {
      Outcome outcome = plan.outcome().get();
      facts.add(new Fact("Outcome", Optional.of(outcome.label().orElse("Outcome")),
          Optional.of(DateView.of(outcome.date())),
          outcome.setBy().map(by -> "set by " + name(plan, by)), "plain"));
    }
    if (schedule.isPresent()) {
      Schedule dates = schedule.get();
      dates.deadline().ifPresent(deadline -> facts.add(new Fact("Deadline", Optional.empty(),
          Optional.of(DateView.of(deadline)), deadlineDetail(plan), "plain")));
      if (dates.projectedFinish().isPresent()) {
        Optional<String> detail = Optional.empty();
        String look = "plain";
        if (dates.deadline().isPresent()) {
          long slack = dates.slackDays();
          detail = Optional.of(dates.feasible()
              ? Counts.days(plan, slack) + " of slack"
              : Counts.days(plan, -slack) + " late");
          look = dates.feasible() ? "plain" : "late";
        }
        facts.add(new Fact("Projected finish", Optional.empty(),
            Optional.of(DateView.of(dates.projectedFinish().get())), detail, look));
      }
    }
    facts.add(new Fact("As of", Optional.empty(), Optional.of(DateView.of(asOf)),
        Optional.empty(), "plain"));
    return facts;
  }

  private static Optional<String> deadlineDetail(MutualActionPlan plan) {
    Outcome outcome = plan.outcome().orElseThrow();
    if (outcome.leadTimeDays() == 0) {
      return Optional.of("the last day to finish");
    }
    // The lead time starts the day after the deadline: 7 Feb leaves 21 days (8 to 28 Feb) before
    // a go-live on 1 Mar, 22 days after it, so the words count the lead time, not the gap.
    return Optional.of("the last day to finish, leaving the "
        + Counts.days(plan, outcome.leadTimeDays()) + " of lead time before "
        + outcome.label().orElse("the outcome"));
  }

  private static Grade grade(QualityReport report) {
    Verdict verdict = report.verdict();
    return new Grade(
        Words.ofSpelling(verdict.spelling()),
        verdict.spelling(),
        report.score(),
        Counts.of(report.errors(), "error", "errors"),
        Counts.of(report.warnings(), "warning", "warnings"),
        Counts.of(report.infos(), "info", "infos"),
        report.profile().spelling());
  }

  private static List<TableRow> rows(
      MutualActionPlan plan, LocalDate asOf, Optional<Schedule> schedule) {
    List<Milestone> milestones = plan.milestones();
    List<TableRow> rows = new ArrayList<>(milestones.size());
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      int index = i;
      Optional<MilestoneSchedule> line = schedule.map(s -> s.milestone(index));
      String status = milestone.status().spelling();
      rows.add(new TableRow(
          anchor(milestone.id()),
          milestone.id().value(),
          milestone.title(),
          milestone.buyerOwner().map(owner -> name(plan, owner)),
          milestone.sellerOwner().map(owner -> name(plan, owner)),
          milestone.due().map(DateView::of),
          milestone.baselineDue().filter(baseline -> !milestone.due().equals(Optional.of(baseline)))
              .map(DateView::of),
          Words.ofSpelling(status),
          status,
          milestone.completed().map(DateView::of),
          marks(milestone, asOf, line),
          milestone.exitCriteria()));
    }
    return rows;
  }

  /**
   * The words that flag a row. Overdue: not complete and due before the as-of date (as the
   * {@code overdue} rule says). At risk: flagged so in the plan, or, not yet overdue, its early
   * finish is after its due date. Critical path: the schedule says it drives the finish.
   */
  private static List<Mark> marks(
      Milestone milestone, LocalDate asOf, Optional<MilestoneSchedule> line) {
    List<Mark> marks = new ArrayList<>(3);
    boolean open = !milestone.isComplete();
    Optional<LocalDate> due = milestone.due();
    boolean overdue = open && due.isPresent() && due.get().isBefore(asOf);
    if (overdue) {
      long late = ChronoUnit.DAYS.between(due.get(), asOf);
      marks.add(new Mark("Overdue", Counts.of(late, "day", "days"), "overdue"));
    }
    if (open && milestone.atRisk()) {
      marks.add(new Mark("At risk", "flagged", "at-risk"));
    } else if (open && !overdue && due.isPresent() && line.isPresent()
        && line.get().earlyFinish().isAfter(due.get())) {
      marks.add(new Mark("At risk",
          "finishes " + DateWords.dayAndMonth(line.get().earlyFinish()), "at-risk"));
    }
    if (line.isPresent() && line.get().critical()) {
      marks.add(new Mark("Critical path", "", "critical"));
    }
    return marks;
  }

  private static Optional<String> chartNote(MutualActionPlan plan, List<MilestoneId> cycle) {
    if (plan.milestones().isEmpty()) {
      return Optional.of("The plan has no milestones yet, so there is nothing to chart.");
    }
    if (!cycle.isEmpty()) {
      return Optional.of("No timeline: the milestones' dependencies go round in a circle ("
          + cycle.stream().map(MilestoneId::value).collect(Collectors.joining(" → "))
          + "), so no milestone in it can start. "
          // A milestone that depends on itself is a cycle of one dependency: [legal, legal].
          + (cycle.size() == 2 ? "Remove this dependency." : "Remove one of these dependencies."));
    }
    return Optional.empty();
  }

  private static List<FindingGroup> findings(MutualActionPlan plan, QualityReport report) {
    List<FindingGroup> groups = new ArrayList<>(3);
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      List<FindingView> findings = report.findings().stream()
          .filter(finding -> finding.severity() == severity)
          .map(finding -> finding(plan, finding))
          .collect(Collectors.toList());
      if (!findings.isEmpty()) {
        String heading = severity == Severity.ERROR ? "Errors"
            : severity == Severity.WARNING ? "Warnings" : "Infos";
        groups.add(new FindingGroup(heading, severity.spelling(), findings));
      }
    }
    return groups;
  }

  private static FindingView finding(MutualActionPlan plan, Finding finding) {
    Optional<Milestone> milestone = finding.milestone().flatMap(plan::milestone);
    return new FindingView(
        finding.ruleId(),
        finding.message(),
        finding.hint(),
        finding.path(),
        milestone.map(m -> anchor(m.id())),
        milestone.map(Milestone::title));
  }

  private static List<PeopleSide> people(MutualActionPlan plan) {
    return List.of(
        side(plan.buyer().name(), "buyer", plan.buyerSide()),
        side(plan.seller().name(), "seller", plan.sellerSide()));
  }

  private static PeopleSide side(String organization, String side, List<Stakeholder> people) {
    return new PeopleSide(organization, side, people.stream()
        .map(person -> new PersonView(person.name(), person.title(), roles(person.roles())))
        .collect(Collectors.toList()));
  }

  private static String roles(List<Role> roles) {
    return roles.stream().map(role -> Words.ofSpelling(role.spelling()))
        .collect(Collectors.joining(", "));
  }

  private static String revision(MutualActionPlan plan, Revision revision) {
    Optional<Stakeholder> author = plan.stakeholder(revision.author());
    String who = author.map(person -> person.name() + " ("
            + (person.side() == Side.BUYER ? plan.buyer() : plan.seller()).name() + ")")
        .orElse(revision.author().value());
    return "revision " + revision.number() + " by " + who + " on "
        + DateWords.date(revision.at().atOffset(ZoneOffset.UTC).toLocalDate());
  }

  private static String name(MutualActionPlan plan, StakeholderId id) {
    return plan.stakeholder(id).map(Stakeholder::name).orElse(id.value());
  }

  /** The fragment id of a milestone's row in the MAP table, for example {@code m-legal}. */
  static String anchor(MilestoneId id) {
    return "m-" + id.value();
  }
}

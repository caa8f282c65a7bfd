package io.mutualplan.html;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.testkit.CalendarStyle;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.GraphShape;
import io.mutualplan.testkit.PlanGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** The plans the page is tested with: the examples, a long plan, long titles, hostile text. */
final class TestPlans {
  /** The as-of date the examples are written for. */
  static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  /** Text that would run script or load something if the page did not escape it. */
  static final String HOSTILE = "<script>document.title='pwned'</script>"
      + "\"><img src=x onerror=\"document.title='pwned'\"> ' onmouseover='alert(1)"
      + " </title></style><svg onload=alert(2)> @import url(https://evil.example/a.css);"
      + " &amp; javascript:alert(3) <!-- ]]>";

  private TestPlans() {}

  /** The example plans, by name. */
  static List<String> exampleNames() {
    return Fixtures.names();
  }

  /** An example plan. */
  static MutualActionPlan example(String name) {
    return Fixtures.plan(name);
  }

  /** The Acme plan, the README's example. */
  static MutualActionPlan acme() {
    return Fixtures.plan("acme-go-live");
  }

  /** A plan of forty milestones in a layered graph on weekdays, as of {@link #AS_OF}. */
  static MutualActionPlan fortyMilestones() {
    return PlanGenerators.graph(GraphShape.LAYERED)
        .milestones(40, 40)
        .stakeholders(6, 8)
        .calendar(CalendarStyle.WEEKDAYS)
        .durationDays(0, 12)
        .lagDays(0, 3)
        .statuses(MilestoneStatus.NOT_STARTED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.COMPLETE)
        .shuffled(false)
        .anchor(AS_OF)
        .optionalFields(0.9)
        .trickyText(0)
        .plan(new SplittableRandom(40));
  }

  /** The Acme plan with titles, names and exit criteria several lines long. */
  static MutualActionPlan longTitles() {
    MutualActionPlan acme = acme();
    String more = " — agreed in writing by both legal teams after the second round of redlines,"
        + " including the data processing addendum, the security exhibit and the service levels";
    List<Milestone> milestones = acme.milestones().stream()
        .map(m -> m.withTitle(m.title() + more)
            .withExitCriteria(m.exitCriteria().orElse("Done") + more))
        .collect(Collectors.toList());
    return acme.withTitle("Acme Corporation International Holdings x Globex Worldwide Enterprise"
            + " Software: the 2027 operations platform replacement programme")
        .withMilestones(milestones);
  }

  /** The Acme plan with hostile text in every free-text field the page shows. */
  static MutualActionPlan hostile() {
    MutualActionPlan acme = acme();
    List<Milestone> milestones = acme.milestones().stream()
        .map(m -> m.withTitle(HOSTILE + " " + m.id()).withExitCriteria(HOSTILE))
        .collect(Collectors.toList());
    List<Stakeholder> people = acme.stakeholders().stream()
        .map(s -> s.withName(HOSTILE).withTitle(HOSTILE))
        .collect(Collectors.toList());
    Outcome outcome = acme.outcome().orElseThrow().withLabel(HOSTILE);
    return acme.withTitle(HOSTILE).withGoal(HOSTILE)
        .withBuyer(Organization.of(HOSTILE)).withSeller(Organization.of(HOSTILE + " seller"))
        .withOutcome(outcome).withStakeholders(people).withMilestones(milestones);
  }
}

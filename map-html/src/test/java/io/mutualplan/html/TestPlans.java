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

  /**
   * One of each kind of character the HTML standard does not allow in a page (each is a parse
   * error wherever it stands): NUL and the other controls but tab, line feed, form feed and
   * carriage return (C0, DEL and C1), and noncharacters (U+FDD0 to U+FDEF, and the last two code
   * points of a plane: U+FFFE, U+FFFF, U+1FFFE, U+10FFFF). A plan may hold every one of them.
   */
  static final String NOT_IN_HTML = "\u0000\u0001\u0008\u000B\u000E\u001F\u007F\u0080\u009F"
      + "\uFDD0\uFDEF\uFFFE\uFFFF\uD83F\uDFFE\uDBFF\uDFFF";

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
    return withTextEverywhere(HOSTILE);
  }

  /**
   * The Acme plan with this text in every free-text field the page shows (after the id in
   * milestone titles, after "seller" in the seller's name).
   */
  static MutualActionPlan withTextEverywhere(String text) {
    MutualActionPlan acme = acme();
    List<Milestone> milestones = acme.milestones().stream()
        .map(m -> m.withTitle(text + " " + m.id()).withExitCriteria(text))
        .collect(Collectors.toList());
    List<Stakeholder> people = acme.stakeholders().stream()
        .map(s -> s.withName(text).withTitle(text))
        .collect(Collectors.toList());
    Outcome outcome = acme.outcome().orElseThrow().withLabel(text);
    return acme.withTitle(text).withGoal(text)
        .withBuyer(Organization.of(text)).withSeller(Organization.of(text + " seller"))
        .withOutcome(outcome).withStakeholders(people).withMilestones(milestones);
  }

  /**
   * The Acme plan between two right-to-left parties, an Arabic buyer and a Hebrew seller, with
   * an Arabic name for the outcome: texts that draw the neutral characters and digits next to
   * them into their own direction unless the page keeps them apart.
   */
  static MutualActionPlan rightToLeft() {
    MutualActionPlan acme = acme();
    return acme.withBuyer(Organization.of("شركة أكمي")).withSeller(Organization.of("גלובקס"))
        .withOutcome(acme.outcome().orElseThrow().withLabel("الإطلاق"));
  }

  /** The characters of {@link #NOT_IN_HTML} that a page holds, in the page's order (U+0000). */
  static List<String> charactersNotInHtml(String html) {
    return html.codePoints().filter(c -> NOT_IN_HTML.codePoints().anyMatch(n -> n == c))
        .mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.toList());
  }
}

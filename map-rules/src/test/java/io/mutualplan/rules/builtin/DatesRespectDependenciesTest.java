package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each dated milestone finishes at the end of its date and starts its duration earlier; legal is
 * due 2027-01-22, procurement takes 10 days after it, so procurement cannot be due before
 * 2027-02-01.
 */
class DatesRespectDependenciesTest {
  private static MutualActionPlan due(MutualActionPlan plan, String milestone, String date) {
    return edit(plan, milestone, m -> m.withDue(LocalDate.parse(date)));
  }

  private static Dependency link(String on, DependencyType type, int lag) {
    return Dependency.builder().milestone(MilestoneId.of(on)).type(type).lagDays(lag).build();
  }

  @Test
  void datesThatLeaveRoomForEachDependencyAreFine() {
    assertThat(findings("dates-respect-dependencies", ExamplePlans.acme())).isEmpty();
    assertThat(findings("dates-respect-dependencies",
        due(ExamplePlans.acme(), "procurement", "2027-02-01"))).isEmpty();
  }

  @Test
  void aFinishToStartSuccessorDueTooSoonIsReportedAtItsDependency() {
    assertThat(findings("dates-respect-dependencies",
            due(ExamplePlans.acme(), "procurement", "2027-01-31")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.milestone().orElseThrow().value()).isEqualTo("procurement");
          assertThat(f.path()).contains("/milestones/5/dependsOn/0");
          assertThat(f.message()).isEqualTo("Purchase order issued (procurement) is due 2027-01-31,"
              + " but it starts after MSA redlines agreed (legal) finishes (due 2027-01-22), and"
              + " takes 10 days: it cannot be done before 2027-02-01.");
          assertThat(f.hint()).startsWith(
              "Move the due date of Purchase order issued (procurement) to 2027-02-01 or later");
        });
  }

  @Test
  void aLagPushesTheSuccessorLater() {
    MutualActionPlan plan = edit(due(ExamplePlans.acme(), "procurement", "2027-02-03"),
        "procurement", m -> m.withDependsOn(
            link("legal", DependencyType.FINISH_TO_START, 3), Dependency.on("business-case")));
    assertThat(findings("dates-respect-dependencies", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("it starts 3 days after MSA redlines agreed (legal)"
            + " finishes").endsWith("cannot be done before 2027-02-04."));
  }

  @Test
  void aStartToStartLinkCountsFromThePredecessorsStart() {
    // Security docs due 2026-11-27 take 3 days, so they start 2026-11-25.
    MutualActionPlan plan = edit(ExamplePlans.acme(), "security-review",
        m -> m.withDue(LocalDate.parse("2026-12-09"))
            .withDependsOn(link("security-docs", DependencyType.START_TO_START, 1)));
    assertThat(findings("dates-respect-dependencies", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo("IT security review approved (security-review) is due"
            + " 2026-12-09, but it starts 1 day after Security documentation sent (security-docs)"
            + " starts (due 2026-11-27, so starting 2026-11-25 given its 3 days), and takes 15"
            + " days: it cannot be done before 2026-12-10."));
    assertThat(findings("dates-respect-dependencies",
        due(plan, "security-review", "2026-12-10"))).isEmpty();
  }

  @Test
  void aFinishToFinishLinkIgnoresTheSuccessorsDuration() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "signature",
        m -> m.withDue(LocalDate.parse("2027-02-02"))
            .withDependsOn(link("procurement", DependencyType.FINISH_TO_FINISH, 0)));
    assertThat(findings("dates-respect-dependencies", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo("Order form signed (signature) is due 2027-02-02, but"
            + " it finishes after Purchase order issued (procurement) finishes (due 2027-02-03):"
            + " it cannot be done before 2027-02-03."));
  }

  @Test
  void aStartToFinishLinkBindsTheFinishToThePredecessorsStart() {
    // Procurement due 2027-02-03 takes 10 days, so it starts 2027-01-25.
    MutualActionPlan plan = edit(ExamplePlans.acme(), "signature",
        m -> m.withDue(LocalDate.parse("2027-01-23"))
            .withDependsOn(link("procurement", DependencyType.START_TO_FINISH, 0)));
    assertThat(findings("dates-respect-dependencies", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).endsWith("it cannot be done before 2027-01-24."));
    assertThat(findings("dates-respect-dependencies", due(plan, "signature", "2027-01-24")))
        .isEmpty();
  }

  @Test
  void aLagOnAFinishToFinishOrStartToFinishLinkPushesTheSuccessorsFinishLater() {
    MutualActionPlan finishToFinish = edit(ExamplePlans.acme(), "signature",
        m -> m.withDue(LocalDate.parse("2027-02-04"))
            .withDependsOn(link("procurement", DependencyType.FINISH_TO_FINISH, 2)));
    assertThat(findings("dates-respect-dependencies", finishToFinish)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Order form signed (signature) is due"
            + " 2027-02-04, but it finishes 2 days after Purchase order issued (procurement)"
            + " finishes (due 2027-02-03): it cannot be done before 2027-02-05."));
    // Procurement starts 2027-01-25; two days after its start is 2027-01-26.
    MutualActionPlan startToFinish = edit(ExamplePlans.acme(), "signature",
        m -> m.withDue(LocalDate.parse("2027-01-25"))
            .withDependsOn(link("procurement", DependencyType.START_TO_FINISH, 2)));
    assertThat(findings("dates-respect-dependencies", startToFinish)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("cannot be done before 2027-01-26."));
  }

  @Test
  void aLeadLetsTheSuccessorStartBeforeThePredecessorFinishes() {
    MutualActionPlan plan = edit(due(ExamplePlans.acme(), "procurement", "2027-01-29"),
        "procurement", m -> m.withDependsOn(
            link("legal", DependencyType.FINISH_TO_START, -2), Dependency.on("business-case")));
    assertThat(findings("dates-respect-dependencies", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo("Purchase order issued (procurement) is due 2027-01-29,"
            + " but it starts no more than 2 days before MSA redlines agreed (legal) finishes"
            + " (due 2027-01-22), and takes 10 days: it cannot be done before 2027-01-30."));
    assertThat(findings("dates-respect-dependencies", due(plan, "procurement", "2027-01-30")))
        .isEmpty();
  }

  /** A step of no days (an event) has no duration to speak of, as successor or predecessor. */
  @Test
  void anEventsMessageSaysNothingOfItsDuration() {
    assertThat(findings("dates-respect-dependencies",
            due(ExamplePlans.acme(), "signature", "2027-02-02")))
        .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Order form signed"
            + " (signature) is due 2027-02-02, but it starts after Purchase order issued"
            + " (procurement) finishes (due 2027-02-03): it cannot be done before 2027-02-03."));
    MutualActionPlan afterAnEvent = edit(
        edit(ExamplePlans.acme(), "champion-alignment", m -> m.withDurationDays(0)),
        "security-docs", m -> m.withDue(LocalDate.parse("2026-11-21"))
            .withDependsOn(link("champion-alignment", DependencyType.START_TO_START, 0)));
    assertThat(findings("dates-respect-dependencies", afterAnEvent)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(
            "starts after Evaluation team and go-live date confirmed (champion-alignment) starts"
                + " (completed 2026-11-20), and takes 3 days"));
  }

  @Test
  void aCompletedPredecessorCountsWithItsCompletionDate() {
    // Champion alignment was completed 2026-11-20; the docs take 3 days after it.
    assertThat(findings("dates-respect-dependencies",
            due(ExamplePlans.acme(), "security-docs", "2026-11-22")))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("(completed 2026-11-20)").endsWith("cannot be done before 2026-11-23."));
  }

  @Test
  void aPredecessorWithoutADateIsSkipped() {
    // Procurement, due before legal could finish, waits for a legal step nobody dated.
    MutualActionPlan plan = edit(due(ExamplePlans.acme(), "procurement", "2027-01-10"),
        "legal", m -> m.withDue(Optional.empty()));
    assertThat(findings("dates-respect-dependencies", plan)).isEmpty();
  }

  @Test
  void durationsAndLagsCountWorkingDaysOfThePlansCalendar() {
    MutualActionPlan weekdays = ExamplePlans.acme().withCalendar(CalendarSettings.builder()
        .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).build());
    // Legal is due Friday 2027-01-22; ten working days after it end on Friday 2027-02-05.
    assertThat(procurementFindings(due(weekdays, "procurement", "2027-02-04")))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("takes 10 working days").endsWith("cannot be done before 2027-02-05."));
    assertThat(procurementFindings(due(weekdays, "procurement", "2027-02-05"))).isEmpty();
    // In working days legal itself, 28 of them after the review due 2026-12-18, cannot be done
    // before Wednesday 2027-01-27; and procurement, due 2027-02-03, not before 2027-02-05.
    assertThat(findings("dates-respect-dependencies", weekdays))
        .extracting(f -> f.message().substring(f.message().lastIndexOf(' ') + 1))
        .containsExactly("2027-01-27.", "2027-02-05.");
  }

  private static java.util.List<io.mutualplan.rules.Finding> procurementFindings(
      MutualActionPlan plan) {
    return findings("dates-respect-dependencies", plan).stream()
        .filter(f -> f.milestone().orElseThrow().value().equals("procurement"))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theLightweightProfileSwitchesItOff() {
    assertThat(lightweightFindings("dates-respect-dependencies",
        due(ExamplePlans.acme(), "procurement", "2027-01-31"))).isEmpty();
  }
}

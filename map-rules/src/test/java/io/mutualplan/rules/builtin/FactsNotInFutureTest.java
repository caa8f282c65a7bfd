package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.spi.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsNotInFutureTest {
  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aPlanWhoseFactsAreAllInThePastPasses() {
    assertThat(findings("facts-not-in-future", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void aFactOnTheAsOfDateIsNotInTheFuture() {
    // Acme's last sign-off is on 2026-11-21 and security-docs started on 2026-11-21.
    assertThat(findings("facts-not-in-future", ExamplePlans.acme(), date("2026-11-21")))
        .isEmpty();
  }

  @Test
  void aStartAfterTheAsOfDateIsReportedAtTheStartDate() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "security-docs",
        m -> m.withStarted(date("2026-11-25")));

    assertThat(findings("facts-not-in-future", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).contains("/milestones/1/started");
      assertThat(f.milestone().orElseThrow().value()).isEqualTo("security-docs");
      assertThat(f.message()).isEqualTo("Security documentation sent (security-docs) is recorded"
          + " as started on 2026-11-25, after the as-of date 2026-11-22.");
      assertThat(f.hint()).contains("remove the start date", "check the as-of date");
    });
  }

  @Test
  void everyFactInTheFutureIsOneFindingInThePlansOrder() {
    MutualActionPlan acme = ExamplePlans.acme();
    MutualActionPlan plan = edit(edit(acme, "security-review",
            m -> m.withStatus(MilestoneStatus.COMPLETE).withStarted(date("2026-11-23"))
                .withCompleted(date("2026-12-01"))),
        "champion-alignment", m -> m.withCompleted(date("2026-11-30")))
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-23T00:30:00Z"))
        .recordSignOff(StakeholderId.of("dan"), 4, date("2026-11-24"))
        .withCreatedOn(date("2027-11-18"));

    List<Finding> findings = findings("facts-not-in-future", plan);

    assertThat(findings).extracting(f -> f.path().orElseThrow()).containsExactly(
        "/milestones/0/completed",
        "/milestones/2/started",
        "/milestones/2/completed",
        "/revisions/3/at",
        "/signOffs/1/on",
        "/createdOn");
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Evaluation team and go-live date confirmed (champion-alignment) is recorded as complete"
            + " on 2026-11-30, after the as-of date 2026-11-22.",
        "IT security review approved (security-review) is recorded as started on 2026-11-23,"
            + " after the as-of date 2026-11-22.",
        "IT security review approved (security-review) is recorded as complete on 2026-12-01,"
            + " after the as-of date 2026-11-22.",
        "Revision 4 by Sarah Chen is dated 2026-11-23 (UTC), after the as-of date 2026-11-22.",
        "Dan Ortiz's sign-off of revision 4 is dated 2026-11-24, after the as-of date"
            + " 2026-11-22.",
        "The plan says it was first drafted on 2027-11-18, after the as-of date 2026-11-22.");
  }

  @Test
  void theRulePagesExampleIsWhatTheRuleSays() {
    MutualActionPlan early = ExamplePlans.acme().withSignOffs(
        ExamplePlans.acme().signOffs().get(0).withOn(date("2026-11-24")));

    assertThat(findings("facts-not-in-future", early)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Dan Ortiz's sign-off of revision 3 is dated 2026-11-24,"
          + " after the as-of date 2026-11-22.");
      assertThat(f.hint()).isEqualTo("A sign-off records an agreement that happened: record it"
          + " on the day the person agrees, not ahead of it. If the date is right, check the"
          + " as-of date the plan is checked at.");
    });
  }

  @Test
  void aRevisionsDayIsItsUtcDate() {
    // 23:30 on the as-of date in UTC, whatever time zone its author was in.
    MutualActionPlan lateEdit = ExamplePlans.acme()
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-22T23:30:00Z"));
    assertThat(findings("facts-not-in-future", lateEdit)).isEmpty();
  }

  @Test
  void lightweightPlansAreCheckedToo() {
    assertThat(lightweightFindings("facts-not-in-future",
        ExamplePlans.acme().withCreatedOn(date("2026-12-01")))).hasSize(1);
  }
}

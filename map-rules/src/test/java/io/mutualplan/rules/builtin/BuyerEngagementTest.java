package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sarah Chen's revision 2, at 2026-11-19T10:30Z, is the Acme plan's latest buyer edit. */
class BuyerEngagementTest {
  @Test
  void exactlyFourteenQuietDaysAreFine() {
    assertThat(findings("buyer-engagement", ExamplePlans.acme(), LocalDate.parse("2026-12-03")))
        .isEmpty();
  }

  @Test
  void fifteenQuietDaysAreAWarning() {
    assertThat(findings("buyer-engagement", ExamplePlans.acme(), LocalDate.parse("2026-12-04")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.milestone()).isEmpty();
          assertThat(f.path()).contains("/revisions/1");
          assertThat(f.message()).isEqualTo("Nobody at Acme Corp has edited the plan for 15 days:"
              + " the last buyer edit was Sarah Chen's, revision 2 on 2026-11-19.");
          assertThat(f.hint()).contains("ask Sarah directly, \"I've noticed the plan has been"
              + " quiet. Has anything changed on your end?\"");
        });
  }

  @Test
  void aRevisionCountsOnItsUtcDate() {
    MutualActionPlan plan = ExamplePlans.acme()
        .addRevision(StakeholderId.of("priya"), Instant.parse("2026-11-21T23:59:59Z"));
    assertThat(findings("buyer-engagement", plan, LocalDate.parse("2026-12-05"))).isEmpty();
    assertThat(findings("buyer-engagement", plan, LocalDate.parse("2026-12-06"))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Priya Nair's, revision 4 on 2026-11-21"));
  }

  @Test
  void theFirstRevisionCountsWhenItIsTheOnlyBuyerEdit() {
    MutualActionPlan acme = ExamplePlans.acme();
    List<Revision> revisions = acme.revisions();
    MutualActionPlan plan = acme.withRevisions(
        revisions.get(0).withAuthor(StakeholderId.of("sarah")),
        revisions.get(1).withAuthor(StakeholderId.of("alex")), revisions.get(2));
    assertThat(findings("buyer-engagement", plan, LocalDate.parse("2026-12-04")))
        .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Nobody at Acme Corp"
            + " has edited the plan for 16 days: the last buyer edit was Sarah Chen's, revision 1"
            + " on 2026-11-18."));
  }

  @Test
  void laterSellerEditsDoNotCountAsBuyerEngagement() {
    MutualActionPlan plan = ExamplePlans.acme()
        .addRevision(StakeholderId.of("alex"), Instant.parse("2026-12-03T09:00:00Z"));
    assertThat(findings("buyer-engagement", plan, LocalDate.parse("2026-12-04"))).hasSize(1);
  }

  @Test
  void noBuyerEditAtAllIsLeftToCoAuthored() {
    MutualActionPlan plan = ExamplePlans.closePlanInDisguise();
    assertThat(findings("buyer-engagement", plan, LocalDate.parse("2027-06-01"))).isEmpty();
  }

  @Test
  void theQuietPeriodCanBeConfigured() {
    RuleEngine engine = RuleEngine.builder()
        .override("buyer-engagement", RuleOverride.builder().putParameter("maxQuietDays", 2).build())
        .build();
    assertThat(findings(engine, "buyer-engagement", ExamplePlans.acme(),
        LocalDate.parse("2026-11-21"))).isEmpty();
    assertThat(findings(engine, "buyer-engagement", ExamplePlans.acme(),
        LocalDate.parse("2026-11-22"))).hasSize(1);
  }
}

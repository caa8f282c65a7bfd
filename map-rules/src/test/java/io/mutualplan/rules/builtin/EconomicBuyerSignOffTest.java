package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicBuyerSignOffTest {
  private static MutualActionPlan withDan(Stakeholder dan) {
    MutualActionPlan acme = ExamplePlans.acme();
    List<Stakeholder> people = new ArrayList<>(acme.stakeholders());
    people.set(1, dan);
    return acme.withStakeholders(people);
  }

  private static MutualActionPlan changedAfterSignOff() {
    return ExamplePlans.acme().addRevision(
        StakeholderId.of("sarah"), Instant.parse("2026-11-21T12:00:00Z"), "Moved legal");
  }

  @Test
  void anEconomicBuyerWhoSignedTheLatestRevisionIsEnough() {
    assertThat(findings("economic-buyer-sign-off", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void anEconomicBuyerWhoHasNotSignedOffIsAnError() {
    MutualActionPlan plan = ExamplePlans.acme().withSignOffs();
    assertThat(findings("economic-buyer-sign-off", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEmpty();
      assertThat(f.milestone()).isEmpty();
      assertThat(f.message()).isEqualTo("Dan Ortiz (economic buyer) has not signed off the plan.");
      assertThat(f.hint()).isEqualTo(
          "Walk Dan through the plan and record the sign-off against the latest revision.");
    });
  }

  @Test
  void severalEconomicBuyersOfWhomNoneHasSignedOffAreNamedTogether() {
    Stakeholder eve = Stakeholder.builder().id(StakeholderId.of("eve")).name("Eve Stone")
        .side(Side.BUYER).addRoles(Role.ECONOMIC_BUYER).build();
    MutualActionPlan acme = ExamplePlans.acme().withSignOffs();
    MutualActionPlan plan = acme.withStakeholders(concat(acme.stakeholders(), eve));
    assertThat(findings("economic-buyer-sign-off", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo(
            "None of the economic buyers (Dan Ortiz and Eve Stone) has signed off the plan."));
  }

  @Test
  void noEconomicBuyerNamedIsAnError() {
    MutualActionPlan plan = withDan(ExamplePlans.acme().stakeholders().get(1)
        .withRoles(Role.FINANCE));
    assertThat(findings("economic-buyer-sign-off", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEmpty();
      assertThat(f.message()).startsWith("Nobody at Acme Corp is named as the economic buyer");
      assertThat(f.hint()).startsWith("Ask Sarah Chen who signs off the budget");
    });
  }

  @Test
  void aSellerWithTheEconomicBuyerRoleDoesNotCount() {
    MutualActionPlan acme = ExamplePlans.acme();
    List<Stakeholder> people = new ArrayList<>(acme.stakeholders());
    people.set(1, people.get(1).withRoles(Role.FINANCE));
    people.set(5, people.get(5).withRoles(Role.ECONOMIC_BUYER));
    MutualActionPlan plan = acme.withStakeholders(people);
    assertThat(findings("economic-buyer-sign-off", plan)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Nobody at Acme Corp"));
  }

  @Test
  void aSignOffOfAnOlderRevisionIsAWarning() {
    assertThat(findings("economic-buyer-sign-off", changedAfterSignOff())).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.path()).isEmpty();
          assertThat(f.message()).isEqualTo("Dan Ortiz (economic buyer) signed off revision 3, but"
              + " the plan has changed since: the latest revision is 4.");
          assertThat(f.hint()).isEqualTo("Walk Dan through what changed since revision 3 and"
              + " record the sign-off against revision 4.");
        });
  }

  @Test
  void theStaleSignOffIsOneStepMilderThanTheConfiguredSeverity() {
    RuleEngine engine = RuleEngine.builder()
        .override("economic-buyer-sign-off",
            RuleOverride.builder().severity(Severity.WARNING).build())
        .build();
    assertThat(findings(engine, "economic-buyer-sign-off", changedAfterSignOff(),
            ExamplePlans.AS_OF))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(findings(engine, "economic-buyer-sign-off", ExamplePlans.acme().withSignOffs(),
            ExamplePlans.AS_OF))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void theLatestSignOffOfAnyEconomicBuyerCounts() {
    Stakeholder eve = Stakeholder.builder().id(StakeholderId.of("eve")).name("Eve Stone")
        .side(Side.BUYER).addRoles(Role.ECONOMIC_BUYER).build();
    MutualActionPlan plan = changedAfterSignOff();
    plan = plan.withStakeholders(concat(plan.stakeholders(), eve))
        .recordSignOff(StakeholderId.of("eve"), 4, ExamplePlans.AS_OF);
    assertThat(findings("economic-buyer-sign-off", plan)).isEmpty();
  }

  /** Of two economic buyers who signed the same older revision, the first to sign is named. */
  @Test
  void ofTwoSignOffsOfTheSameRevisionTheFirstIsNamed() {
    Stakeholder eve = Stakeholder.builder().id(StakeholderId.of("eve")).name("Eve Stone")
        .side(Side.BUYER).addRoles(Role.ECONOMIC_BUYER).build();
    MutualActionPlan plan = ExamplePlans.acme();
    plan = plan.withStakeholders(concat(plan.stakeholders(), eve))
        .recordSignOff(StakeholderId.of("eve"), 3, ExamplePlans.AS_OF)
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-23T12:00:00Z"),
            "Moved legal");
    assertThat(findings("economic-buyer-sign-off", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("Dan Ortiz (economic buyer) signed off revision 3,"));
  }

  @Test
  void theLightweightProfileSwitchesItOff() {
    assertThat(lightweightFindings("economic-buyer-sign-off", ExamplePlans.acme().withSignOffs()))
        .isEmpty();
  }

  private static List<Stakeholder> concat(List<Stakeholder> people, Stakeholder more) {
    List<Stakeholder> all = new ArrayList<>(people);
    all.add(more);
    return all;
  }
}

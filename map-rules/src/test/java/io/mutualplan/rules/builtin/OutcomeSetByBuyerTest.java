package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeSetByBuyerTest {
  private static MutualActionPlan setBy(Optional<StakeholderId> setBy) {
    MutualActionPlan acme = ExamplePlans.acme();
    return acme.withOutcome(acme.outcome().orElseThrow().withSetBy(setBy));
  }

  @Test
  void anOutcomeSetByTheBuyerIsFine() {
    assertThat(findings("outcome-set-by-buyer", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void anOutcomeSetByTheSellerServesTheSellersQuarter() {
    assertThat(findings("outcome-set-by-buyer", setBy(Optional.of(StakeholderId.of("alex")))))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.path()).contains("/outcome/setBy");
          assertThat(f.milestone()).isEmpty();
          assertThat(f.message()).isEqualTo("The outcome date (Go-live on 2027-03-01) was set by"
              + " Alex Kim at Globex: a date that serves the seller's quarter, not Acme Corp's"
              + " timeline.");
        });
  }

  @Test
  void aBuyerWhoseNameEndsInSGetsAnApostropheAlone() {
    MutualActionPlan vandelay = setBy(Optional.of(StakeholderId.of("alex")))
        .withBuyer(Organization.of("Vandelay Industries"));

    assertThat(findings("outcome-set-by-buyer", vandelay)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .endsWith("not Vandelay Industries' timeline.")
            .doesNotContain("Industries's"));
  }

  @Test
  void anOutcomeNobodyIsRecordedAsSettingIsReported() {
    assertThat(findings("outcome-set-by-buyer", setBy(Optional.empty()))).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Nobody is recorded as having set the"
            + " outcome date (Go-live on 2027-03-01)"));
  }

  @Test
  void aPlanWithoutAnOutcomeIsLeftToOutcomeAnchored() {
    assertThat(findings("outcome-set-by-buyer",
        ExamplePlans.acme().withOutcome(Optional.<Outcome>empty()))).isEmpty();
  }

  @Test
  void theLightweightProfileSwitchesItOff() {
    assertThat(lightweightFindings("outcome-set-by-buyer", setBy(Optional.empty()))).isEmpty();
  }
}

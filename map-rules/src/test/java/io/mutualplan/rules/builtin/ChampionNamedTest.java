package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChampionNamedTest {
  private static MutualActionPlan withoutBuyerChampion() {
    MutualActionPlan acme = ExamplePlans.acme();
    List<Stakeholder> people = new ArrayList<>(acme.stakeholders());
    people.set(0, people.get(0).withRoles(Role.END_USER));
    people.set(5, people.get(5).withRoles(Role.CHAMPION)); // a seller "champion" does not count
    return acme.withStakeholders(people);
  }

  @Test
  void aBuyerSideChampionIsEnough() {
    assertThat(findings("champion-named", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void noBuyerSideChampionIsAWarningInEveryProfile() {
    assertThat(findings("champion-named", withoutBuyerChampion())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEmpty();
      assertThat(f.milestone()).isEmpty();
      assertThat(f.message()).startsWith("Nobody at Acme Corp is named as the champion");
    });
    assertThat(lightweightFindings("champion-named", withoutBuyerChampion())).hasSize(1);
  }
}

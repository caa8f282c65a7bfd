package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.fixtures.Serialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsAndSpellingsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "acme-2027", "Q4.close_plan", "9", "z", "A", "Z", "0", "xazAZ09"})
  void validIdsAreAccepted(String id) {
    assertThat(MilestoneId.of(id).value()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-legal", ".x", "has space", "ünïcode", "a/b", "`", "{", "@", "[",
      "/", ":", "x`", "x{", "x@", "x[", "x:"})
  void invalidIdsSayWhatAnIdLooksLike(String id) {
    assertThatThrownBy(() -> StakeholderId.of(id))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("is not a valid id: an id starts with a letter or digit");
  }

  @Test
  void anIdOfAHundredCharactersIsTheLongestAllowed() {
    assertThat(PlanId.of("p".repeat(100)).value()).hasSize(100);
    assertThatThrownBy(() -> PlanId.of("p".repeat(101)))
        .hasMessageContaining("'ppppppppppppppppppppppppppppppppppppp...' is not a valid id");
  }

  @Test
  void idsOfDifferentThingsAreDifferentTypes() {
    assertThat((Object) MilestoneId.of("x")).isNotEqualTo(StakeholderId.of("x"));
    assertThat(MilestoneId.of("x")).isEqualTo(MilestoneId.of("x")).hasToString("x");
  }

  @Test
  void idsSurviveSerializationSoThatTheExceptionsNamingThemDo() {
    assertThat(Serialization.roundTrip(MilestoneId.of("legal"))).isEqualTo(MilestoneId.of("legal"));
    assertThat(Serialization.roundTrip(StakeholderId.of("dan"))).isEqualTo(StakeholderId.of("dan"));
    assertThat(Serialization.roundTrip(PlanId.of("acme-2027"))).isEqualTo(PlanId.of("acme-2027"));
  }

  @Test
  void enumeratedValuesUseKebabCaseSpellings() {
    assertThat(Role.ECONOMIC_BUYER.spelling()).isEqualTo("economic-buyer");
    assertThat(DependencyType.parse("finish-to-start")).isEqualTo(DependencyType.FINISH_TO_START);
    assertThat(MilestoneKind.parse("go-live-planning")).isEqualTo(MilestoneKind.GO_LIVE_PLANNING);
    assertThat(MilestoneStatus.parse("not-started")).isEqualTo(MilestoneStatus.NOT_STARTED);
    assertThat(Side.parse("seller")).isEqualTo(Side.SELLER);
  }

  @Test
  void everySpellingParsesBackToItsConstant() {
    assertRoundTrips(Side.class);
    assertRoundTrips(Role.class);
    assertRoundTrips(MilestoneKind.class);
    assertRoundTrips(MilestoneStatus.class);
    assertRoundTrips(DependencyType.class);
  }

  private static <E extends Enum<E>> void assertRoundTrips(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      assertThat(Spellings.parse(type, "value", Spellings.of(constant))).isSameAs(constant);
    }
  }

  @Test
  void anUnknownRoleListsTheAllowedRoles() {
    assertThatThrownBy(() -> Role.parse("Legal"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessage("(plan): 'Legal' is not a role; expected one of: champion, economic-buyer,"
            + " decision-maker, technical-evaluator, legal, security, procurement, finance,"
            + " executive-sponsor, end-user, account-executive, sales-engineer, sales-manager,"
            + " customer-success, other");
  }
}

package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.builtin.BuiltInRules;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules {@code due-date-slipped} and {@code facts-not-in-future}, through {@link
 * RuleTester} as a team would test its own rules: the Acme example as of 2026-11-22.
 */
class SlipRulesTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
  private static final MilestoneId LEGAL = MilestoneId.of("legal");

  private static QualityRule rule(String id) {
    return BuiltInRules.all().stream().filter(rule -> rule.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static MutualActionPlan acme() {
    return Fixtures.plan("acme-go-live");
  }

  @Test
  void legalMovedThreeWeeksHasSlippedUnderBothProfiles() {
    MutualActionPlan slipped = acme().moveDue(LEGAL, LocalDate.parse("2027-02-12"));
    for (Profile profile : new Profile[] {Profile.FULL, Profile.LIGHTWEIGHT}) {
      assertThatCode(() -> RuleTester.forRule(rule("due-date-slipped"))
          .profile(profile)
          .asOf(AS_OF)
          .given(slipped)
          .expectFinding(Severity.WARNING).atMilestone("legal").at("/milestones/4/due")
              .withMessageContaining("21 days after 2027-01-22")
              .withHintContaining("ask Marco what shifted")
          .verify()).as(profile.spelling()).doesNotThrowAnyException();
    }
  }

  @Test
  void aSlipWithinMaxSlipDaysIsNoFinding() {
    assertThatCode(() -> RuleTester.forRule(rule("due-date-slipped"))
        .withParameter("maxSlipDays", 21)
        .asOf(AS_OF)
        .given(acme().moveDue(LEGAL, LocalDate.parse("2027-02-12")))
        .expectNoFindings()
        .verify()).doesNotThrowAnyException();
  }

  @Test
  void factsDatedAfterTheAsOfDateAreOneFindingEach() {
    MutualActionPlan plan = acme()
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-25T10:00:00Z"))
        .recordSignOff(StakeholderId.of("dan"), 4, LocalDate.parse("2026-11-26"))
        .withCreatedOn(LocalDate.parse("2026-12-01"));

    assertThatCode(() -> RuleTester.forRule(rule("facts-not-in-future"))
        .asOf(AS_OF)
        .given(plan)
        .expectFinding(Severity.WARNING).at("/revisions/3/at").withMessageContaining("Sarah Chen")
        .expectFinding(Severity.WARNING).at("/signOffs/1/on").withMessageContaining("Dan Ortiz")
        .expectFinding(Severity.WARNING).at("/createdOn").withHintContaining("wrong as-of date")
        .verify()).doesNotThrowAnyException();
  }

  @Test
  void theAcmePlanHasNothingInTheFutureEvenUnderLightweight() {
    assertThatCode(() -> RuleTester.forRule(rule("facts-not-in-future"))
        .profile(Profile.LIGHTWEIGHT)
        .asOf(AS_OF)
        .givenFixture("acme-go-live")
        .expectNoFindings()
        .verify()).doesNotThrowAnyException();
  }
}

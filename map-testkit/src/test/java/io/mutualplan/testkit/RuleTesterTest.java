package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Milestone;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.RuleConfigurationException;
import io.mutualplan.rules.spi.Severity;
import io.mutualplan.testkit.samplerules.LongStepsFlagged;
import io.mutualplan.testkit.samplerules.ThrowingRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RuleTesterTest {
  // acme-go-live: legal takes 28 days, security-review 15, procurement and business-case 10.

  @Test
  void passesWhenTheFindingsAreExactlyTheExpectedOnesInAnyOrder() {
    assertThatCode(() -> RuleTester.forRule(new LongStepsFlagged())
        .withParameter("maxDays", 12)
        .givenFixture("acme-go-live")
        .expectFinding(Severity.WARNING).atMilestone("legal").withMessageContaining("28")
        .expectFinding(Severity.WARNING).atMilestone("security-review")
            .at("/milestones/2/durationDays").withHintContaining("12 days")
        .verify()).doesNotThrowAnyException();
  }

  @Test
  void failsListingTheMissingAndTheUnexpectedFindings() {
    assertThatThrownBy(() -> RuleTester.forRule(new LongStepsFlagged())
        .withParameter("maxDays", 12)
        .givenFixture("acme-go-live")
        .expectFinding(Severity.WARNING).atMilestone("legal")
        .expectFinding(Severity.ERROR).atMilestone("signature")
        .verify())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("Rule long-steps-flagged on plan acme-2027 as of 2027-01-04")
        .hasMessageContaining("Expected but not reported:\n    - ERROR long-steps-flagged"
            + " (milestone signature)")
        .hasMessageContaining("Reported but not expected:\n    - WARNING long-steps-flagged at"
            + " /milestones/2/durationDays (milestone security-review)")
        .hasMessageContaining("Every finding reported:\n    1. WARNING");
  }

  @Test
  void aRuleIsTestedUnderTheLightweightProfileWithWhatItChangesThere() {
    // maxDays is 20, and 30 under lightweight: legal's 28 days are too long only in full.
    assertThatCode(() -> RuleTester.forRule(new LongStepsFlagged())
        .givenFixture("acme-go-live")
        .expectFinding(Severity.WARNING).atMilestone("legal")
        .verify()).doesNotThrowAnyException();
    assertThatCode(() -> RuleTester.forRule(new LongStepsFlagged())
        .profile(Profile.LIGHTWEIGHT)
        .givenFixture("acme-go-live")
        .expectNoFindings()
        .verify()).doesNotThrowAnyException();
  }

  @Test
  void aLooseExpectationDoesNotTakeTheFindingAStricterOneNeeds() {
    assertThatCode(() -> RuleTester.forRule(new LongStepsFlagged())
        .withParameter("maxDays", 12)
        .givenFixture("acme-go-live")
        .expectFinding(Severity.WARNING)
        .expectFinding(Severity.WARNING).atMilestone("security-review")
        .verify()).doesNotThrowAnyException();
  }

  @Test
  void aFixtureCanBeTweakedThroughItsBuilder() {
    assertThatCode(() -> RuleTester.forRule(new LongStepsFlagged())
        .givenFixture("acme-go-live", plan -> plan.milestones(shortened()))
        .expectNoFindings()
        .verify()).doesNotThrowAnyException();
    assertThatThrownBy(() -> RuleTester.forRule(new LongStepsFlagged())
        .givenFixture("acme-go-live")
        .expectNoFindings()
        .verify())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("(milestone legal)");
  }

  private static List<Milestone> shortened() {
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone m : Fixtures.plan("acme-go-live").milestones()) {
      milestones.add(m.withDurationDays(Math.min(5, m.scheduledDurationDays())));
    }
    return milestones;
  }

  @Test
  void aRuleThatThrowsFailsTheTestWithItsException() {
    assertThatThrownBy(() -> RuleTester.forRule(new ThrowingRule())
        .givenFixture("acme-go-live")
        .expectNoFindings()
        .verify())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("rule-failed")
        .hasMessageContaining("this rule always fails");
  }

  @Test
  void anUnknownParameterIsAConfigurationError() {
    assertThatThrownBy(() -> RuleTester.forRule(new LongStepsFlagged())
        .withParameter("maxDay", 3)
        .givenFixture("acme-go-live")
        .expectNoFindings()
        .verify())
        .isInstanceOf(RuleConfigurationException.class);
  }

  @Test
  void misuseIsExplained() {
    assertThatThrownBy(() -> RuleTester.forRule(new LongStepsFlagged()).atMilestone("legal"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call expectFinding(severity) first");
    assertThatThrownBy(() -> RuleTester.forRule(new LongStepsFlagged())
        .expectNoFindings().verify())
        .hasMessageContaining("give the plan to check");
    assertThatThrownBy(() -> RuleTester.forRule(new LongStepsFlagged())
        .givenFixture("acme-go-live").verify())
        .hasMessageContaining("say what to expect");
    assertThatThrownBy(() -> RuleTester.forRule(new LongStepsFlagged())
        .expectFinding(Severity.INFO).expectNoFindings())
        .hasMessageContaining("not both");
  }
}

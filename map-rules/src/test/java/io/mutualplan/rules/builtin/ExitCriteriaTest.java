package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExitCriteriaTest {
  private static MutualActionPlan legalCriteria(String criteria) {
    return edit(ExamplePlans.acme(), "legal", m -> m.withExitCriteria(criteria));
  }

  @Test
  void specificTitlesAndObservableExitCriteriaAreFine() {
    assertThat(findings("exit-criteria", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void aMilestoneWithoutExitCriteriaIsAWarning() {
    MutualActionPlan plan =
        edit(ExamplePlans.acme(), "legal", m -> m.withExitCriteria(Optional.empty()));
    assertThat(findings("exit-criteria", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.milestone().orElseThrow().value()).isEqualTo("legal");
      assertThat(f.path()).contains("/milestones/4/exitCriteria");
      assertThat(f.message()).isEqualTo("MSA redlines agreed (legal) has no exit criteria: nothing"
          + " says what proves it is done.");
      assertThat(f.hint()).contains("\"MSA countersigned\", not \"legal progressing\"")
          .doesNotContain("one specific action");
    });
  }

  /** The hint asks for a specific title too exactly when the title is vague. */
  @Test
  void aVagueTitleAddsItsAdviceToTheHint() {
    MutualActionPlan noCriteria = edit(ExamplePlans.acme(), "legal",
        m -> m.withTitle("Follow up with legal").withExitCriteria(Optional.empty()));
    MutualActionPlan vagueCriteria = edit(ExamplePlans.acme(), "legal",
        m -> m.withTitle("Follow up with legal").withExitCriteria("TBD"));
    for (MutualActionPlan plan : List.of(noCriteria, vagueCriteria)) {
      assertThat(findings("exit-criteria", plan)).singleElement().satisfies(f ->
          assertThat(f.hint()).startsWith("Make it one specific action")
              .endsWith("not \"legal progressing\"."));
    }
    assertThat(findings("exit-criteria", legalCriteria("TBD"))).singleElement().satisfies(f ->
        assertThat(f.hint()).startsWith("Write the observable proof"));
  }

  @Test
  void blankExitCriteriaAreNoExitCriteria() {
    assertThat(findings("exit-criteria", legalCriteria("   "))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has no exit criteria"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TBD", "Legal progressing.", "Contract review in   progress",
      "We will follow-up with legal", "Check in with Marco", "Next steps: discuss pricing"})
  void vagueExitCriteriaAreAWarning(String criteria) {
    assertThat(findings("exit-criteria", legalCriteria(criteria))).singleElement().satisfies(f -> {
      assertThat(f.path()).contains("/milestones/4/exitCriteria");
      assertThat(f.message()).startsWith("The exit criteria of MSA redlines agreed (legal), \""
          + criteria + "\", are vague:");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"TBDX approved", "Ongoingness report signed", "Discussion minutes signed",
      "Check-ins logged", "Checkin approved"})
  void vagueTermsOnlyCountAsWholeWords(String criteria) {
    assertThat(findings("exit-criteria", legalCriteria(criteria))).isEmpty();
  }

  @Test
  void aVagueTitleIsReportedAtTheTitle() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "legal", m -> m.withTitle("Evaluate Solution"));
    assertThat(findings("exit-criteria", plan)).singleElement().satisfies(f -> {
      assertThat(f.path()).contains("/milestones/4/title");
      assertThat(f.message()).isEqualTo("The title of Evaluate Solution (legal) is vague:"
          + " \"evaluate solution\" does not say what specific action happens.");
      assertThat(f.hint()).contains("not \"Evaluate solution\"");
    });
  }

  @Test
  void completedMilestonesAreCheckedToo() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "champion-alignment",
        m -> m.withExitCriteria("tbd"));
    assertThat(plan.milestones().get(0).status()).isEqualTo(MilestoneStatus.COMPLETE);
    assertThat(findings("exit-criteria", plan)).extracting(f -> f.milestone().orElseThrow().value())
        .containsExactly("champion-alignment");
  }

  @Test
  void oneFindingPerMilestoneEvenWhenTitleAndCriteriaAreBothVague() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "legal",
        m -> m.withTitle("Follow up with legal").withExitCriteria("TBD"));
    List<Finding> found = findings("exit-criteria", plan);
    assertThat(found).singleElement().satisfies(f ->
        assertThat(f.message()).endsWith("and its title is vague too (\"follow up\")."));
  }

  @Test
  void theVagueTermsCanBeReplaced() {
    RuleEngine engine = RuleEngine.builder()
        .override("exit-criteria",
            RuleOverride.builder().putParameter("vagueTerms", List.of("soon", "asap")).build())
        .build();
    assertThat(findings(engine, "exit-criteria", legalCriteria("TBD"), ExamplePlans.AS_OF))
        .isEmpty();
    assertThat(findings(engine, "exit-criteria", legalCriteria("Signed ASAP"), ExamplePlans.AS_OF))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("\"asap\""));
  }

  @Test
  void theLightweightProfileSwitchesItOff() {
    assertThat(lightweightFindings("exit-criteria", legalCriteria("TBD"))).isEmpty();
  }
}

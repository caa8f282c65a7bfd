package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.ProfileChange;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.RuleParameters;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A custom rule has the hooks the built-in rules have: it says what the lightweight profile
 * changes about it, and it checks its parameter values together.
 */
class RuleHooksTest {
  /** Reports its range; what the lightweight profile does and the range check are given. */
  private static class RangeRule implements QualityRule {
    private final ProfileChange lightweight;

    RangeRule(ProfileChange lightweight) {
      this.lightweight = lightweight;
    }

    @Override
    public String id() {
      return "range-rule";
    }

    @Override
    public String summary() {
      return "reports its range";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.integer("low", 2, "the low end"),
          ParameterSpec.integer("high", 8, "the high end"));
    }

    @Override
    public List<String> checkParameters(RuleParameters parameters) {
      return parameters.integer("low") <= parameters.integer("high")
          ? List.of()
          : List.of("low is above high");
    }

    @Override
    public ProfileChange lightweight() {
      return lightweight;
    }

    @Override
    public void check(RuleContext context) {
      context.report("Range " + context.parameters().integer("low") + " to "
          + context.parameters().integer("high") + ".", "None.");
    }
  }

  private static List<Finding> findings(QualityRule rule, Profile profile) {
    return RuleEngine.builder().withBuiltInRules(false).addRule(rule).profile(profile).build()
        .evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).findings();
  }

  @Test
  void aCustomRuleIsUnchangedByTheLightweightProfileUnlessItSaysOtherwise() {
    QualityRule plain = new RangeRule(ProfileChange.none());
    assertThat(findings(plain, Profile.LIGHTWEIGHT)).isEqualTo(findings(plain, Profile.FULL));
  }

  @Test
  void aCustomRuleTheLightweightProfileSwitchesOffRunsOnlyInFull() {
    QualityRule rule = new RangeRule(ProfileChange.off());
    assertThat(findings(rule, Profile.LIGHTWEIGHT)).isEmpty();
    assertThat(findings(rule, Profile.FULL)).hasSize(1);
  }

  @Test
  void theLightweightProfileGivesACustomRuleItsSeverityAndParameters() {
    QualityRule rule = new RangeRule(
        ProfileChange.none().withSeverity(Severity.INFO).withParameter("high", 3));
    assertThat(findings(rule, Profile.LIGHTWEIGHT)).singleElement().satisfies(finding -> {
      assertThat(finding.severity()).isEqualTo(Severity.INFO);
      assertThat(finding.message()).isEqualTo("Range 2 to 3.");
    });
    assertThat(findings(rule, Profile.FULL)).singleElement().satisfies(finding -> {
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.message()).isEqualTo("Range 2 to 8.");
    });
  }

  @Test
  void aConfigurationOverridesWhatTheProfileChanges() {
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(new RangeRule(ProfileChange.off().withParameter("high", 3)))
        .profile(Profile.LIGHTWEIGHT)
        .override("range-rule", RuleOverride.builder().enabled(true).build())
        .build();
    assertThat(engine.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).findings())
        .extracting(Finding::message).containsExactly("Range 2 to 3.");
  }

  @Test
  void aCustomRulesParametersThatDoNotFitTogetherAreAConfigurationError() {
    RuleEngine.Builder builder = RuleEngine.builder().withBuiltInRules(false)
        .addRule(new RangeRule(ProfileChange.none()))
        .override("range-rule", RuleOverride.builder().putParameter("low", 9).build());
    assertThatThrownBy(builder::build)
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("rule 'range-rule' (profile full): low is above high");
  }

  @Test
  void parametersThatDoNotFitTogetherPointAtTheConfigurationsParametersForTheRule() {
    RuleConfigurationException configured = catchThrowableOfType(RuleConfigurationException.class,
        () -> RuleEngine.builder().withBuiltInRules(false)
            .addRule(new RangeRule(ProfileChange.none()))
            .override("range-rule", RuleOverride.builder().putParameter("low", 9).build())
            .build());
    assertThat(configured.problems()).extracting(RuleConfigurationProblem::pointer)
        .containsExactly("/rules/range-rule/parameters");

    // Without a setting for the rule, its own values are at fault, and no setting is named.
    RuleConfigurationException own = catchThrowableOfType(RuleConfigurationException.class,
        () -> RuleEngine.builder().withBuiltInRules(false)
            .addRule(new RangeRule(ProfileChange.none().withParameter("high", 1)))
            .profile(Profile.LIGHTWEIGHT)
            .build());
    assertThat(own.problems()).extracting(RuleConfigurationProblem::pointer).containsExactly("");
  }

  @Test
  void parametersAreCheckedTogetherUnderEachProfileTheEngineApplies() {
    RuleEngine.Builder builder = RuleEngine.builder().withBuiltInRules(false)
        .addRule(new RangeRule(ProfileChange.none().withParameter("high", 1)))
        .profile(Profile.AUTO);
    assertThatThrownBy(builder::build)
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("rule 'range-rule' (profile lightweight): low is above high");
    // A full-profile engine never applies the lightweight values, so they do not stop it.
    assertThat(findings(new RangeRule(ProfileChange.none().withParameter("high", 1)),
        Profile.FULL)).hasSize(1);
  }

  @Test
  void aProfileChangeOfAParameterTheRuleDoesNotDeclareIsABugInTheRule() {
    RuleEngine.Builder builder = RuleEngine.builder().withBuiltInRules(false)
        .addRule(new RangeRule(ProfileChange.none().withParameter("hihg", 3)));
    assertThatThrownBy(builder::build)
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("rule 'range-rule' (" + RangeRule.class.getName() + ") changes parameter"
            + " 'hihg' in profile lightweight, but it declares no such parameter");
  }

  @Test
  void aProfileChangeToAValueOfTheWrongKindIsABugInTheRule() {
    RuleEngine.Builder builder = RuleEngine.builder().withBuiltInRules(false)
        .addRule(new RangeRule(
            ProfileChange.none().withParameter("high", new BigDecimal("2.5"))));
    assertThatThrownBy(builder::build)
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("rule 'range-rule' (" + RangeRule.class.getName() + ") sets parameter"
            + " 'high' in profile lightweight to a value that must be a whole number, not 2.5");
  }

  @Test
  void aRuleWhoseParameterCheckFailsOrAnswersNullIsNamed() {
    QualityRule throwing = new RangeRule(ProfileChange.none()) {
      @Override
      public List<String> checkParameters(RuleParameters parameters) {
        throw new IllegalStateException("cannot tell");
      }
    };
    assertThatThrownBy(() -> findings(throwing, Profile.FULL))
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("rule 'range-rule' (profile full): checking its parameters together failed:"
            + " java.lang.IllegalStateException: cannot tell");
    QualityRule answeringNull = new RangeRule(ProfileChange.none()) {
      @Override
      public List<String> checkParameters(RuleParameters parameters) {
        return null;
      }
    };
    assertThatThrownBy(() -> findings(answeringNull, Profile.FULL))
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("returns null from checkParameters");
  }

  @Test
  void aRuleThatAnswersNullForItsProfileChangeIsNamed() {
    assertThatThrownBy(() -> findings(new RangeRule(null), Profile.FULL))
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("rule 'range-rule' (" + RangeRule.class.getName() + ") returns null from"
            + " lightweight(); return ProfileChange.none() to keep the rule as it is");
  }

  @Test
  void aRuleThatAnswersNullForItsProfileChangeIsNamedUnderEveryProfile() {
    for (Profile profile : Profile.values()) {
      assertThatThrownBy(() -> findings(new RangeRule(null), profile)).as("profile %s", profile)
          .isInstanceOf(RuleConfigurationException.class)
          .hasMessageContaining("returns null from lightweight()");
    }
  }

  @Test
  void aProfileChangeSetsAWordsParameter() {
    assertThat(ProfileChange.none().withParameter("terms", List.of("tbd", "later")).parameters())
        .containsExactly(Map.entry("terms", List.of("tbd", "later")));
  }

  @Test
  void aProfileChangeWithANullValueNamesTheParameter() {
    Map<String, Object> values = new HashMap<>();
    values.put("high", null);
    assertThatThrownBy(() -> new ProfileChange(true, Optional.empty(), values))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the value of parameter 'high'");
  }
}

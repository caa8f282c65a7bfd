package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mutualplan.rules.fixtures.TestRules;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A custom rule that describes its parameters wrongly is a configuration problem named in words,
 * whatever the engine is built with: never a {@code NullPointerException} from the engine.
 */
class BrokenRuleDescriptionTest {
  private static final ParameterSpec LIMIT = ParameterSpec.integer("limit", 3, "how many");

  @Test
  void aNullParameterIsSaidInWordsForEveryProfile() {
    for (Profile profile : Profile.values()) {
      assertThatThrownBy(() -> RuleEngine.builder().profile(profile)
          .addRule(TestRules.rule("has-null", context -> {}, LIMIT, null)).build())
          .as("profile %s", profile)
          .isInstanceOf(RuleConfigurationException.class)
          .hasMessageContaining("rule 'has-null' (")
          .hasMessageContaining(") declares a null parameter");
    }
  }

  @Test
  void aParameterDeclaredTwiceIsSaidInWordsAndAConfigurationOfItIsCheckedAgainstTheFirst() {
    ParameterSpec again = ParameterSpec.words("limit", List.of("x"), "a list this time");
    assertThatThrownBy(() -> RuleEngine.builder()
        .addRule(TestRules.rule("twice", context -> {}, LIMIT, again)).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining(") declares parameter 'limit' twice");
    RuleConfigurationException e = assertThrows(
        RuleConfigurationException.class, () -> RuleEngine.builder()
            .addRule(TestRules.rule("twice", context -> {}, LIMIT, again))
            .override("twice", RuleOverride.builder().putParameter("limit", "many").build())
            .build());
    assertThat(e.problems()).extracting(RuleConfigurationProblem::message)
        .anySatisfy(message -> assertThat(message).startsWith("parameter 'limit' of rule 'twice' "));
  }

  /** A rule that describes itself as told: a null or blank where a rule should say something. */
  private static QualityRule described(String summary, Severity severity,
      List<ParameterSpec> parameters) {
    return new QualityRule() {
      @Override
      public String id() {
        return "described";
      }

      @Override
      public String summary() {
        return summary;
      }

      @Override
      public Severity defaultSeverity() {
        return severity;
      }

      @Override
      public List<ParameterSpec> parameters() {
        return parameters;
      }

      @Override
      public void check(RuleContext context) {}
    };
  }

  @Test
  void aMissingSummarySeverityOrParameterListIsSaidInWords() {
    assertThatThrownBy(() -> RuleEngine.builder()
        .addRule(described(" ", Severity.INFO, List.of())).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("rule 'described' (")
        .hasMessageContaining(") has no summary");
    assertThatThrownBy(() -> RuleEngine.builder()
        .addRule(described("A summary.", null, List.of())).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining(") has no default severity");
    assertThatThrownBy(() -> RuleEngine.builder()
        .addRule(described("A summary.", Severity.INFO, null)).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining(") returns null for its parameters");
  }

  @Test
  void aRuleThatThrowsWhenAskedItsIdIsSaidInWords() {
    QualityRule broken = new QualityRule() {
      @Override
      public String id() {
        throw new IllegalStateException("no id yet");
      }

      @Override
      public String summary() {
        return "A summary.";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.INFO;
      }

      @Override
      public void check(RuleContext context) {}
    };
    assertThatThrownBy(() -> RuleEngine.builder().addRule(broken).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("cannot describe itself: java.lang.IllegalStateException: no id yet");
  }

  @Test
  void aRuleWithoutAnIdIsNamedByItsClass() {
    QualityRule nameless = TestRules.rule(null, context -> {});
    assertThatThrownBy(() -> RuleEngine.builder().addRule(nameless).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("rule " + nameless.getClass().getName() + " has no id");
  }
}

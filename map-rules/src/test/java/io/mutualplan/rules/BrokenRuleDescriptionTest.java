package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A custom rule that describes its parameters wrongly is a configuration problem named in words,
 * whatever the engine is built with: never a {@code NullPointerException} from the engine.
 */
class BrokenRuleDescriptionTest {
  private static final ParameterSpec LIMIT = ParameterSpec.integer("limit", 3, "how many");

  /** A rule whose parameters are these, each time they are asked for. */
  private static QualityRule declaring(String id, ParameterSpec... parameters) {
    // Not TestRules.rule: its List.of refuses the null these rules declare.
    return new QualityRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String summary() {
        return "declares its parameters wrongly";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override
      public List<ParameterSpec> parameters() {
        // A list that holds a null, as a rule's own list may.
        return new ArrayList<>(Arrays.asList(parameters));
      }

      @Override
      public void check(RuleContext context) {}
    };
  }

  @Test
  void aNullParameterIsSaidInWordsForEveryProfile() {
    for (Profile profile : Profile.values()) {
      assertThatThrownBy(() -> RuleEngine.builder().profile(profile)
          .addRule(declaring("has-null", LIMIT, null)).build())
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
        .addRule(declaring("twice", LIMIT, again)).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining(") declares parameter 'limit' twice");
    RuleConfigurationException e = assertThrows(
        RuleConfigurationException.class, () -> RuleEngine.builder()
            .addRule(declaring("twice", LIMIT, again))
            .override("twice", RuleOverride.builder().putParameter("limit", "many").build())
            .build());
    assertThat(e.problems()).extracting(RuleConfigurationProblem::message)
        .anySatisfy(message -> assertThat(message).startsWith("parameter 'limit' of rule 'twice' "));
  }
}

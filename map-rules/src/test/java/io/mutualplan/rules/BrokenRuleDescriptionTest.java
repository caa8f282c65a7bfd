package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mutualplan.rules.fixtures.TestRules;
import io.mutualplan.rules.spi.ParameterSpec;
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
}

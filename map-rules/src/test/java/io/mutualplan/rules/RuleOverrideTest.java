package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleOverrideTest {
  @Test
  void numbersOfEveryJavaTypeBecomeExactDecimals() {
    RuleOverride override =
        RuleOverride.builder()
            .putParameter("maxShare", 0.8)
            .putParameter("min", 5)
            .putParameter("max", 7L)
            .build();
    assertThat(override.parameters())
        .containsEntry("maxShare", new BigDecimal("0.8"))
        .containsEntry("min", BigDecimal.valueOf(5))
        .containsEntry("max", BigDecimal.valueOf(7));
  }

  @Test
  void listsBecomeUnmodifiableListsOfTexts() {
    List<String> words = new ArrayList<>(List.of("tbd"));
    RuleOverride override = RuleOverride.builder().putParameter("vagueTerms", words).build();
    words.add("later");
    assertThat(override.parameters().get("vagueTerms")).isEqualTo(List.of("tbd"));
    assertThat(override).isEqualTo(RuleOverride.builder().putParameter("vagueTerms", List.of("tbd")).build());
  }

  @Test
  void aValueThatIsNeitherNumberTextNorListOfTextsIsAConfigurationError() {
    assertThatThrownBy(() -> RuleOverride.builder().putParameter("min", true).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("parameter 'min' must be a number, a text or a list of texts");
    assertThatThrownBy(
            () -> RuleOverride.builder().putParameter("vagueTerms", Arrays.asList("tbd", 3)).build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("'3' is not");
  }

  @Test
  void aLaterOverrideWinsWhereItHasValuesAndParametersMerge() {
    RuleOverride first =
        RuleOverride.builder().enabled(false).severity(Severity.INFO).putParameter("min", 3).build();
    RuleOverride later = RuleOverride.builder().enabled(true).putParameter("max", 9).build();
    RuleOverride combined = first.then(later);
    assertThat(combined.enabled()).contains(true);
    assertThat(combined.severity()).contains(Severity.INFO);
    assertThat(combined.parameters()).containsOnlyKeys("min", "max");
  }
}

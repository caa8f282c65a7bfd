package io.mutualplan.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parameter's declaration: its name, its bounds and the words it uses for a wrong value. */
class ParameterSpecTest {
  private static final ParameterSpec LIMIT =
      ParameterSpec.integer("limit", 3, "how many").atLeast(0).atMost(5);

  @Test
  void boundsAreInclusive() {
    assertThat(LIMIT.checkValue(BigDecimal.ZERO)).isEmpty();
    assertThat(LIMIT.checkValue(BigDecimal.valueOf(5))).isEmpty();
    assertThat(LIMIT.checkValue(BigDecimal.valueOf(-1))).contains("must be at least 0, not -1");
    assertThat(LIMIT.checkValue(BigDecimal.valueOf(6))).contains("must be at most 5, not 6");
    ParameterSpec share = ParameterSpec.number("share", new BigDecimal("0.5"), "a share")
        .atMost(BigDecimal.ONE);
    assertThat(share.checkValue(BigDecimal.ONE)).isEmpty();
    assertThat(share.checkValue(new BigDecimal("1.01"))).contains("must be at most 1, not 1.01");
    assertThat(share.maximum()).contains(BigDecimal.ONE);
    assertThat(LIMIT.minimum()).contains(BigDecimal.ZERO);
  }

  @Test
  void aListOfWordsHasNoRange() {
    ParameterSpec terms = ParameterSpec.words("terms", List.of("tbd"), "vague terms");
    assertThatThrownBy(() -> terms.atLeast(1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("parameter 'terms' is a list of words; it has no range");
    assertThatThrownBy(() -> terms.atMost(BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aWrongValueIsDescribedByWhatItIs() {
    ParameterSpec terms = ParameterSpec.words("terms", List.of("tbd"), "vague terms");
    assertThat(LIMIT.checkValue("many")).contains("must be a number, not the text 'many'");
    assertThat(LIMIT.checkValue(List.of("x"))).contains("must be a number, not a list");
    assertThat(terms.checkValue(BigDecimal.TEN))
        .contains("must be a list of words, not the number 10");
    assertThat(terms.checkValue(true)).contains("must be a list of words, not true");
    assertThat(terms.checkValue(List.of("tbd", BigDecimal.ONE)))
        .contains("must be a list of words, but it holds the number 1");
    assertThat(terms.checkValue(List.of("#tbd")))
        .contains("has a word that must start and end with a letter or digit: '#tbd'");
  }

  @Test
  void aNameIsAsciiLettersAndDigitsNotStartingWithADigit() {
    for (String name : List.of("az", "AZ", "a09", "zA9")) {
      assertThat(ParameterSpec.integer(name, 1, "a count").name()).isEqualTo(name);
    }
    for (String name : List.of("", "`", "{", "@", "[", "0a", "a/", "a:", "a-b")) {
      assertThatThrownBy(() -> ParameterSpec.integer(name, 1, "a count")).as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aDescriptionIsKeptAsGivenAndMayNotBeBlank() {
    assertThat(LIMIT.description()).isEqualTo("how many");
    assertThatThrownBy(() -> ParameterSpec.integer("limit", 1, " "))
        .hasMessage("a parameter needs a description");
  }

  @Test
  void twoDeclarationsAreEqualWhenEverythingIsEqualAndPrintTheirNameTypeAndDefault() {
    ParameterSpec same = ParameterSpec.integer("limit", 3, "how many").atLeast(0).atMost(5);
    assertThat(LIMIT).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("limit");
    assertThat(LIMIT.equals(LIMIT)).isTrue();
    assertThat(LIMIT).isNotEqualTo(same.atMost(6))
        .isNotEqualTo(same.atLeast(1))
        .isNotEqualTo(ParameterSpec.integer("limit", 4, "how many").atLeast(0).atMost(5))
        .isNotEqualTo(ParameterSpec.integer("limit", 3, "how much").atLeast(0).atMost(5))
        .isNotEqualTo(ParameterSpec.integer("count", 3, "how many").atLeast(0).atMost(5))
        .isNotEqualTo(ParameterSpec.number("limit", BigDecimal.valueOf(3), "how many")
            .atLeast(0).atMost(5));
    assertThat(ParameterSpec.number("share", new BigDecimal("0.5"), "a share"))
        .hasToString("share (number, default 0.5)");
    assertThat(ParameterSpec.words("terms", List.of("tbd"), "vague"))
        .hasToString("terms (words, default [tbd])");
    assertThat(LIMIT.type()).isEqualTo(ParameterType.INTEGER);
  }
}

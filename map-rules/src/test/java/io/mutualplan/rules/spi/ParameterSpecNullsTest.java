package io.mutualplan.rules.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A null argument to a parameter's factory is named where it is passed. */
class ParameterSpecNullsTest {
  @Test
  void aNullWordOrListOfWordsIsNamed() {
    assertThatThrownBy(() -> ParameterSpec.words("terms", Arrays.asList("tbd", null), "vague"))
        .isInstanceOf(NullPointerException.class).hasMessage("defaultValue holds null");
    assertThatThrownBy(() -> ParameterSpec.words("terms", null, "vague"))
        .isInstanceOf(NullPointerException.class).hasMessage("defaultValue");
  }
}

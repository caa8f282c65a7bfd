package io.mutualplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void aPossessiveAddsApostropheSToANameThatDoesNotEndInS() {
    assertThat(Wording.possessive("Acme Corp")).isEqualTo("Acme Corp's");
    assertThat(Wording.possessive("Sarah Chen")).isEqualTo("Sarah Chen's");
  }

  @Test
  void aPossessiveOfANameEndingInSIsAnApostropheAlone() {
    assertThat(Wording.possessive("Vandelay Industries")).isEqualTo("Vandelay Industries'");
    assertThat(Wording.possessive("GLOBEX SYSTEMS")).isEqualTo("GLOBEX SYSTEMS'");
  }
}

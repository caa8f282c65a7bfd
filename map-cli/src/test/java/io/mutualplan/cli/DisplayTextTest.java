package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayTextTest {
  /**
   * Every character that must not reach a person's screen as it is: controls (C0, DEL, C1), the
   * line and paragraph separators, the bidirectional embeddings, overrides, isolates and marks.
   */
  static final String UNSAFE = "\u0000\u0007\t\n\r\u001b\u007f\u0085\u009b\u2028\u2029"
      + "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

  @Test
  void textWithoutUnsafeCharactersIsLeftAsItIs() {
    String text = "Évaluation — 評価 🚀 \u200b (zero-width space) \u05e9\u05dc\u05d5\u05dd";

    assertThat(DisplayText.line(text)).isSameAs(text);
  }

  @Test
  void everyUnsafeCharacterBecomesASpace() {
    for (char unsafe : UNSAFE.toCharArray()) {
      assertThat(DisplayText.line("a" + unsafe + "b"))
          .as("U+%04X", (int) unsafe).isEqualTo("a b");
    }
  }

  @Test
  void aRunOfUnsafeCharactersBecomesOneSpace() {
    assertThat(DisplayText.line("pay\u202e 03 \u2066\u2069in\r\n30 days"))
        .isEqualTo("pay  03  in 30 days");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u001b[2J\u001b[H", "\u001b]0;title\u0007", "\u009b31m"})
  void terminalEscapeSequencesLoseTheCharacterThatStartsThem(String sequence) {
    assertThat(DisplayText.line(sequence)).doesNotContain("\u001b", "\u009b", "\u0007");
  }
}

package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Texts}: how every module quotes a value and finds broken characters in it. */
class TextsTest {
  @Test
  void aTextIsSingleSpacedAsAReaderSeesItsWords() {
    assertThat(Texts.singleSpaced("  Priya  Nair ")).isEqualTo("Priya Nair");
    assertThat(Texts.singleSpaced("Priya\u00a0Nair")).isEqualTo("Priya Nair");
    assertThat(Texts.singleSpaced("Priya\t\n Nair")).isEqualTo("Priya Nair");
    assertThat(Texts.singleSpaced("Nair")).isEqualTo("Nair");
  }

  @Test
  void itemsAreNamedThenCountedWhenThereAreMore() {
    assertThat(Texts.named(List.of("legal", "signature"), 2)).isEqualTo("legal, signature");
    assertThat(Texts.named(List.of("legal", "signature"), 5))
        .isEqualTo("legal, signature and 3 more");
    assertThat(Texts.named(List.of(), 0)).isEmpty();
  }

  @Test
  void aTextThatFitsIsKeptAsItIs() {
    assertThat(Texts.shortened("Security review", 15)).isEqualTo("Security review");
    assertThat(Texts.abbreviate("x".repeat(Texts.QUOTED_LENGTH)))
        .isEqualTo("x".repeat(Texts.QUOTED_LENGTH));
  }

  @Test
  void aLongerTextKeepsItsStartWithoutTrailingSpacesAndEndsWithAnEllipsis() {
    assertThat(Texts.shortened("Security review with the CISO", 15)).isEqualTo("Security rev...");
    assertThat(Texts.shortened("Security review with the CISO", 12)).isEqualTo("Security...");
    assertThat(Texts.abbreviate("y".repeat(10_000)))
        .isEqualTo("y".repeat(Texts.QUOTED_LENGTH - 3) + "...");
  }

  @Test
  void theCutNeverSplitsACharacterOfTwoUnits() {
    String rocket = "\uD83D\uDE80";
    // Shortened to 10, a text keeps its first 7 units: here the rocket's first half is the 7th.
    String split = "123456" + rocket + "tail";

    assertThat(Texts.shortened(split, 10)).isEqualTo("123456...");
    assertThat(Texts.firstUnpairedSurrogate(Texts.shortened(split, 10))).isEqualTo(-1);
    assertThat(Texts.shortened("12345" + rocket + "tail", 10)).isEqualTo("12345" + rocket + "...");
    assertThat(Texts.shortened("1234567" + rocket + "tail", 10)).isEqualTo("1234567...");
  }

  @Test
  void anUnpairedSurrogateIsFoundWhereItIs() {
    assertThat(Texts.firstUnpairedSurrogate("plain \uD83D\uDE80 text")).isEqualTo(-1);
    assertThat(Texts.firstUnpairedSurrogate("ab\uD800")).isEqualTo(2);
    assertThat(Texts.firstUnpairedSurrogate("ab\uD800c")).isEqualTo(2);
    assertThat(Texts.firstUnpairedSurrogate("\uDC00ab")).isZero();
    assertThat(Texts.firstUnpairedSurrogate("\uD83D\uDE80\uDE80")).isEqualTo(2);
  }

  @Test
  void aMessageOfProblemsListsTheFirstOnesAndCountsTheRest() {
    assertThat(Texts.problemLines(List.of("/a: one"), 2)).isEqualTo("/a: one");
    assertThat(Texts.problemLines(List.of("/a: one", "/b: two"), 2)).isEqualTo("/a: one\n/b: two");
    assertThat(Texts.problemLines(List.of("/a: one", "/b: two", "/c: three", "/d: four"), 2))
        .isEqualTo("/a: one\n/b: two\n... and 2 more problems");
    assertThat(Texts.problemLines(List.of("/a: one", "/b: two", "/c: three"), 2))
        .isEqualTo("/a: one\n/b: two\n... and 1 more problem");
    assertThatIllegalArgumentException().isThrownBy(() -> Texts.problemLines(List.of(), 2));
  }

  @Test
  void aListOfNoProblemsIsEmptyAndNoneShownCountsThemAll() {
    assertThat(Texts.listed(List.of(), 3)).isEmpty();
    assertThat(Texts.listed(List.of("/a: one"), 0)).containsExactly("... and 1 more problem");
  }
}

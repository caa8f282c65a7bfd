package io.mutualplan.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordMatcherTest {
  private final WordMatcher matcher =
      WordMatcher.of(List.of("tbd", "in progress", "follow up", "évaluer"));

  @Test
  void findsWordsAsWholeWordsIgnoringCase() {
    assertThat(matcher.findIn("Legal: TBD.")).contains("tbd");
    assertThat(matcher.findIn("tbd")).contains("tbd");
    assertThat(matcher.findIn("(tbd)")).contains("tbd");
    assertThat(matcher.findIn("tbdx")).isEmpty();
    assertThat(matcher.findIn("xtbd")).isEmpty();
    assertThat(matcher.findIn("tb")).isEmpty();
    assertThat(matcher.findIn("")).isEmpty();
  }

  @Test
  void aSpaceInAPhraseMatchesWhiteSpaceAndHyphens() {
    assertThat(matcher.findIn("Review in\t progress")).contains("in progress");
    assertThat(matcher.findIn("Follow-up call")).contains("follow up");
    assertThat(matcher.findIn("Followup call")).isEmpty();
    assertThat(matcher.findIn("in progressing")).isEmpty();
  }

  @Test
  void findsTheWordThatStartsEarliest() {
    assertThat(matcher.findIn("Follow up, status in progress, owner TBD")).contains("follow up");
  }

  @Test
  void caseFoldingWorksBeyondAscii() {
    assertThat(matcher.findIn("ÉVALUER la solution")).contains("évaluer");
  }

  @Test
  void wordsMustStartAndEndWithALetterOrDigit() {
    assertThatThrownBy(() -> WordMatcher.of(List.of("#tbd")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start and end with a letter or digit");
    assertThatThrownBy(() -> WordMatcher.of(List.of(" ")))
        .hasMessageContaining("is blank");
  }

  /**
   * Invariant: for ASCII texts and single-word terms, the matcher agrees with the regular
   * expression {@code (?i)(?<![A-Za-z0-9])term(?![A-Za-z0-9])}. 2,000 seeded random texts over a
   * small alphabet, so that matches and near-misses are frequent.
   */
  @Test
  void agreesWithARegularExpressionOnRandomTexts() {
    long seed = 20261122L;
    Random random = new Random(seed);
    String alphabet = "abtdABTD -.,1";
    List<String> words = List.of("tbd", "ab", "d1");
    WordMatcher compiled = WordMatcher.of(words);
    for (int run = 0; run < 2000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean expected = false;
      for (String word : words) {
        expected |= Pattern.compile("(?i)(?<![A-Za-z0-9])" + word + "(?![A-Za-z0-9])")
            .matcher(text).find();
      }
      assertThat(compiled.matches(text.toString()))
          .as("seed %d, run %d, text '%s'", seed, run, text)
          .isEqualTo(expected);
    }
  }

  @Test
  void aPhraseCutShortByTheEndOfTheTextIsNoMatch() {
    assertThat(matcher.findIn("the trial is in")).isEmpty();
    assertThat(matcher.findIn("the trial is in -")).isEmpty();
    assertThat(matcher.findIn("the trial is in - progress")).contains("in progress");
  }

  @Test
  void asciiCaseFoldingCoversTheWholeAlphabet() {
    WordMatcher edges = WordMatcher.of(List.of("az"));
    assertThat(edges.matches("AZ")).isTrue();
    assertThat(edges.matches("Az")).isTrue();
    assertThat(edges.matches("aZ")).isTrue();
  }

  @Test
  void twoDifferentLettersBeyondAsciiDoNotMatch() {
    assertThat(matcher.findIn("àvaluer la solution")).isEmpty();
    assertThat(matcher.findIn("ÈVALUER la solution")).isEmpty();
  }

  @Test
  void aControlCharacterJustPastAsciiEndsAWord() {
    assertThat(matcher.findIn("tbd\u0080")).contains("tbd");
  }

  @Test
  void twoMatchersOfTheSameWordsAreEqualAndShowTheirWords() {
    WordMatcher same = WordMatcher.of(List.of("tbd", "in progress", "follow up", "évaluer"));
    assertThat(matcher).isEqualTo(same).hasSameHashCodeAs(same)
        .isNotEqualTo(WordMatcher.of(List.of("tbd"))).isNotEqualTo("tbd");
    assertThat(matcher.words()).containsExactly("tbd", "in progress", "follow up", "évaluer");
    assertThat(WordMatcher.of(List.of("tbd"))).hasToString("WordMatcher[tbd]");
  }
}

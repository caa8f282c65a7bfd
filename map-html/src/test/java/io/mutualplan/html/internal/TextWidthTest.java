package io.mutualplan.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void wideLettersTakeMoreRoomThanNarrowOnes() {
    assertThat(TextWidth.of("MMMM", 10, FontWeight.REGULAR))
        .isGreaterThan(TextWidth.of("iiii", 10, FontWeight.REGULAR) * 2);
  }

  @Test
  void widthGrowsWithTheFontSize() {
    assertThat(TextWidth.of("Legal review", 20, FontWeight.REGULAR))
        .isEqualTo(TextWidth.of("Legal review", 10, FontWeight.REGULAR) * 2);
  }

  @Test
  void boldTextIsWiderThanRegularText() {
    assertThat(TextWidth.of("Deadline 15 Jan", 10.5, FontWeight.BOLD))
        .isGreaterThan(TextWidth.of("Deadline 15 Jan", 10.5, FontWeight.REGULAR) * 1.1);
    assertThat(TextWidth.of("iiii", 10, FontWeight.BOLD))
        .isGreaterThan(TextWidth.of("iiii", 10, FontWeight.REGULAR) * 1.2);
    assertThat(TextWidth.of("é", 10, FontWeight.BOLD))
        .isGreaterThan(TextWidth.of("é", 10, FontWeight.REGULAR));
  }

  @Test
  void aBoldTextIsCutWhereItsOwnWidthRunsOut() {
    String title = "Evaluation team and go-live date confirmed in writing";

    String bold = TextWidth.fit(title, 13, FontWeight.BOLD, 200);

    assertThat(TextWidth.of(bold, 13, FontWeight.BOLD)).isLessThanOrEqualTo(200);
    assertThat(bold.length())
        .isLessThan(TextWidth.fit(title, 13, FontWeight.REGULAR, 200).length());
  }

  @Test
  void ideographsAndEmojiCountAsFullSquares() {
    assertThat(TextWidth.of("法务", 10, FontWeight.REGULAR)).isEqualTo(20);
    assertThat(TextWidth.of("\uD83D\uDE80", 10, FontWeight.REGULAR)).isEqualTo(10);
  }

  /** The first and last code point of each block counted as a full square, and a few neighbours. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"1100", "115F", "2000", "2E80", "A4CF", "AC00", "D7A3", "F900", "FAFF",
      "FE30", "FE4F", "FF00", "FF60", "FFE0", "FFE6", "1F000"})
  void everyBlockOfWideCharactersIsWideToItsEdges(String hex) {
    String character = Character.toString(Integer.parseInt(hex, 16));
    assertThat(TextWidth.of(character, 10, FontWeight.REGULAR)).isEqualTo(10);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"10FF", "1160", "2070", "2E7F", "A4D0", "ABFF", "D7A4", "F8FF", "FB00",
      "FE50", "FF61", "FFDF", "FFE7", "1EFFF"})
  void theCharactersNextToTheWideBlocksAreNotWide(String hex) {
    String character = Character.toString(Integer.parseInt(hex, 16));
    assertThat(TextWidth.of(character, 10, FontWeight.REGULAR)).isEqualTo(7.8);
  }

  /** Space and tilde, the ends of printable ASCII, have DejaVu Sans's advances. */
  @Test
  void spaceAndTildeAreMeasuredAsTheFontDrawsThem() {
    assertThat(TextWidth.of(" ", 1000, FontWeight.REGULAR)).isEqualTo(318);
    assertThat(TextWidth.of("~", 1000, FontWeight.REGULAR)).isEqualTo(838);
    assertThat(TextWidth.of(" ", 1000, FontWeight.BOLD)).isEqualTo(349);
  }

  @Test
  void aTextAsWideAsTheRoomIsKeptWhole() {
    String title = "MSA redlines agreed";
    double width = TextWidth.of(title, 13, FontWeight.REGULAR);

    assertThat(TextWidth.fit(title, 13, FontWeight.REGULAR, width)).isEqualTo(title);
  }

  @Test
  void aCutTextFillsTheRoomExactlyWhenItCan() {
    // Each ideograph and the ellipsis are a full square: 30 takes two of them and the ellipsis.
    assertThat(TextWidth.fit("法务法务", 10, FontWeight.REGULAR, 30)).isEqualTo("法务…");
    // Room for the ellipsis alone: the ellipsis.
    assertThat(TextWidth.fit("Legal", 10, FontWeight.REGULAR, 10)).isEqualTo("…");
  }

  @Test
  void combiningMarksAddNoWidth() {
    assertThat(TextWidth.of("e\u0301", 10, FontWeight.REGULAR))
        .isEqualTo(TextWidth.of("e", 10, FontWeight.REGULAR));
  }

  @Test
  void aTextThatFitsIsKeptWhole() {
    assertThat(TextWidth.fit("MSA redlines agreed", 13, FontWeight.REGULAR, 284))
        .isEqualTo("MSA redlines agreed");
  }

  @Test
  void aTextThatDoesNotFitIsCutWithAnEllipsis() {
    String cut = TextWidth.fit(
        "Evaluation team and go-live date confirmed in writing", 13, FontWeight.REGULAR, 200);

    assertThat(cut).endsWith("…").startsWith("Evaluation team");
    assertThat(TextWidth.of(cut, 13, FontWeight.REGULAR)).isLessThanOrEqualTo(200);
  }

  @Test
  void nothingIsLeftWhenNotEvenTheEllipsisFits() {
    assertThat(TextWidth.fit("Legal", 13, FontWeight.REGULAR, 5)).isEmpty();
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String cut = TextWidth.fit(
        "\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80", 10, FontWeight.REGULAR, 25);

    assertThat(cut).isEqualTo("\uD83D\uDE80…");
  }

  /**
   * Invariant: whatever the text, the weight and the width, the fitted text is no wider than the
   * width, and it is the text itself or a start of it followed by an ellipsis.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void aFittedTextNeverOverflowsAndIsAStartOfTheText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.,'é法—";
    for (int trial = 0; trial < 500; trial++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 120);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      double font = random.nextDouble(3, 16);
      double width = random.nextDouble(0, 400);
      FontWeight weight = random.nextBoolean() ? FontWeight.BOLD : FontWeight.REGULAR;

      String fitted = TextWidth.fit(text.toString(), font, weight, width);

      String context = "seed " + seed + ", trial " + trial + ": '" + text + "' at " + font
          + " " + weight + " in " + width;
      assertThat(TextWidth.of(fitted, font, weight)).as(context).isLessThanOrEqualTo(width);
      if (!fitted.equals(text.toString()) && !fitted.isEmpty()) {
        assertThat(fitted).as(context).endsWith("…");
        assertThat(text.toString())
            .as(context).startsWith(fitted.substring(0, fitted.length() - 1));
      }
    }
  }
}

package io.mutualplan.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void wideLettersTakeMoreRoomThanNarrowOnes() {
    assertThat(TextWidth.of("MMMM", 10)).isGreaterThan(TextWidth.of("iiii", 10) * 2);
  }

  @Test
  void widthGrowsWithTheFontSize() {
    assertThat(TextWidth.of("Legal review", 20)).isEqualTo(TextWidth.of("Legal review", 10) * 2);
  }

  @Test
  void ideographsAndEmojiCountAsFullSquares() {
    assertThat(TextWidth.of("法务", 10)).isEqualTo(20);
    assertThat(TextWidth.of("\uD83D\uDE80", 10)).isEqualTo(10);
  }

  @Test
  void combiningMarksAddNoWidth() {
    assertThat(TextWidth.of("e\u0301", 10)).isEqualTo(TextWidth.of("e", 10));
  }

  @Test
  void aTextThatFitsIsKeptWhole() {
    assertThat(TextWidth.fit("MSA redlines agreed", 13, 284)).isEqualTo("MSA redlines agreed");
  }

  @Test
  void aTextThatDoesNotFitIsCutWithAnEllipsis() {
    String cut = TextWidth.fit("Evaluation team and go-live date confirmed in writing", 13, 200);

    assertThat(cut).endsWith("…").startsWith("Evaluation team");
    assertThat(TextWidth.of(cut, 13)).isLessThanOrEqualTo(200);
  }

  @Test
  void nothingIsLeftWhenNotEvenTheEllipsisFits() {
    assertThat(TextWidth.fit("Legal", 13, 5)).isEmpty();
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String cut = TextWidth.fit("\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80", 10, 25);

    assertThat(cut).isEqualTo("\uD83D\uDE80…");
  }

  /**
   * Invariant: whatever the text and the width, the fitted text is no wider than the width, and it
   * is the text itself or a start of it followed by an ellipsis.
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

      String fitted = TextWidth.fit(text.toString(), font, width);

      String context = "seed " + seed + ", trial " + trial + ": '" + text + "' at " + font
          + " in " + width;
      assertThat(TextWidth.of(fitted, font)).as(context).isLessThanOrEqualTo(width);
      if (!fitted.equals(text.toString()) && !fitted.isEmpty()) {
        assertThat(fitted).as(context).endsWith("…");
        assertThat(text.toString())
            .as(context).startsWith(fitted.substring(0, fitted.length() - 1));
      }
    }
  }
}

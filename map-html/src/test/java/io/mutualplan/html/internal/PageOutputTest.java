package io.mutualplan.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageOutputTest {
  @Test
  void aTextHtmlAllowsIsKeptAsItIs() {
    String text = "Legal review, Zürich 日本語 😀";

    assertThat(PageOutput.allowed(text)).isSameAs(text);
  }

  @Test
  void theNeighboursOfTheCharactersReplacedAreKept() {
    // Whitespace HTML allows, NBSP, the code points either side of U+FDD0-U+FDEF, U+FFFD itself
    // and the one before it, the first code point of plane 1, and U+1FFFD (a pair).
    String text = "\t\n\f\r \u00A0\uFDCF\uFDF0\uFFFC\uFFFD\uD800\uDC00\uD83F\uDFFD";

    assertThat(PageOutput.allowed(text)).isSameAs(text);
  }

  @Test
  void controlsNoncharactersAndUnpairedSurrogatesBecomeTheReplacementCharacter() {
    assertThat(PageOutput.allowed("a\u0000b\u000Bc\u007Fd\u0085e")).isEqualTo("a�b�c�d�e");
    assertThat(PageOutput.allowed("\uFDD0\uFDEF\uFFFE\uFFFF")).isEqualTo("����");
    assertThat(PageOutput.allowed("x\uD83F\uDFFEy\uDBFF\uDFFF")).isEqualTo("x�y�");
    assertThat(PageOutput.allowed("\uD800 alone, \uDC00 alone")).isEqualTo("� alone, � alone");
  }
}

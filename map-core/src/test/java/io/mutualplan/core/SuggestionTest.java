package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A misspelt name gets the closest known one when it is close enough: one edit for a name of up to
 * four characters, two up to eight, three beyond; a swap of neighbours is one edit.
 */
class SuggestionTest {
  private static final List<String> GENERATORS = List.of("plans", "chains", "dealPlans");

  @Test
  void aNameOneOrTwoEditsAwayIsSuggested() {
    assertThat(Suggestion.closest("plan", GENERATORS)).contains("plans");
    assertThat(Suggestion.closest("chians", GENERATORS)).contains("chains");
    assertThat(Suggestion.closest("dealplan", GENERATORS)).contains("dealPlans");
  }

  @Test
  void aNameFurtherAwayGetsNoSuggestion() {
    assertThat(Suggestion.closest("legal", GENERATORS)).isEmpty();
    assertThat(Suggestion.closest("plan", List.of())).isEmpty();
  }

  @Test
  void howManyEditsAreAllowedGrowsWithTheName() {
    assertThat(Suggestion.closest("pln", List.of("plan"))).contains("plan");
    assertThat(Suggestion.closest("pl", List.of("plan"))).isEmpty();
    assertThat(Suggestion.closest("ofrmt", List.of("format"))).contains("format");
    assertThat(Suggestion.closest("econmic-buyr-sgn-off", List.of("economic-buyer-sign-off")))
        .contains("economic-buyer-sign-off");
    assertThat(Suggestion.closest("x", List.of("id"))).isEmpty();
  }

  @Test
  void aSwapOfNeighboursIsOneEdit() {
    assertThat(Suggestion.closest("tilte", List.of("title", "notes"))).contains("title");
    assertThat(Suggestion.closest("mliestnoes", List.of("milestones"))).contains("milestones");
  }

  @Test
  void theClosestOfSeveralCloseNamesWinsAndTheFirstOfEquallyCloseOnes() {
    assertThat(Suggestion.closest("chain", List.of("chain23", "chains"))).contains("chains");
    assertThat(Suggestion.closest("ab", List.of("ax", "ay"))).contains("ax");
  }

  @Test
  void theEditsAllowedStepUpAfterFourAndAfterEightCharacters() {
    assertThat(Suggestion.closest("abcd", List.of("abxy"))).isEmpty();
    assertThat(Suggestion.closest("abcde", List.of("abxye"))).contains("abxye");
    assertThat(Suggestion.closest("abcdefgh", List.of("abcdexyz"))).isEmpty();
    assertThat(Suggestion.closest("abcdefghi", List.of("abcdefxyz"))).contains("abcdefxyz");
  }

  @Test
  void aNameOfUpToSixtyFourCharactersGetsASuggestionAndALongerOneNone() {
    assertThat(Suggestion.closest("a".repeat(64), List.of("a".repeat(65)))).isPresent();
    assertThat(Suggestion.closest("a".repeat(65), List.of("a".repeat(66)))).isEmpty();
  }

  @Test
  void aNameWithNothingInCommonIsNoCloserForBeingShort() {
    assertThat(Suggestion.closest("ab", List.of("x"))).isEmpty();
  }

  @Test
  void anExactMatchBeatsASwapOfNeighbours() {
    assertThat(Suggestion.closest("form", List.of("from", "form"))).contains("form");
  }
}

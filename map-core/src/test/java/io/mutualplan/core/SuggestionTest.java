package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A misspelt name gets the closest known one when it is at most two edits away. */
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
  void theClosestOfSeveralCloseNamesWinsAndTheFirstOfEquallyCloseOnes() {
    assertThat(Suggestion.closest("chain", List.of("chain23", "chains"))).contains("chains");
    assertThat(Suggestion.closest("ab", List.of("ax", "ay"))).contains("ax");
  }
}

package io.mutualplan.html.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-22");

  @Test
  void aScaleWithoutWidthIsRefused() {
    assertThatThrownBy(() -> TimeScale.of(DAY, DAY, 310, 310))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty scale");
  }

  @Test
  void aScaleEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> TimeScale.of(DAY, DAY.minusDays(1), 310, 988))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty scale");
  }
}

package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.schedule.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A null argument to a public method is named where it is passed, not met deep inside. */
class NullArgumentsTest {
  @Test
  void aRevisionsMissingSummaryIsNamed() {
    MutualActionPlan plan = TestPlans.builder().build();

    assertThatThrownBy(() -> plan.addRevision(
        TestPlans.SARAH, Instant.parse("2026-11-25T10:00:00Z"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("summary");
  }

  @Test
  void aNullWorkingDayOrHolidayIsNamedByItsCollection() {
    assertThatThrownBy(() -> WorkCalendar.of(Arrays.asList(DayOfWeek.MONDAY, null), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("workingDays holds null");
    assertThatThrownBy(() -> WorkCalendar.of(
        List.of(DayOfWeek.MONDAY), Arrays.asList(LocalDate.parse("2026-12-25"), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("holidays holds null");
  }
}

package io.mutualplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalLong;

/** Assertions on one milestone's line, written as the row of a hand-checked table. */
final class ScheduleLines {
  private ScheduleLines() {}

  /** An incomplete milestone's row: dates ISO, floats in working days. */
  static void assertLine(Schedule schedule, String id, String earlyStart, String earlyFinish,
      String lateStart, String lateFinish, long totalFloat, long freeFloat, boolean critical) {
    MilestoneSchedule line = schedule.milestone(TestPlans.id(id)).orElseThrow();
    assertThat(line)
        .as(id)
        .isEqualTo(MilestoneSchedule.of(TestPlans.id(id), line.durationDays(), false,
            LocalDate.parse(earlyStart), LocalDate.parse(earlyFinish),
            LocalDate.parse(lateStart), LocalDate.parse(lateFinish),
            OptionalLong.of(totalFloat), OptionalLong.of(freeFloat), critical));
  }

  /** A completed milestone's row: the actual dates, early and late alike, and no float. */
  static void assertCompleted(Schedule schedule, String id, String start, String finish) {
    MilestoneSchedule line = schedule.milestone(TestPlans.id(id)).orElseThrow();
    assertThat(line)
        .as(id)
        .isEqualTo(MilestoneSchedule.of(TestPlans.id(id), line.durationDays(), true,
            LocalDate.parse(start), LocalDate.parse(finish),
            LocalDate.parse(start), LocalDate.parse(finish),
            OptionalLong.empty(), OptionalLong.empty(), false));
  }
}

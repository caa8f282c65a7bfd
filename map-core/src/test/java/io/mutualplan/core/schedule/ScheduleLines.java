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
    assertRow(schedule, id, false, earlyStart, earlyFinish, lateStart, lateFinish,
        OptionalLong.of(totalFloat), OptionalLong.of(freeFloat), critical);
  }

  /** A completed milestone's row: the actual dates, early and late alike, and no float. */
  static void assertCompleted(Schedule schedule, String id, String start, String finish) {
    assertRow(schedule, id, true, start, finish, start, finish,
        OptionalLong.empty(), OptionalLong.empty(), false);
  }

  private static void assertRow(Schedule schedule, String id, boolean complete, String earlyStart,
      String earlyFinish, String lateStart, String lateFinish, OptionalLong totalFloat,
      OptionalLong freeFloat, boolean critical) {
    MilestoneSchedule line = schedule.milestone(TestPlans.id(id)).orElseThrow();
    assertThat(line)
        .as(id)
        .isEqualTo(MilestoneSchedule.builder()
                .id(TestPlans.id(id))
                .durationDays(line.durationDays())
                .complete(complete)
                .earlyStart(LocalDate.parse(earlyStart))
                .earlyFinish(LocalDate.parse(earlyFinish))
                .lateStart(LocalDate.parse(lateStart))
                .lateFinish(LocalDate.parse(lateFinish))
                .totalFloat(totalFloat)
                .freeFloat(freeFloat)
                .critical(critical)
                .build());
  }
}

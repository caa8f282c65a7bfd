package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.link;
import static io.mutualplan.core.schedule.TestPlans.outcome;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.DependencyType;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each dependency type with a positive, zero and negative lag, on the smallest plan that shows it:
 * predecessor {@code p} of 5 days, successor {@code s} of 3 days, as of 2026-01-01 on the default
 * calendar, outcome 2026-01-21 without lead time. Boundaries are counted from the start of the
 * as-of date: {@code t0 = 0}, the deadline {@code T = 20}, and {@code p} runs from 0 to 5.
 */
class DependencyTypeTest {
  private static final LocalDate AS_OF = date("2026-01-01");

  /**
   * Expected boundaries worked out by hand from the spec. Forward: an ES bound gives {@code ES =
   * max(0, bound)}, {@code EF = ES + 3}; an EF bound gives {@code EF = max(3, 1, bound)}, {@code ES
   * = EF - 3}. Backward: {@code LF(s) = 20}, {@code LS(s) = 17}, and {@code LF(p) = min(20, ...)}
   * with {@code 17 - L} (FS), {@code 17 - L + 5} (SS), {@code 20 - L} (FF), {@code 20 - L + 5}
   * (SF). The link's slack is {@code p}'s free float.
   */
  @ParameterizedTest(name = "{0} lag {1}")
  @CsvSource({
    // type,            lag, ES(s), EF(s), LF(p), free float of p
    "finish-to-start,     0,     5,     8,    17, 0",
    "finish-to-start,     2,     7,    10,    15, 0",
    "finish-to-start,    -2,     3,     6,    19, 0",
    "start-to-start,      0,     0,     3,    20, 0",
    "start-to-start,      2,     2,     5,    20, 0",
    "start-to-start,     -2,     0,     3,    20, 2",
    "finish-to-finish,    0,     2,     5,    20, 0",
    "finish-to-finish,    2,     4,     7,    18, 0",
    "finish-to-finish,   -1,     1,     4,    20, 0",
    "start-to-finish,     0,     0,     3,    20, 3",
    "start-to-finish,     6,     3,     6,    19, 0",
    "start-to-finish,    -3,     0,     3,    20, 6",
  })
  void boundsTheSuccessorAsTheSpecSays(String type, int lag, long successorEarlyStart,
      long successorEarlyFinish, long predecessorLateFinish, long predecessorFreeFloat) {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-21", 0),
            step("p", 5),
            step("s", 3, link("p", DependencyType.parse(type), lag))),
        AS_OF);

    MilestoneSchedule p = schedule.milestone(0);
    MilestoneSchedule s = schedule.milestone(1);
    assertThat(s.earlyStart()).isEqualTo(start(successorEarlyStart));
    assertThat(s.earlyFinish()).isEqualTo(finish(successorEarlyFinish));
    assertThat(s.lateStart()).isEqualTo(start(17));
    assertThat(s.lateFinish()).isEqualTo(finish(20));
    assertThat(s.totalFloat()).hasValue(20 - successorEarlyFinish);
    assertThat(s.freeFloat()).hasValue(20 - successorEarlyFinish);
    assertThat(p.earlyStart()).isEqualTo(start(0));
    assertThat(p.earlyFinish()).isEqualTo(finish(5));
    assertThat(p.lateFinish()).isEqualTo(finish(predecessorLateFinish));
    assertThat(p.lateStart()).isEqualTo(start(predecessorLateFinish - 5));
    assertThat(p.totalFloat()).hasValue(predecessorLateFinish - 5);
    assertThat(p.freeFloat()).hasValue(predecessorFreeFloat);
    long slack = Math.min(predecessorLateFinish - 5, 20 - successorEarlyFinish);
    assertThat(schedule.slackDays()).isEqualTo(slack);
    assertThat(p.critical()).isEqualTo(predecessorLateFinish - 5 == slack);
    assertThat(s.critical()).isEqualTo(20 - successorEarlyFinish == slack);
  }

  /** The date a step starting at boundary {@code b} starts on (every day is a working day). */
  private static LocalDate start(long b) {
    return AS_OF.plusDays(b);
  }

  /** The date a step finishing at boundary {@code b} finishes on: the day before it. */
  private static LocalDate finish(long b) {
    return AS_OF.plusDays(b - 1);
  }
}

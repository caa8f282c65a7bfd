package io.mutualplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.fixtures.ReferenceCpm;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scheduler against {@link ReferenceCpm}, a naive implementation of the spec, on thousands of
 * seeded random plans: random DAGs whose plan order is not their topological order, all four
 * dependency types, positive and negative lags (some of the largest allowed), events, completed,
 * in-progress and blocked milestones, with and without an outcome.
 *
 * <p>Invariant: for every such plan and as-of date, {@code Scheduler.schedule} equals the
 * reference's schedule in every reported figure (deadline, projected finish, slack, feasibility,
 * critical path, and each milestone's dates, floats and critical flag). A failure names the seed
 * that replays it.
 */
class ReferenceCpmPropertyTest {
  private static final int CASES = 4_000;

  @Test
  void agreesWithTheNaiveReferenceOnTheEveryDayCalendar() {
    for (long i = 0; i < CASES; i++) {
      long seed = i;
      SplittableRandom random = new SplittableRandom(seed);
      RandomPlan generated = RandomPlan.generate(random, false);

      Schedule expected =
          ReferenceCpm.scheduleEveryDay(generated.plan, generated.asOf, generated.order);

      assertThat(Scheduler.schedule(generated.plan, generated.asOf))
          .as(() -> "seed " + seed + ", plan " + generated.plan)
          .isEqualTo(expected);
    }
  }

  /** The same on random working-day calendars, the reference converting dates with idx and day. */
  @Test
  void agreesWithTheNaiveReferenceOnRandomCalendars() {
    for (long i = 0; i < CASES / 2; i++) {
      long seed = 1_000_000 + i;
      SplittableRandom random = new SplittableRandom(seed);
      RandomPlan generated = RandomPlan.generate(random, true);

      Schedule expected = ReferenceCpm.schedule(generated.plan, generated.asOf, generated.order,
          WorkCalendar.of(generated.plan));

      assertThat(Scheduler.schedule(generated.plan, generated.asOf))
          .as(() -> "seed " + seed + ", plan " + generated.plan)
          .isEqualTo(expected);
    }
  }

  /**
   * The same near the first and the last date a plan can hold, on the every-day calendar and on
   * random calendars whose holidays often fall on those dates. There a schedule may have to report
   * a date no plan can hold.
   *
   * <p>Invariant: when every date of the reference's schedule lies between 0001-01-01 and
   * 9999-12-31, {@code Scheduler.schedule} equals it; otherwise it throws {@link
   * DateOutOfRangeException}, and never anything else.
   */
  @Test
  void agreesWithTheReferenceOrNamesADateOutOfRangeAtTheEdgesOfTheCalendar() {
    int outOfRange = 0;
    for (long i = 0; i < CASES / 2; i++) {
      long seed = 2_000_000 + i;
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate asOf = random.nextBoolean()
          ? PlanLimits.MIN_DATE.plusDays(random.nextInt(0, 30))
          : PlanLimits.MAX_DATE.minusDays(random.nextInt(0, 30));
      RandomPlan generated = RandomPlan.generate(random, random.nextBoolean(), asOf);

      Schedule expected = ReferenceCpm.schedule(generated.plan, generated.asOf, generated.order,
          WorkCalendar.of(generated.plan));
      Throwable thrown = catchThrowable(() -> Scheduler.schedule(generated.plan, generated.asOf));

      if (ReferenceCpm.inRange(expected)) {
        assertThat(thrown).as(() -> "seed " + seed + ", plan " + generated.plan).isNull();
        assertThat(Scheduler.schedule(generated.plan, generated.asOf))
            .as(() -> "seed " + seed + ", plan " + generated.plan)
            .isEqualTo(expected);
      } else {
        outOfRange++;
        assertThat(thrown)
            .as(() -> "seed " + seed + ", plan " + generated.plan)
            .isInstanceOf(DateOutOfRangeException.class);
      }
    }
    // Both outcomes must be common, or the test would check little.
    assertThat(outOfRange).as("plans with a date out of range")
        .isBetween(CASES / 20, CASES / 2 - CASES / 20);
  }

  /** A random valid plan with a known topological order. */
  private static final class RandomPlan {
    final MutualActionPlan plan;
    final LocalDate asOf;
    final int[] order;

    private RandomPlan(MutualActionPlan plan, LocalDate asOf, int[] order) {
      this.plan = plan;
      this.asOf = asOf;
      this.order = order;
    }

    static RandomPlan generate(SplittableRandom random, boolean withCalendar) {
      return generate(random, withCalendar,
          LocalDate.of(2026, 6, 1).plusDays(random.nextInt(-400, 400)));
    }

    /**
     * A plan looked at on {@code asOf}, its dates (completions, starts, the outcome, holidays)
     * around it, moved into the range a plan can hold when they would fall outside it.
     */
    static RandomPlan generate(SplittableRandom random, boolean withCalendar, LocalDate asOf) {
      int size = random.nextInt(0, 26);
      // order[k] is the plan position of the k-th milestone in a topological order; links only
      // run from earlier to later in that order.
      int[] order = shuffled(random, size);
      int[] rank = new int[size];
      for (int k = 0; k < size; k++) {
        rank[order[k]] = k;
      }
      double density = random.nextDouble() * 0.35;
      List<Milestone> milestones = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Milestone.Builder m = Milestone.builder().id(MilestoneId.of("m" + i)).title("Step " + i);
        int shape = random.nextInt(10);
        if (shape < 7) {
          m.durationDays(random.nextInt(0, 13));
        } else if (shape < 9) {
          int likely = random.nextInt(0, 13);
          m.estimate(Estimate.of(likely / 2, likely, likely * 2));
        }
        for (int j = 0; j < size; j++) {
          if (rank[j] < rank[i] && random.nextDouble() < density) {
            m.addDependsOn(Dependency.builder().milestone(MilestoneId.of("m" + j))
                .type(DependencyType.values()[random.nextInt(4)]).lagDays(lag(random)).build());
          }
        }
        status(random, m, asOf);
        milestones.add(m.build());
      }
      MutualActionPlan.Builder plan = TestPlans.planBuilder().addAllMilestones(milestones);
      if (random.nextInt(10) < 7) {
        plan.outcome(Outcome.builder().date(around(asOf, random.nextInt(-20, 150)))
            .leadTimeDays(random.nextInt(0, 16)).build());
      }
      if (withCalendar) {
        plan.calendar(calendar(random, asOf));
      }
      return new RandomPlan(plan.build(), asOf, order);
    }

    private static int lag(SplittableRandom random) {
      int kind = random.nextInt(20);
      if (kind < 8) {
        return 0;
      }
      if (kind == 19) {
        return random.nextInt(-PlanLimits.MAX_DAYS, PlanLimits.MAX_DAYS + 1);
      }
      return random.nextInt(-6, 7);
    }

    private static void status(SplittableRandom random, Milestone.Builder m, LocalDate asOf) {
      int kind = random.nextInt(20);
      if (kind < 4) {
        LocalDate completed = around(asOf, random.nextInt(-40, 8));
        m.status(MilestoneStatus.COMPLETE).completed(completed);
        if (random.nextBoolean()) {
          m.started(around(completed, -random.nextInt(0, 15)));
        }
      } else if (kind < 8) {
        m.status(MilestoneStatus.IN_PROGRESS);
        if (random.nextInt(4) > 0) {
          m.started(around(asOf, random.nextInt(-40, 6)));
        }
      } else if (kind < 10) {
        m.status(MilestoneStatus.BLOCKED);
        if (random.nextBoolean()) {
          m.started(around(asOf, random.nextInt(-40, 6)));
        }
      } else if (kind < 12) {
        m.status(MilestoneStatus.SCHEDULED);
      }
    }

    private static CalendarSettings calendar(SplittableRandom random, LocalDate asOf) {
      CalendarSettings.Builder calendar = CalendarSettings.builder();
      int mask = random.nextInt(1, 128);
      for (DayOfWeek day : DayOfWeek.values()) {
        if ((mask & (1 << day.ordinal())) != 0) {
          calendar.addWorkingDay(day);
        }
      }
      List<LocalDate> holidays = new ArrayList<>();
      int count = random.nextInt(0, 40);
      for (int i = 0; i < count; i++) {
        LocalDate holiday = around(asOf, random.nextInt(-60, 200));
        if (!holidays.contains(holiday)) {
          holidays.add(holiday);
        }
      }
      return calendar.addAllHolidays(holidays).build();
    }

    /** {@code days} after {@code date}, or the nearest date a plan can hold. */
    private static LocalDate around(LocalDate date, int days) {
      LocalDate moved = date.plusDays(days);
      if (moved.isBefore(PlanLimits.MIN_DATE)) {
        return PlanLimits.MIN_DATE;
      }
      return moved.isAfter(PlanLimits.MAX_DATE) ? PlanLimits.MAX_DATE : moved;
    }

    private static int[] shuffled(SplittableRandom random, int size) {
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      // Half the plans list their milestones in a topological order, as people usually do.
      if (random.nextBoolean()) {
        for (int i = size - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int swap = order[i];
          order[i] = order[j];
          order[j] = swap;
        }
      }
      return order;
    }
  }
}

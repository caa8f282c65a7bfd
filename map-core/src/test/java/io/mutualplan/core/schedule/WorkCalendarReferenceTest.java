package io.mutualplan.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.PlanLimits;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link WorkCalendar} against a day-by-day count on many seeded random calendars.
 *
 * <p>Invariant: for every date {@code d} in the plan format's range, {@code idx(d)} is the number
 * of working days from 0001-01-01 up to (not including) {@code d}; {@code isWorkingDay(d)} agrees
 * with the definition; and {@code day(idx(d))} is {@code d} itself when {@code d} is a working day,
 * else the next working day. Each case is named by its seed, so a failure can be replayed.
 */
class WorkCalendarReferenceTest {
  private static final long FIRST = PlanLimits.MIN_DATE.toEpochDay();
  private static final long LAST = PlanLimits.MAX_DATE.toEpochDay();

  static LongStream seeds() {
    return LongStream.range(0, 80);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithCountingDayByDay(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomCalendar calendar = RandomCalendar.generate(random);
    long[] queries = queries(random, calendar.holidayEpochDays);
    check(calendar, queries, seed);
  }

  /** A few calendars checked on every single date of the range. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("exhaustiveSeeds")
  void agreesWithCountingDayByDayOnEveryDate(long seed) {
    RandomCalendar calendar = RandomCalendar.generate(new SplittableRandom(seed));
    check(calendar, LongStream.rangeClosed(FIRST, LAST).toArray(), seed);
  }

  static LongStream exhaustiveSeeds() {
    return LongStream.of(1_000, 1_001, 1_002);
  }

  private static void check(RandomCalendar calendar, long[] sortedQueries, long seed) {
    WorkCalendar subject = WorkCalendar.of(calendar.workingDays, calendar.holidays());
    long[] holidays = calendar.holidayEpochDays;
    int nextHoliday = 0;
    int nextQuery = 0;
    long workingBefore = 0;
    // Queries whose next working day the walk has not reached yet.
    List<Long> waiting = new ArrayList<>();
    for (long day = FIRST; day <= LAST + 14 && nextQuery <= sortedQueries.length; day++) {
      while (nextHoliday < holidays.length && holidays[nextHoliday] < day) {
        nextHoliday++;
      }
      boolean working = calendar.isWorkingWeekday(day)
          && (nextHoliday == holidays.length || holidays[nextHoliday] != day);
      if (working) {
        for (long query : waiting) {
          long nextWorkingDay = subject.day(subject.idx(LocalDate.ofEpochDay(query))).toEpochDay();
          if (nextWorkingDay != day) {
            assertThat(LocalDate.ofEpochDay(nextWorkingDay))
                .as("seed %d: day(idx(%s))", seed, LocalDate.ofEpochDay(query))
                .isEqualTo(LocalDate.ofEpochDay(day));
          }
        }
        waiting.clear();
      }
      if (nextQuery < sortedQueries.length && sortedQueries[nextQuery] == day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        // Assertions are built only on a mismatch: some cases check millions of dates.
        if (subject.idx(date) != workingBefore) {
          assertThat(subject.idx(date)).as("seed %d: idx(%s)", seed, date).isEqualTo(workingBefore);
        }
        if (subject.isWorkingDay(date) != working) {
          assertThat(subject.isWorkingDay(date))
              .as("seed %d: isWorkingDay(%s)", seed, date)
              .isEqualTo(working);
        }
        waiting.add(day);
        nextQuery++;
        if (working) {
          if (!subject.day(workingBefore).equals(date)) {
            assertThat(subject.day(workingBefore)).as("seed %d: day(%d)", seed, workingBefore)
                .isEqualTo(date);
          }
          waiting.clear();
        }
      } else if (nextQuery == sortedQueries.length && waiting.isEmpty()) {
        break;
      }
      if (working) {
        workingBefore++;
      }
    }
    assertThat(waiting).as("seed %d: dates without a next working day", seed).isEmpty();
  }

  /** Dates to check: anywhere, around every holiday, and at both ends of the range. */
  private static long[] queries(SplittableRandom random, long[] holidays) {
    TreeSet<Long> queries = new TreeSet<>();
    for (int i = 0; i < 3_000; i++) {
      queries.add(random.nextLong(FIRST, LAST + 1));
    }
    for (long holiday : holidays) {
      for (long d = holiday - 3; d <= holiday + 3; d++) {
        if (d >= FIRST && d <= LAST) {
          queries.add(d);
        }
      }
    }
    for (int i = 0; i < 10; i++) {
      queries.add(FIRST + i);
      queries.add(LAST - i);
    }
    return queries.stream().mapToLong(Long::longValue).toArray();
  }

  /** A random calendar: some working weekdays, holidays scattered, in runs and at the edges. */
  private static final class RandomCalendar {
    final EnumSet<DayOfWeek> workingDays;
    final long[] holidayEpochDays;
    /** Indexed by days since a Monday, 1970-01-05 (epoch day 4). */
    private final boolean[] working = new boolean[7];

    private RandomCalendar(EnumSet<DayOfWeek> workingDays, long[] holidayEpochDays) {
      this.workingDays = workingDays;
      this.holidayEpochDays = holidayEpochDays;
      for (DayOfWeek day : workingDays) {
        working[day.ordinal()] = true;
      }
    }

    static RandomCalendar generate(SplittableRandom random) {
      EnumSet<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
      int mask = random.nextInt(1, 128);
      for (DayOfWeek day : DayOfWeek.values()) {
        if ((mask & (1 << day.ordinal())) != 0) {
          workingDays.add(day);
        }
      }
      TreeSet<Long> holidays = new TreeSet<>();
      int scattered = random.nextInt(0, 300);
      for (int i = 0; i < scattered; i++) {
        holidays.add(random.nextLong(FIRST, LAST + 1));
      }
      int runs = random.nextInt(0, 30);
      for (int r = 0; r < runs; r++) {
        long start = random.nextLong(FIRST, LAST - 20);
        int length = random.nextInt(1, 16);
        for (int i = 0; i < length; i++) {
          holidays.add(start + i);
        }
      }
      if (random.nextBoolean()) {
        holidays.add(FIRST);
        holidays.add(LAST);
      }
      return new RandomCalendar(
          workingDays, holidays.stream().mapToLong(Long::longValue).toArray());
    }

    boolean isWorkingWeekday(long epochDay) {
      return working[(int) Math.floorMod(epochDay - 4, 7L)];
    }

    /** The holidays as dates, shuffled and with a duplicate, as a caller might pass them. */
    List<LocalDate> holidays() {
      List<LocalDate> dates = new ArrayList<>();
      Arrays.stream(holidayEpochDays).mapToObj(LocalDate::ofEpochDay).forEach(dates::add);
      if (!dates.isEmpty()) {
        dates.add(dates.get(0));
      }
      Collections.reverse(dates);
      return dates;
    }
  }
}

package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Keeps the worked example of {@code docs/scheduling.md} true: its table of the Acme plan's posts
 * (boundaries between working days, numbered from the as-of date) is what the scheduler computes,
 * row for row, once each post is turned back into the date the schedule reports.
 */
class SchedulingPageTest {
  private static final Path PAGE = Path.of("..", "docs", "scheduling.md");
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  /** A row of the page's table; the late dates and floats are empty for a completed step. */
  record Row(String id, int days, long earlyStart, long earlyFinish, OptionalLong lateStart,
      OptionalLong lateFinish, OptionalLong totalFloat, OptionalLong freeFloat) {}

  private static List<Row> rows() throws IOException {
    String page = Files.readString(PAGE);
    String table = page.substring(page.indexOf("| milestone | days | early start"));
    List<Row> rows = new ArrayList<>();
    for (String line : table.split("\n")) {
      if (!line.startsWith("| `")) {
        if (!rows.isEmpty()) {
          break;
        }
        continue;
      }
      String[] cells = line.split("\\|", -1);
      rows.add(new Row(cells[1].strip().replace("`", ""), Integer.parseInt(cells[2].strip()),
          Long.parseLong(cells[3].strip()), Long.parseLong(cells[4].strip()), number(cells[5]),
          number(cells[6]), number(cells[7]), number(cells[8])));
    }
    return rows;
  }

  private static OptionalLong number(String cell) {
    return cell.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(cell.strip()));
  }

  @Test
  void theAcmeTableIsWhatTheSchedulerComputes() throws IOException {
    Schedule schedule = Scheduler.schedule(Fixtures.plan("acme-go-live"), AS_OF);
    WorkCalendar calendar = schedule.calendar();
    long t0 = calendar.idx(AS_OF);
    List<Row> rows = rows();

    assertThat(rows).extracting(Row::id).containsExactlyInAnyOrderElementsOf(
        schedule.milestones().stream().map(line -> line.id().value()).toList());
    for (Row row : rows) {
      MilestoneSchedule line = schedule.milestone(MilestoneId.of(row.id())).orElseThrow();
      assertThat(line.durationDays()).as(row.id()).isEqualTo(row.days());
      assertThat(line.earlyStart()).as(row.id() + " early start")
          .isEqualTo(startDate(calendar, t0 + row.earlyStart(), t0 + row.earlyFinish(), row));
      assertThat(line.earlyFinish()).as(row.id() + " early finish")
          .isEqualTo(calendar.day(t0 + row.earlyFinish() - 1));
      assertThat(line.totalFloat()).as(row.id() + " float").isEqualTo(row.totalFloat());
      assertThat(line.freeFloat()).as(row.id() + " free float").isEqualTo(row.freeFloat());
      if (line.complete()) {
        assertThat(row.lateStart()).as(row.id()).isEmpty();
        assertThat(row.lateFinish()).as(row.id()).isEmpty();
        continue;
      }
      long lateStart = t0 + row.lateStart().orElseThrow();
      long lateFinish = t0 + row.lateFinish().orElseThrow();
      assertThat(line.lateStart()).as(row.id() + " late start")
          .isEqualTo(startDate(calendar, lateStart, lateFinish, row));
      assertThat(line.lateFinish()).as(row.id() + " late finish")
          .isEqualTo(calendar.day(lateFinish - 1));
      assertThat(row.lateFinish().getAsLong() - row.earlyFinish()).as(row.id() + " float")
          .isEqualTo(row.totalFloat().orElseThrow());
    }
  }

  /** A step of one day or more starts on the day at its start post; an event on its day. */
  private static LocalDate startDate(WorkCalendar calendar, long start, long finish, Row row) {
    return row.days() == 0 ? calendar.day(finish - 1) : calendar.day(start);
  }
}

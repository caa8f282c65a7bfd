package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.link;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.MutualActionPlan;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Textbook CPM networks from public sources, scheduled from day 0 with no outcome (so the project
 * duration is the deadline, the classic convention). Day {@code b} is the as-of date plus {@code
 * b} days on the default calendar; a table row gives the textbook's numbers: ES, EF, LS, LF, total
 * float and free float.
 */
class TextbookNetworkTest {
  private static final LocalDate DAY_0 = date("2026-01-05");

  /**
   * Chris Hendrickson, "Project Management for Construction" (2nd ed., Carnegie Mellon University,
   * free online), chapter 10 "Fundamental Scheduling Procedures", Table 10-2: a nine activity
   * project (site clearing, removal of trees, general excavation, ...). The book finds a minimum
   * duration of 30 days (event times 0, 4, 12, 21, 24, 30) and the critical path A, C, F, I. Late
   * times and floats follow by hand from those event times.
   */
  @Test
  void schedulesHendricksonsNineActivityProject() {
    MutualActionPlan plan = plan(
        step("A", 4),
        step("B", 3),
        step("C", 8, "A"),
        step("D", 7, "A"),
        step("E", 9, "B", "C"),
        step("F", 12, "B", "C"),
        step("G", 2, "D", "E"),
        step("H", 5, "D", "E"),
        step("I", 6, "F", "G"));

    Schedule schedule = Scheduler.schedule(plan, DAY_0);

    assertThat(schedule.projectedFinish()).contains(DAY_0.plusDays(30 - 1));
    assertThat(schedule.criticalPath()).containsExactly(id("A"), id("C"), id("F"), id("I"));
    assertRows(schedule,
        // id ES EF LS LF TF FF
        row("A", 0, 4, 0, 4, 0, 0),
        row("B", 0, 3, 9, 12, 9, 9),
        row("C", 4, 12, 4, 12, 0, 0),
        row("D", 4, 11, 15, 22, 11, 10),
        row("E", 12, 21, 13, 22, 1, 0),
        row("F", 12, 24, 12, 24, 0, 0),
        row("G", 21, 23, 22, 24, 1, 1),
        row("H", 21, 26, 25, 30, 4, 4),
        row("I", 24, 30, 24, 30, 0, 0));
  }

  /**
   * "Example 1: Draw the network for the events in Table 1" (a CPM handout published on
   * studylib.net, document 8378728): design prototype, obtain materials, order parts, manufacture
   * parts, three assemblies. Its Table 2 gives every figure below; the critical path is A, B, D, E,
   * G, 16 hours; C and F have 1 hour of slack.
   */
  @Test
  void schedulesThePrototypeAssemblyExample() {
    MutualActionPlan plan = plan(
        step("A", 6),
        step("B", 2, "A"),
        step("C", 2, "A"),
        step("D", 3, "B"),
        step("E", 4, "D", "F"),
        step("F", 2, "C"),
        step("G", 1, "E"));

    Schedule schedule = Scheduler.schedule(plan, DAY_0);

    assertThat(schedule.projectedFinish()).contains(DAY_0.plusDays(16 - 1));
    assertThat(schedule.criticalPath())
        .containsExactly(id("A"), id("B"), id("D"), id("E"), id("G"));
    assertRows(schedule,
        row("A", 0, 6, 0, 6, 0, 0),
        row("B", 6, 8, 6, 8, 0, 0),
        row("C", 6, 8, 7, 9, 1, 0),
        row("D", 8, 11, 8, 11, 0, 0),
        row("E", 11, 15, 11, 15, 0, 0),
        row("F", 8, 10, 9, 11, 1, 1),
        row("G", 15, 16, 15, 16, 0, 0));
  }

  /**
   * The fourteen-activity precedence diagram of the course module "Network Construction -
   * Precedence Diagram Method" (quoted in the public Nemotron-CC-Math web corpus): finish-to-start
   * links plus start-to-start links A -> B, G -> J and I -> K. The module gives the network; the
   * figures were worked out by hand with the spec's rules. 38 days; critical A, D, H, M, N.
   */
  @Test
  void schedulesAPrecedenceDiagramWithStartToStartLinks() {
    MutualActionPlan plan = plan(
        step("A", 2),
        step("B", 10, ss("A")),
        step("C", 13, "A"),
        step("D", 12, "A"),
        step("E", 12, "B"),
        step("F", 7, "B"),
        step("G", 10, "D"),
        step("H", 16, "D"),
        step("I", 6, "F"),
        step("J", 12, Dependency.on("C"), ss("G")),
        step("K", 5, ss("I")),
        step("L", 8, "E", "I", "K"),
        step("M", 5, "H"),
        step("N", 3, "G", "J", "L", "M"));

    Schedule schedule = Scheduler.schedule(plan, DAY_0);

    assertThat(schedule.projectedFinish()).contains(DAY_0.plusDays(38 - 1));
    assertThat(schedule.criticalPath())
        .containsExactly(id("A"), id("D"), id("H"), id("M"), id("N"));
    assertRows(schedule,
        row("A", 0, 2, 0, 2, 0, 0),
        row("B", 0, 10, 4, 14, 4, 0),
        row("C", 2, 15, 10, 23, 8, 0),
        row("D", 2, 14, 2, 14, 0, 0),
        row("E", 10, 22, 15, 27, 5, 1),
        row("F", 10, 17, 14, 21, 4, 0),
        row("G", 14, 24, 23, 33, 9, 1),
        row("H", 14, 30, 14, 30, 0, 0),
        row("I", 17, 23, 21, 27, 4, 0),
        row("J", 15, 27, 23, 35, 8, 8),
        row("K", 17, 22, 22, 27, 5, 1),
        row("L", 23, 31, 27, 35, 4, 4),
        row("M", 30, 35, 30, 35, 0, 0),
        row("N", 35, 38, 35, 38, 0, 0));
  }

  /** Floats count working days: the same network on a five-day week has the same floats. */
  @Test
  void keepsTheTextbookFloatsOnAFiveDayWeek() {
    MutualActionPlan plan = plan(
        step("A", 6), step("B", 2, "A"), step("C", 2, "A"), step("D", 3, "B"),
        step("E", 4, "D", "F"), step("F", 2, "C"), step("G", 1, "E"))
        .withCalendar(TestPlans.weekdays("2026-01-07"));

    Schedule schedule = Scheduler.schedule(plan, DAY_0);

    assertThat(schedule.milestones().stream().map(m -> m.totalFloat().getAsLong())
        .collect(Collectors.toList())).containsExactly(0L, 0L, 1L, 0L, 0L, 1L, 0L);
    // 16 working days from Monday 01-05, skipping Wednesday 01-07 and two weekends.
    assertThat(schedule.projectedFinish()).contains(date("2026-01-27"));
  }

  private static Dependency ss(String predecessor) {
    return link(predecessor, DependencyType.START_TO_START, 0);
  }

  private static Object[] row(String id, long es, long ef, long ls, long lf, long tf, long ff) {
    return new Object[] {id, es, ef, ls, lf, tf, ff};
  }

  private static void assertRows(Schedule schedule, Object[]... rows) {
    assertThat(schedule.milestones()).hasSize(rows.length);
    for (Object[] row : rows) {
      String id = (String) row[0];
      MilestoneSchedule line = schedule.milestone(id(id)).orElseThrow();
      long tf = (long) row[5];
      assertThat(line).as(id).isEqualTo(MilestoneSchedule.builder()
          .id(id(id))
          .durationDays(line.durationDays())
          .complete(false)
          .earlyStart(DAY_0.plusDays((long) row[1]))
          .earlyFinish(DAY_0.plusDays((long) row[2] - 1))
          .lateStart(DAY_0.plusDays((long) row[3]))
          .lateFinish(DAY_0.plusDays((long) row[4] - 1))
          .totalFloat(OptionalLong.of(tf))
          .freeFloat(OptionalLong.of((long) row[6]))
          .critical(tf == 0)
          .build());
    }
  }
}

package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.PlanId;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Schedules and their lines are immutable values. */
class ScheduleValueTest {
  private static final LocalDate AS_OF = date("2026-11-22");

  @Test
  void equalsTheSameScheduleComputedAgain() {
    Schedule first = Scheduler.schedule(ExamplePlans.acme(), AS_OF);
    Schedule second = Scheduler.schedule(ExamplePlans.acme(), AS_OF);

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.toString()).isEqualTo(second.toString());
    assertThat(first).isNotEqualTo(Scheduler.schedule(ExamplePlans.acme(), AS_OF.plusDays(1)));
  }

  /** A schedule rebuilt from what it reports (as a document reader does) equals the original. */
  @Test
  void equalsAScheduleBuiltFromItsParts() {
    Schedule computed = Scheduler.schedule(ExamplePlans.acme(), AS_OF);

    Schedule rebuilt = rebuild(computed);

    assertThat(rebuilt).isEqualTo(computed).hasSameHashCodeAs(computed);
    assertThat(computed).isEqualTo(rebuilt);
    assertThat(rebuilt.calendar()).isEqualTo(WorkCalendar.everyDay());
    assertThat(rebuilt.milestone(id("legal"))).isEqualTo(computed.milestone(id("legal")));
    assertThat(rebuilt.milestone(id("nothing"))).isEmpty();
  }

  /** The calendar says how the dates were computed; it is not something the schedule reports. */
  @Test
  void leavesTheCalendarOutOfEquality() {
    Schedule computed = Scheduler.schedule(
        ExamplePlans.acme().withCalendar(TestPlans.weekdays("2026-12-25")), AS_OF);
    Schedule rebuilt = rebuild(computed);

    assertThat(computed.calendar()).isNotEqualTo(rebuilt.calendar());
    assertThat(rebuilt).isEqualTo(computed);
  }

  @Test
  void equalsItselfAndNothingThatIsNotASchedule() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.acme(), AS_OF);
    MilestoneSchedule line = schedule.milestone(0);

    assertThat(schedule.equals(schedule)).isTrue();
    assertThat(schedule.equals(line)).isFalse();
    assertThat(line.equals(line)).isTrue();
    assertThat(line.equals(schedule)).isFalse();
  }

  @Test
  void refusesToBeChanged() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.acme(), AS_OF);

    assertThatThrownBy(() -> schedule.milestones().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> schedule.criticalPath().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void describesItselfWithEveryFigure() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.lightweightEmailPlan(), date("2026-11-20"));

    assertThat(schedule.toString()).startsWith(
        "Schedule{planId=bluebird-starter, asOf=2026-11-20, deadline=2026-12-14,"
            + " projectedFinish=2026-11-24, slackDays=20, feasible=true,"
            + " criticalPath=[trial, decision, signature], milestones=[MilestoneSchedule{id=trial,"
            + " durationDays=2, complete=false, earlyStart=2026-11-20, earlyFinish=2026-11-21,"
            + " lateStart=2026-12-10, lateFinish=2026-12-11, totalFloat=20, freeFloat=0,"
            + " critical=true}");
  }

  @Test
  void comparesMilestoneLinesByEveryField() {
    MilestoneSchedule line = line(false, OptionalLong.of(3), OptionalLong.of(1), false);

    assertThat(line).isEqualTo(line(false, OptionalLong.of(3), OptionalLong.of(1), false))
        .hasSameHashCodeAs(line(false, OptionalLong.of(3), OptionalLong.of(1), false))
        .isNotEqualTo(line(false, OptionalLong.of(3), OptionalLong.of(2), false))
        .isNotEqualTo(line(false, OptionalLong.of(3), OptionalLong.of(1), true));
    assertThat(line(true, OptionalLong.empty(), OptionalLong.empty(), false).toString())
        .contains("totalFloat=none, freeFloat=none");
  }

  @Test
  void aLineTakesItsFloatsAsPlainNumbers() {
    MilestoneSchedule line = MilestoneSchedule.builder()
        .id(id("a"))
        .durationDays(2)
        .complete(false)
        .earlyStart(AS_OF)
        .earlyFinish(AS_OF.plusDays(1))
        .lateStart(AS_OF.plusDays(3))
        .lateFinish(AS_OF.plusDays(4))
        .totalFloat(3)
        .freeFloat(1)
        .critical(false)
        .build();

    assertThat(line).isEqualTo(line(false, OptionalLong.of(3), OptionalLong.of(1), false));
  }

  @Test
  void refusesAMilestoneLineThatContradictsItself() {
    assertThatThrownBy(() -> line(true, OptionalLong.of(0), OptionalLong.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no float and is never critical");
    assertThatThrownBy(() -> line(true, OptionalLong.empty(), OptionalLong.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line(false, OptionalLong.of(0), OptionalLong.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a total float and a free float");
    assertThatThrownBy(() -> MilestoneSchedule.builder()
        .id(id("a"))
        .durationDays(-1)
        .complete(false)
        .earlyStart(AS_OF)
        .earlyFinish(AS_OF)
        .lateStart(AS_OF)
        .lateFinish(AS_OF)
        .totalFloat(OptionalLong.of(0))
        .freeFloat(OptionalLong.of(0))
        .critical(true)
        .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsLinesByIdAndPosition() {
    Schedule schedule = Scheduler.schedule(ExamplePlans.acme(), AS_OF);

    assertThat(schedule.milestone(4).id()).isEqualTo(id("legal"));
    assertThat(schedule.milestone(id("legal"))).contains(schedule.milestone(4));
    assertThat(schedule.milestone(id("nothing"))).isEqualTo(Optional.empty());
    assertThat(schedule.planId()).isEqualTo(PlanId.of("acme-2027"));
  }

  @Test
  void aBuilderNamesEveryRequiredValueThatIsMissing() {
    assertThatThrownBy(() -> MilestoneSchedule.builder().id(id("a")).critical(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a milestone's line needs durationDays, complete, earlyStart, earlyFinish,"
            + " lateStart, lateFinish");
    assertThatThrownBy(() -> Schedule.builder().asOf(AS_OF).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a schedule needs planId, slackDays, feasible");
  }

  @Test
  void aScheduleBuiltLineByLineEqualsOneBuiltFromTheList() {
    Schedule computed = Scheduler.schedule(ExamplePlans.acme(), AS_OF);
    Schedule.Builder builder = Schedule.builder()
        .planId(computed.planId())
        .asOf(computed.asOf())
        .deadline(computed.deadline().orElseThrow())
        .projectedFinish(computed.projectedFinish().orElseThrow())
        .slackDays(computed.slackDays())
        .feasible(computed.feasible())
        .criticalPath(computed.criticalPath());
    computed.milestones().forEach(builder::addMilestone);

    assertThat(builder.build()).isEqualTo(computed);
    MilestoneSchedule first = computed.milestone(0);
    MilestoneSchedule second = computed.milestone(1);
    assertThat(builder.milestones(List.of()).addMilestone(first).addMilestone(second).build()
        .milestones()).containsExactly(first, second);
    assertThat(builder.milestones(List.of()).build().milestones()).isEmpty();
  }

  /** The schedule built from what it reports, as a reader of schedule documents does. */
  private static Schedule rebuild(Schedule computed) {
    return Schedule.builder()
        .planId(computed.planId())
        .asOf(computed.asOf())
        .deadline(computed.deadline())
        .projectedFinish(computed.projectedFinish())
        .slackDays(computed.slackDays())
        .feasible(computed.feasible())
        .criticalPath(computed.criticalPath())
        .milestones(List.copyOf(computed.milestones()))
        .build();
  }

  private static MilestoneSchedule line(
      boolean complete, OptionalLong totalFloat, OptionalLong freeFloat, boolean critical) {
    return MilestoneSchedule.builder()
        .id(id("a"))
        .durationDays(2)
        .complete(complete)
        .earlyStart(AS_OF)
        .earlyFinish(AS_OF.plusDays(1))
        .lateStart(AS_OF.plusDays(3))
        .lateFinish(AS_OF.plusDays(4))
        .totalFloat(totalFloat)
        .freeFloat(freeFloat)
        .critical(critical)
        .build();
  }
}

package io.mutualplan.core.schedule;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Short ways to write the plans the scheduler tests need; only scheduling fields matter. */
final class TestPlans {
  static final List<DayOfWeek> WEEKDAYS =
      List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  private TestPlans() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static MilestoneId id(String id) {
    return MilestoneId.of(id);
  }

  static MutualActionPlan.Builder planBuilder() {
    return MutualActionPlan.builder()
        .id(PlanId.of("test-plan"))
        .title("Test plan")
        .buyer(Organization.of("Buyer Inc"))
        .seller(Organization.of("Seller Ltd"));
  }

  static MutualActionPlan plan(Milestone... milestones) {
    return planBuilder().addMilestones(milestones).build();
  }

  static MutualActionPlan plan(Outcome outcome, Milestone... milestones) {
    return planBuilder().outcome(outcome).addMilestones(milestones).build();
  }

  static Outcome outcome(String date, int leadTimeDays) {
    return Outcome.builder().date(date(date)).leadTimeDays(leadTimeDays).build();
  }

  static CalendarSettings weekdays(String... holidays) {
    CalendarSettings.Builder settings = CalendarSettings.builder().workingDays(WEEKDAYS);
    for (String holiday : holidays) {
      settings.addHolidays(date(holiday));
    }
    return settings.build();
  }

  /** A not-started step of {@code days} working days after its finish-to-start predecessors. */
  static Milestone step(String id, int days, String... after) {
    Milestone.Builder step = Milestone.builder().id(id(id)).title("Step " + id).durationDays(days);
    for (String predecessor : after) {
      step.addDependsOn(Dependency.on(predecessor));
    }
    return step.build();
  }

  static Milestone step(String id, int days, Dependency first, Dependency... more) {
    return Milestone.builder()
        .id(id(id))
        .title("Step " + id)
        .durationDays(days)
        .addDependsOn(first)
        .addDependsOn(more)
        .build();
  }

  static Dependency link(String predecessor, DependencyType type, int lagDays) {
    return Dependency.builder().milestone(id(predecessor)).type(type).lagDays(lagDays).build();
  }

  static Milestone completed(Milestone step, String on) {
    return step.withStatus(MilestoneStatus.COMPLETE).withCompleted(date(on));
  }

  static Milestone inProgress(Milestone step, String started) {
    return step.withStatus(MilestoneStatus.IN_PROGRESS).withStarted(date(started));
  }
}

package com.example.deals;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.CalendarStyle;
import io.mutualplan.testkit.GraphShape;
import io.mutualplan.testkit.PlanGenerator;
import io.mutualplan.testkit.PlanGenerators;
import io.mutualplan.testkit.PlanProperties;
import io.mutualplan.testkit.PlanProperty;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DealDeskPropertiesTest {
  static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

  /** Plans like ours: up to a dozen steps, weekday calendars with holidays, dated around today. */
  static PlanGenerator dealPlans() {
    return PlanGenerators.validPlans()
        .milestones(1, 12)
        .shapes(GraphShape.CHAIN, GraphShape.FAN_IN, GraphShape.RANDOM_DAG)
        .calendar(CalendarStyle.WEEKDAYS_WITH_HOLIDAYS)
        .anchor(TODAY);
  }

  /** Invariant: a plan with work left never finishes before today. */
  @PlanProperty(cases = 500, generator = "dealPlans")
  void workLeftNeverFinishesBeforeToday(MutualActionPlan plan) {
    boolean workLeft = plan.milestones().stream().anyMatch(m -> !m.isComplete());
    Schedule schedule = Scheduler.schedule(plan, TODAY);
    if (workLeft) {
      assertThat(schedule.projectedFinish()).hasValueSatisfying(
          finish -> assertThat(finish).isAfterOrEqualTo(TODAY));
    }
  }

  /** Invariant: every milestone we store reads back exactly as it was written. */
  @Test
  void storedPlansReadBackUnchanged() {
    MapJson json = MapJson.standard();
    PlanProperties.forAll(dealPlans())
        .named("stored plans read back unchanged")
        .cases(300)
        .check(plan -> {
          MutualActionPlan read = json.plans().read(json.plans().write(plan));
          for (int i = 0; i < plan.milestones().size(); i++) {
            Milestone written = plan.milestones().get(i);
            assertThat(read.milestones().get(i)).isEqualTo(written);
          }
        });
  }
}

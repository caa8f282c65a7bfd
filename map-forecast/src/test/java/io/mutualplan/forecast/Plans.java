package io.mutualplan.forecast;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import java.time.LocalDate;

/** Small plans for the forecast's tests, on the every-day calendar. */
final class Plans {
  static final LocalDate AS_OF = LocalDate.parse("2027-01-04");

  private Plans() {}

  static MutualActionPlan.Builder builder() {
    return MutualActionPlan.builder()
        .id(PlanId.of("forecast-test"))
        .title("Forecast test")
        .buyer(Organization.of("Buyer Inc"))
        .seller(Organization.of("Seller Ltd"));
  }

  static MutualActionPlan plan(Milestone... milestones) {
    return builder().addMilestones(milestones).build();
  }

  static MutualActionPlan plan(Outcome outcome, Milestone... milestones) {
    return builder().outcome(outcome).addMilestones(milestones).build();
  }

  static Outcome outcome(String date, int leadTimeDays) {
    return Outcome.builder().date(LocalDate.parse(date)).leadTimeDays(leadTimeDays).build();
  }

  /** A step with a fixed duration, after the given milestones (finish-to-start). */
  static Milestone step(String id, int days, String... after) {
    Milestone.Builder step = Milestone.builder().id(MilestoneId.of(id)).title("Step " + id)
        .durationDays(days);
    for (String predecessor : after) {
      step.addDependsOn(Dependency.on(predecessor));
    }
    return step.build();
  }

  /** A step with a three-point estimate and no durationDays. */
  static Milestone estimated(String id, int optimistic, int likely, int pessimistic,
      String... after) {
    Milestone.Builder step = Milestone.builder().id(MilestoneId.of(id)).title("Step " + id)
        .estimate(Estimate.of(optimistic, likely, pessimistic));
    for (String predecessor : after) {
      step.addDependsOn(Dependency.on(predecessor));
    }
    return step.build();
  }

  static Milestone completed(Milestone step, String on) {
    return step.withStatus(MilestoneStatus.COMPLETE).withCompleted(LocalDate.parse(on));
  }
}

package io.mutualplan.benchmarks;

import io.mutualplan.benchmarks.PlanPojo.MilestonePojo;
import io.mutualplan.benchmarks.PlanPojo.StakeholderPojo;
import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The like-for-like baseline of {@code JsonBenchmark}: what a user who reads plan documents with
 * plain databind must add to get the same validated model that {@code MapJson} gives, written the
 * straightforward way (the builders of map-core, ids, enums and dates parsed from the POJO's
 * strings). It does no more than that: a document the model rejects throws {@code
 * InvalidPlanException} with pointers but no lines or columns, and a document of the wrong shape
 * (a number where a date belongs, an unknown field) is not reported at all, or not as the format's
 * rules say.
 */
final class PojoPlans {
  private PojoPlans() {}

  /**
   * Builds the plan a POJO describes.
   *
   * @param pojo a plan document read by databind
   * @return the plan, every rule of the model checked
   */
  static MutualActionPlan toPlan(PlanPojo pojo) {
    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(PlanId.of(pojo.id))
        .title(pojo.title)
        .buyer(Organization.of(pojo.buyer.name))
        .seller(Organization.of(pojo.seller.name));
    if (pojo.goal != null) {
      plan.goal(pojo.goal);
    }
    if (pojo.outcome != null) {
      Outcome.Builder outcome = Outcome.builder().date(LocalDate.parse(pojo.outcome.date));
      if (pojo.outcome.label != null) {
        outcome.label(pojo.outcome.label);
      }
      if (pojo.outcome.leadTimeDays != null) {
        outcome.leadTimeDays(pojo.outcome.leadTimeDays);
      }
      if (pojo.outcome.setBy != null) {
        outcome.setBy(StakeholderId.of(pojo.outcome.setBy));
      }
      plan.outcome(outcome.build());
    }
    if (pojo.calendar != null) {
      CalendarSettings.Builder calendar = CalendarSettings.builder();
      if (pojo.calendar.workingDays != null) {
        for (String day : pojo.calendar.workingDays) {
          calendar.addWorkingDay(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
        }
      }
      if (pojo.calendar.holidays != null) {
        for (String holiday : pojo.calendar.holidays) {
          calendar.addHoliday(LocalDate.parse(holiday));
        }
      }
      plan.calendar(calendar.build());
    }
    if (pojo.dealValue != null) {
      plan.dealValue(Money.of(pojo.dealValue.amount, pojo.dealValue.currency));
    }
    if (pojo.createdOn != null) {
      plan.createdOn(LocalDate.parse(pojo.createdOn));
    }
    for (StakeholderPojo stakeholder : pojo.stakeholders) {
      plan.addStakeholder(stakeholder(stakeholder));
    }
    for (MilestonePojo milestone : pojo.milestones) {
      plan.addMilestone(milestone(milestone));
    }
    if (pojo.revisions != null) {
      for (PlanPojo.RevisionPojo revision : pojo.revisions) {
        Revision.Builder built = Revision.builder()
            .number(revision.number)
            .author(StakeholderId.of(revision.author))
            .at(Instant.parse(revision.at));
        if (revision.summary != null) {
          built.summary(revision.summary);
        }
        plan.addRevision(built.build());
      }
    }
    if (pojo.signOffs != null) {
      for (PlanPojo.SignOffPojo signOff : pojo.signOffs) {
        plan.addSignOff(SignOff.builder()
            .by(StakeholderId.of(signOff.by))
            .revision(signOff.revision)
            .on(LocalDate.parse(signOff.on))
            .build());
      }
    }
    if (pojo.attributes != null) {
      plan.putAllAttributes(pojo.attributes);
    }
    return plan.build();
  }

  private static Stakeholder stakeholder(StakeholderPojo pojo) {
    Stakeholder.Builder stakeholder = Stakeholder.builder()
        .id(StakeholderId.of(pojo.id))
        .name(pojo.name)
        .side(Side.parse(pojo.side));
    if (pojo.roles != null) {
      for (String role : pojo.roles) {
        stakeholder.addRole(Role.parse(role));
      }
    }
    if (pojo.title != null) {
      stakeholder.title(pojo.title);
    }
    if (pojo.email != null) {
      stakeholder.email(pojo.email);
    }
    return stakeholder.build();
  }

  private static Milestone milestone(MilestonePojo pojo) {
    Milestone.Builder milestone = Milestone.builder()
        .id(MilestoneId.of(pojo.id))
        .title(pojo.title);
    if (pojo.description != null) {
      milestone.description(pojo.description);
    }
    if (pojo.kind != null) {
      milestone.kind(MilestoneKind.parse(pojo.kind));
    }
    if (pojo.buyerOwner != null) {
      milestone.buyerOwner(StakeholderId.of(pojo.buyerOwner));
    }
    if (pojo.sellerOwner != null) {
      milestone.sellerOwner(StakeholderId.of(pojo.sellerOwner));
    }
    if (pojo.due != null) {
      milestone.due(LocalDate.parse(pojo.due));
    }
    if (pojo.baselineDue != null) {
      milestone.baselineDue(LocalDate.parse(pojo.baselineDue));
    }
    if (pojo.durationDays != null) {
      milestone.durationDays(pojo.durationDays);
    }
    if (pojo.estimate != null) {
      milestone.estimate(Estimate.of(
          pojo.estimate.optimistic, pojo.estimate.likely, pojo.estimate.pessimistic));
    }
    if (pojo.exitCriteria != null) {
      milestone.exitCriteria(pojo.exitCriteria);
    }
    if (pojo.status != null) {
      milestone.status(MilestoneStatus.parse(pojo.status));
    }
    if (pojo.started != null) {
      milestone.started(LocalDate.parse(pojo.started));
    }
    if (pojo.completed != null) {
      milestone.completed(LocalDate.parse(pojo.completed));
    }
    if (pojo.dependsOn != null) {
      for (Object dependency : pojo.dependsOn) {
        milestone.addDependsOn(dependency(dependency));
      }
    }
    if (pojo.atRisk != null) {
      milestone.atRisk(pojo.atRisk);
    }
    if (pojo.notes != null) {
      milestone.notes(pojo.notes);
    }
    if (pojo.attributes != null) {
      milestone.putAllAttributes(pojo.attributes);
    }
    return milestone.build();
  }

  /** A bare id (databind: a {@code String}) or an object (databind: a {@code Map}). */
  private static Dependency dependency(Object pojo) {
    if (pojo instanceof String id) {
      return Dependency.on(MilestoneId.of(id));
    }
    Map<?, ?> object = (Map<?, ?>) pojo;
    Dependency.Builder dependency =
        Dependency.builder().milestone(MilestoneId.of((String) object.get("milestone")));
    Object type = object.get("type");
    if (type != null) {
      dependency.type(DependencyType.parse((String) type));
    }
    Object lag = object.get("lagDays");
    if (lag != null) {
      dependency.lagDays(((Number) lag).intValue());
    }
    return dependency.build();
  }
}

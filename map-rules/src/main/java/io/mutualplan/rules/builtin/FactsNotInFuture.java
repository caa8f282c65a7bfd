package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.core.SignOff;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code facts-not-in-future}: what the plan records as done (a start, a completion, an edit, a
 * sign-off, the first draft) happened on or before the as-of date. A plan from the future is a
 * typo or a wrong as-of date. Findings follow the plan's parts: milestones in plan order (start
 * before completion), then revisions, sign-offs and {@code createdOn}.
 */
final class FactsNotInFuture extends BuiltInRule {
  FactsNotInFuture() {
    super("facts-not-in-future", Severity.WARNING,
        "no start, completion, revision, sign-off or createdOn date is after the as-of date");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    LocalDate asOf = context.asOf();
    String after = ", after the as-of date " + asOf + ".";
    String checkAsOf = " If the date is right, check the as-of date the plan is checked at.";
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.started().isPresent() && milestone.started().get().isAfter(asOf)) {
        context.reportMilestone(i, "started",
            Wording.milestone(milestone) + " is recorded as started on "
                + milestone.started().get() + after,
            "A start date records when the work began, not when it is planned to: if it has"
                + " not begun, remove the start date." + checkAsOf);
      }
      if (milestone.completed().isPresent() && milestone.completed().get().isAfter(asOf)) {
        context.reportMilestone(i, "completed",
            Wording.milestone(milestone) + " is recorded as complete on "
                + milestone.completed().get() + after,
            "A step is complete when its exit criteria are met, not when they are planned to"
                + " be: if it is not done yet, set its status back and keep the date as its due"
                + " date." + checkAsOf);
      }
    }
    List<Revision> revisions = plan.revisions();
    for (int i = 0; i < revisions.size(); i++) {
      Revision revision = revisions.get(i);
      LocalDate day = LocalDate.ofInstant(revision.at(), ZoneOffset.UTC);
      if (day.isAfter(asOf)) {
        context.reportAt("/revisions/" + i + "/at",
            "Revision " + revision.number() + " by " + Wording.person(plan, revision.author())
                + " is dated " + day + " (UTC)" + after,
            "A revision records an edit that was made: check its time stamp, a UTC instant"
                + " (an offset the wrong way round moves it by hours, a typo by years)."
                + checkAsOf);
      }
    }
    List<SignOff> signOffs = plan.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      SignOff signOff = signOffs.get(i);
      if (signOff.on().isAfter(asOf)) {
        context.reportAt("/signOffs/" + i + "/on",
            Wording.possessive(Wording.person(plan, signOff.by())) + " sign-off of revision "
                + signOff.revision() + " is dated " + signOff.on() + after,
            "A sign-off records an agreement that happened: record it on the day the person"
                + " agrees, not ahead of it." + checkAsOf);
      }
    }
    if (plan.createdOn().isPresent() && plan.createdOn().get().isAfter(asOf)) {
      context.reportAt("/createdOn",
          "The plan says it was first drafted on " + plan.createdOn().get() + after,
          "A plan from the future is a typo or a wrong as-of date: correct createdOn, or check"
              + " the as-of date the plan is checked at.");
    }
  }
}

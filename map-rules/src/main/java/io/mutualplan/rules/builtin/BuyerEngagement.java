package io.mutualplan.rules.builtin;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** {@code buyer-engagement}: a MAP that went quiet on the buyer's side is a signal. */
final class BuyerEngagement extends BuiltInRule {
  BuyerEngagement() {
    super("buyer-engagement", Severity.WARNING,
        "the latest buyer-side revision is at most maxQuietDays calendar days before the as-of"
            + " date",
        ParameterSpec.integer("maxQuietDays", 14,
                "the most calendar days the buyer side may go without editing the plan")
            .atLeast(0));
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Revision> revisions = plan.revisions();
    for (int i = revisions.size() - 1; i >= 0; i--) {
      Revision revision = revisions.get(i);
      Optional<Stakeholder> author = plan.stakeholder(revision.author());
      if (author.isEmpty() || author.get().side() != Side.BUYER) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(revision.at(), ZoneOffset.UTC);
      long quiet = ChronoUnit.DAYS.between(day, context.asOf());
      if (quiet > context.parameters().integer("maxQuietDays")) {
        context.reportAt("/revisions/" + i,
            "Nobody at " + Wording.organization(plan, Side.BUYER) + " has edited the plan for "
                + Wording.calendarDays(quiet) + ": the last buyer edit was "
                + Wording.possessive(Wording.person(author.get())) + ", revision " + revision.number() + " on "
                + day + ".",
            "Don't send a \"just checking in\" email: ask " + Wording.firstName(author.get())
                + " directly, \"I've noticed the plan has been quiet. Has anything changed on"
                + " your end?\"");
      }
      return; // only the latest buyer revision counts; none at all is co-authored's business
    }
  }
}

package io.mutualplan.rules.builtin;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code co-authored}: if the buyer didn't edit it, it isn't mutual. */
final class CoAuthored extends BuiltInRule {
  CoAuthored() {
    super("co-authored", Severity.ERROR,
        "a buyer-side stakeholder authored at least one revision"
            + " (\"if the buyer didn't edit it, it isn't mutual\")");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Revision> revisions = plan.revisions();
    for (Revision revision : revisions) {
      Optional<Stakeholder> author = plan.stakeholder(revision.author());
      if (author.isPresent() && author.get().side() == Side.BUYER) {
        return;
      }
    }
    String buyer = Wording.organization(plan, Side.BUYER);
    String contact = Wording.buyerContactName(plan);
    if (revisions.isEmpty()) {
      context.report(
          "The plan has no edit history, so nothing shows that anyone at " + buyer
              + " has edited it. If the buyer didn't edit it, it isn't mutual.",
          "Send the plan to " + contact + " and ask \"what did we get wrong?\"; record each edit"
              + " as a revision with its author, so the plan shows who built it.");
      return;
    }
    // Name a few authors; a history of thousands of edits by hundreds of people needs no more.
    Set<StakeholderId> distinct = new LinkedHashSet<>();
    for (Revision revision : revisions) {
      distinct.add(revision.author());
    }
    String authors = Wording.listUpToFive(distinct, author -> Wording.person(plan, author));
    String made = revisions.size() == 1
        ? "The plan's only revision was made by "
        : "All " + revisions.size() + " revisions of the plan were made by ";
    context.report(
        made + authors + " at " + Wording.organization(plan, Side.SELLER)
            + "; nobody at " + buyer + " has edited it. If the buyer didn't edit it, it isn't"
            + " mutual: it is a close plan in disguise.",
        "Send the plan to " + contact + " and ask \"what did we get wrong?\"; co-edit it with"
            + " them and record their edits as revisions.");
  }
}

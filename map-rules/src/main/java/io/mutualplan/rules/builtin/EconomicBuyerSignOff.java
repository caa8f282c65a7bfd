package io.mutualplan.rules.builtin;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code economic-buyer-sign-off}: the economic buyer has seen and agreed to the plan, as it is
 * now.
 *
 * <p>A sign-off of an older revision is reported one step milder than the configured severity (a
 * warning by default): the economic buyer agreed, but to a plan that has changed since.
 */
final class EconomicBuyerSignOff extends BuiltInRule {
  EconomicBuyerSignOff() {
    super("economic-buyer-sign-off", Severity.ERROR,
        "a buyer-side economic buyer is named and has signed off the plan's latest revision");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Stakeholder> economicBuyers = new ArrayList<>(1);
    for (Stakeholder person : plan.stakeholders()) {
      if (isEconomicBuyer(person)) {
        economicBuyers.add(person);
      }
    }
    String buyer = Wording.organization(plan, Side.BUYER);
    if (economicBuyers.isEmpty()) {
      context.report(
          "Nobody at " + buyer + " is named as the economic buyer, the person who owns the budget"
              + " and the final yes.",
          "Ask " + Wording.buyerContactName(plan) + " who signs off the budget, add them to the"
              + " plan with the role economic-buyer, and walk them through the plan.");
      return;
    }
    SignOff latestSignOff = null;
    Stakeholder signer = null;
    for (SignOff signOff : plan.signOffs()) {
      Optional<Stakeholder> by = plan.stakeholder(signOff.by());
      if (by.isPresent() && isEconomicBuyer(by.get())
          && (latestSignOff == null || signOff.revision() > latestSignOff.revision())) {
        latestSignOff = signOff;
        signer = by.get();
      }
    }
    Stakeholder first = economicBuyers.get(0);
    if (latestSignOff == null) {
      String message = economicBuyers.size() == 1
          ? Wording.person(first) + " (economic buyer) has not signed off the plan."
          : "None of the economic buyers (" + Wording.listUpToFive(economicBuyers, Wording::person)
              + ") has signed off the plan.";
      String hint = plan.revisions().isEmpty()
          ? "Walk " + Wording.firstName(first) + " through the plan, then record it as a revision"
              + " and the sign-off against it."
          : "Walk " + Wording.firstName(first) + " through the plan and record the sign-off"
              + " against the latest revision.";
      context.report(message, hint);
      return;
    }
    Optional<Integer> latestRevision = plan.latestRevision().map(r -> r.number());
    int signed = latestSignOff.revision();
    if (latestRevision.isPresent() && signed < latestRevision.get()) {
      context.report(
          milder(context.severity()),
          Optional.empty(),
          Optional.empty(),
          Wording.person(signer) + " (economic buyer) signed off revision " + signed
              + ", but the plan has changed since: the latest revision is " + latestRevision.get()
              + ".",
          "Walk " + Wording.firstName(signer) + " through what changed since revision " + signed
              + " and record the sign-off against revision " + latestRevision.get() + ".");
    }
  }

  private static boolean isEconomicBuyer(Stakeholder person) {
    return person.side() == Side.BUYER && person.hasRole(Role.ECONOMIC_BUYER);
  }

  private static Severity milder(Severity severity) {
    return severity == Severity.ERROR ? Severity.WARNING : Severity.INFO;
  }
}

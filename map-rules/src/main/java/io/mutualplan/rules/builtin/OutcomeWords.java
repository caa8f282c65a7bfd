package io.mutualplan.rules.builtin;

import io.mutualplan.core.Counts;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.internal.Wording;
import java.util.Optional;

/** How the rules about dates name the plan's outcome and the person who can move it. */
final class OutcomeWords {
  private OutcomeWords() {}

  /** "Go-live on 2027-03-01", or "the outcome on 2027-03-01" without a label. */
  static String of(Outcome outcome) {
    return label(outcome) + " on " + outcome.date();
  }

  /**
   * " (21 days of lead time after the last step)", what comes between the last step and the
   * outcome; nothing without a lead time.
   */
  static String leadTime(MutualActionPlan plan, Outcome outcome) {
    return outcome.leadTimeDays() == 0
        ? ""
        : " (" + Counts.days(plan, outcome.leadTimeDays()) + " of lead time after the last step)";
  }

  /**
   * Says that the deadline the outcome leaves would fall before the first date a plan can hold,
   * without naming it (it is not a date anyone can act on): "the last day work can finish for
   * Go-live on 0001-01-03 (5 days of lead time after the last step) would fall before 0001-01-01,
   * the earliest date a plan can hold".
   */
  static String deadlineBeforeFirstDay(MutualActionPlan plan, Outcome outcome) {
    return "the last day work can finish for " + of(outcome) + leadTime(plan, outcome)
        + " would fall before " + PlanLimits.MIN_DATE + ", the earliest date a plan can hold";
  }

  /** The outcome's label, or "the outcome". */
  static String label(Outcome outcome) {
    return outcome.label().isPresent() && !outcome.label().get().isBlank()
        ? Wording.quote(outcome.label().get())
        : "the outcome";
  }

  /**
   * Who can move the outcome date: the buyer-side person who set it, else the buyer contact.
   * A seller who set it cannot move the buyer's date.
   */
  static String owner(MutualActionPlan plan) {
    Optional<Stakeholder> setBy =
        plan.outcome().flatMap(Outcome::setBy).flatMap(plan::stakeholder);
    if (setBy.isPresent() && setBy.get().side() == Side.BUYER) {
      return Wording.person(setBy.get());
    }
    return Wording.buyerContactName(plan);
  }
}

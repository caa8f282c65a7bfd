package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import java.time.DayOfWeek;
import java.util.Optional;

/**
 * How the command line names a plan's things for people: owners by name, statuses in words,
 * counts with their nouns. Every renderer says these the same way.
 */
final class PlanWords {
  private PlanWords() {}

  /** The name of the stakeholder with this id ({@code Sarah Chen}), or the id if none has it. */
  static Optional<String> name(MutualActionPlan plan, Optional<StakeholderId> id) {
    return id.map(owner -> plan.stakeholder(owner).map(Stakeholder::name).orElse(owner.value()));
  }

  /** A milestone's status in words: {@code in progress}, {@code in progress, at risk}. */
  static String status(Milestone milestone) {
    String words = statusWords(milestone.status());
    return milestone.atRisk() && !milestone.isComplete() ? words + ", at risk" : words;
  }

  private static String statusWords(MilestoneStatus status) {
    return status.spelling().replace('-', ' ');
  }

  /** A count and its noun: {@code 1 error}, {@code 9 errors}. */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 || count == -1 ? singular : plural);
  }

  /**
   * A number of the plan's working days, in the words the rule messages use: {@code 3 working
   * days}, or {@code 3 days} when every day of the plan's calendar is a working day (the default),
   * because then they are calendar days as well.
   */
  static String days(MutualActionPlan plan, long count) {
    return everyDayWorks(plan)
        ? count(count, "day", "days")
        : count(count, "working day", "working days");
  }

  private static boolean everyDayWorks(MutualActionPlan plan) {
    return plan.calendar()
        .map(calendar -> calendar.workingDays().size() == DayOfWeek.values().length
            && calendar.holidays().isEmpty())
        .orElse(true);
  }

  /** At most {@code max} characters of a text, cut at the end with {@code ...}. */
  static String shortened(String text, int max) {
    return Texts.shortened(DisplayText.line(text), max);
  }
}

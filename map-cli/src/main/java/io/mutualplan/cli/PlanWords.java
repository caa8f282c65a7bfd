package io.mutualplan.cli;

import io.mutualplan.core.Counts;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.rules.QualityReport;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the command line names a plan's things for people: owners by name, statuses in words, long
 * titles shortened, a check's findings counted. Every renderer says these the same way; counts
 * are {@link io.mutualplan.core.Counts}'s, as in the rules' messages and on the plan's page.
 */
final class PlanWords {
  private PlanWords() {}

  /** How a text output starts: the title in bold, and the id: {@code Acme x Globex (acme-2027)}. */
  static String heading(MutualActionPlan plan, Style style) {
    return style.bold(DisplayText.line(plan.title())) + " (" + plan.id().value() + ")";
  }

  /** The name of the stakeholder with this id ({@code Sarah Chen}), or the id if none has it. */
  static Optional<String> name(MutualActionPlan plan, Optional<StakeholderId> id) {
    return id.map(owner -> plan.stakeholder(owner).map(Stakeholder::name).orElse(owner.value()));
  }

  /** A milestone's status in words: {@code in progress}, {@code in progress, at risk}. */
  static String status(Milestone milestone) {
    String words = words(milestone.status().spelling());
    return milestone.atRisk() && !milestone.isComplete() ? words + ", at risk" : words;
  }

  /** A status or a kind as the format spells it, in words: {@code in-progress} is "in progress". */
  static String words(String spelling) {
    return spelling.replace('-', ' ');
  }

  /** The findings of a check counted by severity: {@code 1 error, 2 warnings, 0 infos}. */
  static String findings(QualityReport report) {
    return Counts.of(report.errors(), "error", "errors") + ", "
        + Counts.of(report.warnings(), "warning", "warnings") + ", "
        + Counts.of(report.infos(), "info", "infos");
  }

  /** A number of the plan's days with its sign: {@code +10 working days}, {@code -3 days}. */
  static String signedDays(MutualActionPlan plan, long count) {
    return (count > 0 ? "+" : "") + Counts.days(plan, count);
  }

  /** A number with its sign: {@code +14}, {@code 0}, {@code -3}. */
  static String signed(long number) {
    return number > 0 ? "+" + number : Long.toString(number);
  }

  /**
   * How far a milestone's due date has moved from the date first agreed, in working days of the
   * plan's calendar ({@code idx(due) - idx(baselineDue)}, positive when it is now later), when it
   * has both dates.
   */
  static OptionalLong slip(Milestone milestone, WorkCalendar calendar) {
    if (milestone.due().isEmpty() || milestone.baselineDue().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        calendar.idx(milestone.due().get()) - calendar.idx(milestone.baselineDue().get()));
  }

  /** At most {@code max} characters of a text, cut at the end with {@code ...}. */
  static String shortened(String text, int max) {
    return Texts.shortened(DisplayText.line(text), max);
  }
}

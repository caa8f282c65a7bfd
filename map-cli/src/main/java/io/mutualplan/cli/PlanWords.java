package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the command line names a plan's things for people: owners by name, statuses in words,
 * counts with their nouns. Every renderer says these the same way.
 */
final class PlanWords {
  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cc}+");

  private PlanWords() {}

  /** The name of the stakeholder with this id, e.g. {@code Sarah Chen}. */
  static Optional<String> name(MutualActionPlan plan, Optional<StakeholderId> id) {
    return id.map(owner -> plan.stakeholder(owner).map(Stakeholder::name).orElse(owner.value()));
  }

  /** A milestone's status in words, e.g. {@code in progress, at risk}. */
  static String status(Milestone milestone) {
    String words = statusWords(milestone.status());
    return milestone.atRisk() && !milestone.isComplete() ? words + ", at risk" : words;
  }

  private static String statusWords(MilestoneStatus status) {
    return status.spelling().replace('-', ' ');
  }

  /** A count and its noun, e.g. {@code 1 day}, {@code 9 days}. */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 || count == -1 ? singular : plural);
  }

  /** At most {@code max} characters of a text, cut at the end with {@code ...}. */
  static String shortened(String text, int max) {
    return Texts.shortened(oneLine(text), max);
  }

  /**
   * A text on one line: line breaks, tabs and every other control character become spaces, so a
   * plan's text can neither break a table nor send escape sequences to a terminal.
   */
  static String oneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.CONTROL) {
        return CONTROL_CHARACTERS.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }
}

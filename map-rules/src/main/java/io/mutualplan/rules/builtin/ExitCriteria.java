package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import io.mutualplan.rules.spi.WordMatcher;
import java.util.List;
import java.util.Optional;

/**
 * {@code exit-criteria}: every step says what observable proof shows it is done, and neither it
 * nor its title is vague. The vague terms are matched by a {@link WordMatcher} compiled once per
 * resolved configuration.
 */
final class ExitCriteria extends BuiltInRule {
  private static final String CRITERIA_HINT = "Write the observable proof that it is done, e.g."
      + " \"MSA countersigned\", not \"legal progressing\".";

  private static final String TITLE_HINT = "Make it one specific action, e.g. \"Schedule a 30-min"
      + " demo with the IT team\", not \"Evaluate solution\".";

  ExitCriteria() {
    super("exit-criteria", Severity.WARNING,
        "every milestone has exit criteria, and neither they nor its title contain a vague term",
        ParameterSpec.words("vagueTerms",
            List.of("tbd", "progressing", "in progress", "ongoing", "evaluate solution", "discuss",
                "touch base", "check in", "follow up", "next steps", "as needed"),
            "words and phrases that make a title or exit criteria vague, matched as whole words,"
                + " case-insensitively"));
  }

  @Override
  public void check(RuleContext context) {
    WordMatcher vague = context.parameters().wordMatcher("vagueTerms");
    List<Milestone> milestones = context.plan().milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      Optional<String> vagueTitle = vague.findIn(milestone.title());
      Optional<String> criteria = milestone.exitCriteria();
      if (criteria.isEmpty() || criteria.get().isBlank()) {
        String title = vagueTitle.isPresent()
            ? ", and its title is vague (\"" + vagueTitle.get() + "\")"
            : "";
        context.reportMilestone(i, "exitCriteria",
            Wording.milestone(milestone) + " has no exit criteria" + title + ": nothing says"
                + " what proves it is done.",
            vagueTitle.isPresent() ? TITLE_HINT + " " + CRITERIA_HINT : CRITERIA_HINT);
        continue;
      }
      Optional<String> vagueCriteria = vague.findIn(criteria.get());
      if (vagueCriteria.isPresent()) {
        context.reportMilestone(i, "exitCriteria",
            "The exit criteria of " + Wording.milestone(milestone) + ", \""
                + Wording.quote(criteria.get()) + "\", are vague: \"" + vagueCriteria.get()
                + "\" is not something anyone can check"
                + (vagueTitle.isPresent()
                    ? ", and its title is vague too (\"" + vagueTitle.get() + "\")."
                    : "."),
            vagueTitle.isPresent() ? TITLE_HINT + " " + CRITERIA_HINT : CRITERIA_HINT);
      } else if (vagueTitle.isPresent()) {
        context.reportMilestone(i, "title",
            "The title of " + Wording.milestone(milestone) + " is vague: \"" + vagueTitle.get()
                + "\" does not say what specific action happens.",
            TITLE_HINT);
      }
    }
  }
}

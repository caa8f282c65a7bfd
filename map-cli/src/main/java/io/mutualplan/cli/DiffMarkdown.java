package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.diff.ChangeType;
import io.mutualplan.core.diff.FieldChange;
import io.mutualplan.core.diff.MilestoneChange;
import io.mutualplan.core.diff.PlanDiff;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.PlanStanding;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code map diff --format markdown}: what shifted, for a deal-review document or a CRM note. The
 * sentence that answers the weekly question, a table of where each version stands, a table of the
 * milestones that changed (one row per field), and the people, outcome and sign-offs that changed.
 */
final class DiffMarkdown {
  private static final String NONE = "—";

  private DiffMarkdown() {}

  static void write(MutualActionPlan older, MutualActionPlan newer, PlanComparison comparison,
      Writer out) throws IOException {
    DiffWords words = new DiffWords(older, newer, comparison, MarkdownText::cell);
    out.write("## What shifted: " + MarkdownText.cell(newer.title()) + "\n\n");
    out.write(words.headline() + "\n\n");
    standings(older, newer, comparison, out);
    milestones(older, newer, comparison.changes(), words, out);
    others(older, newer, comparison, words, out);
    out.write("\nAs of " + comparison.asOf() + ". Days are working days of the newer version's"
        + " calendar; a date's change is followed by the working days it moved.\n");
  }

  private static void standings(MutualActionPlan older, MutualActionPlan newer,
      PlanComparison comparison, Writer out) throws IOException {
    PlanStanding from = comparison.from();
    PlanStanding to = comparison.to();
    out.write("| | Older | Newer |\n|---|---|---|\n");
    row(out, "Latest revision", from, to, s -> s.latestRevision().isPresent()
        ? Integer.toString(s.latestRevision().getAsInt()) : NONE);
    row(out, "Deadline", from, to, s -> s.deadline().map(LocalDate::toString).orElse(NONE));
    row(out, "Projected finish", from, to,
        s -> s.projectedFinish().map(LocalDate::toString).orElse(NONE));
    out.write(MarkdownText.row(
        "Slack", DiffWords.slack(older, from, NONE), DiffWords.slack(newer, to, NONE)));
    row(out, "Feasible", from, to,
        s -> s.feasible().map(f -> f ? "yes" : MarkdownText.bold("no")).orElse(NONE));
    row(out, "Critical path", from, to, DiffMarkdown::path);
    row(out, "Score", from, to, s -> s.score() + "/100");
    row(out, "Verdict", from, to, s -> s.verdict().spelling());
  }

  private static void row(Writer out, String label, PlanStanding from, PlanStanding to,
      Function<PlanStanding, String> value) throws IOException {
    out.write(MarkdownText.row(label, value.apply(from), value.apply(to)));
  }

  private static String path(PlanStanding standing) {
    if (standing.criticalPath().isEmpty() || standing.criticalPath().get().isEmpty()) {
      return NONE;
    }
    return DiffWords.ids(standing.criticalPath().get(), " → ");
  }

  private static void milestones(MutualActionPlan older, MutualActionPlan newer, PlanDiff diff,
      DiffWords words, Writer out) throws IOException {
    out.write("\n");
    if (diff.milestones().isEmpty()) {
      out.write("No milestone changed.\n");
      return;
    }
    out.write("| Milestone | Change | Field | Older | Newer |\n|---|---|---|---|---|\n");
    for (MilestoneChange change : diff.milestones()) {
      MutualActionPlan plan = change.type() == ChangeType.REMOVED ? older : newer;
      String name = plan.milestone(change.id())
          .map(Milestone::title)
          .map(title -> MarkdownText.cell(title) + " (" + change.id() + ")")
          .orElse(change.id().value());
      if (change.changes().isEmpty()) {
        out.write("| " + name + " | " + change.type().spelling() + " | | | |\n");
        continue;
      }
      boolean first = true;
      for (FieldChange<?> fieldChange : change.changes()) {
        out.write(MarkdownText.row(first ? name : "", first ? change.type().spelling() : "",
            DiffWords.label(fieldChange.field()), words.from(fieldChange), words.to(fieldChange)));
        first = false;
      }
    }
  }

  private static void others(MutualActionPlan older, MutualActionPlan newer,
      PlanComparison comparison, DiffWords words, Writer out) throws IOException {
    PlanDiff diff = comparison.changes();
    List<String> lines = new ArrayList<>();
    if (!diff.stakeholders().added().isEmpty()) {
      lines.add("**Joined:** " + words.people(newer, diff.stakeholders().added()));
    }
    if (!diff.stakeholders().removed().isEmpty()) {
      lines.add("**Left:** " + words.people(older, diff.stakeholders().removed()));
    }
    diff.outcome().ifPresent(change -> lines.add("**Outcome:** " + words.outcome(change)));
    words.staleSignOffs().ifPresent(text -> lines.add("**Sign-offs to renew:** " + text));
    if (lines.isEmpty()) {
      return;
    }
    out.write("\n");
    for (int i = 0; i < lines.size(); i++) {
      // Two spaces end a line inside a paragraph.
      out.write(lines.get(i) + (i < lines.size() - 1 ? "  \n" : "\n"));
    }
  }
}

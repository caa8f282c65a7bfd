package io.mutualplan.cli;

import io.mutualplan.cli.TextTable.Cell;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
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
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code map diff --format text}: what shifted, for the weekly deal review. The answer in one
 * sentence first, then where each version stands (revision, deadline, projected finish, slack,
 * score, verdict, critical path), then every milestone that changed, field by field, and the
 * people, outcome and sign-offs that changed.
 */
final class DiffText {
  private static final int TITLE_WIDTH = 50;
  private static final int LABEL_WIDTH = 14;

  private DiffText() {}

  static void write(MutualActionPlan older, MutualActionPlan newer, PlanComparison comparison,
      Style style, Writer out) throws IOException {
    DiffWords words = new DiffWords(older, newer, comparison, DisplayText::line);
    out.write(PlanWords.heading(newer, style) + ": what shifted, as of " + comparison.asOf()
        + "\n");
    out.write(words.headline() + "\n\n");
    standings(older, newer, comparison, style, out);
    milestones(older, newer, comparison.changes(), words, style, out);
    others(older, newer, comparison, words, style, out);
  }

  /** Where each version stands, side by side, then the critical paths. */
  private static void standings(MutualActionPlan older, MutualActionPlan newer,
      PlanComparison comparison, Style style, Writer out) throws IOException {
    PlanStanding from = comparison.from();
    PlanStanding to = comparison.to();
    List<Cell[]> rows = new ArrayList<>();
    rows.add(row("Latest revision", from, to,
        s -> s.latestRevision().isPresent() ? Integer.toString(s.latestRevision().getAsInt())
            : "-"));
    rows.add(row("Deadline", from, to, s -> s.deadline().map(LocalDate::toString).orElse("-")));
    rows.add(row("Projected finish", from, to,
        s -> s.projectedFinish().map(LocalDate::toString).orElse("-")));
    rows.add(new Cell[] {Cell.plain("Slack"), Cell.plain(DiffWords.slack(older, from, "-")),
        Cell.plain(DiffWords.slack(newer, to, "-"))});
    rows.add(row("Feasible", from, to, s -> s.feasible().map(f -> f ? "yes" : "no").orElse("-")));
    rows.add(row("Score", from, to, s -> s.score() + "/100"));
    rows.add(row("Verdict", from, to, s -> s.verdict().spelling()));
    TextTable table = new TextTable(List.of("", "OLDER", "NEWER"), false, false, false);
    table.write(out, style, "", rows.size(), rows::get);
    if (from.criticalPath().equals(to.criticalPath())) {
      if (to.criticalPath().isPresent() && !to.criticalPath().get().isEmpty()) {
        out.write("Critical path, unchanged: " + DiffWords.ids(to.criticalPath().get(), " -> ")
            + "\n");
      }
    } else {
      out.write("Critical path, older: " + path(from, older, "older") + "\n");
      out.write("Critical path, newer: " + path(to, newer, "newer") + "\n");
    }
  }

  private static Cell[] row(String label, PlanStanding from, PlanStanding to,
      Function<PlanStanding, String> value) {
    return new Cell[] {Cell.plain(label), Cell.plain(value.apply(from)),
        Cell.plain(value.apply(to))};
  }

  private static String path(PlanStanding standing, MutualActionPlan plan, String version) {
    if (standing.criticalPath().isEmpty()) {
      return "none (" + DiffWords.noFinish(version, plan, standing) + ")";
    }
    List<MilestoneId> path = standing.criticalPath().get();
    return path.isEmpty() ? "none" : DiffWords.ids(path, " -> ");
  }

  /** Each changed milestone's line, and under a changed one each field that changed. */
  private static void milestones(MutualActionPlan older, MutualActionPlan newer, PlanDiff diff,
      DiffWords words, Style style, Writer out) throws IOException {
    List<MilestoneChange> changes = diff.milestones();
    out.write("\n");
    if (changes.isEmpty()) {
      out.write(style.bold("Milestones") + ": no changes\n");
      return;
    }
    int added = 0;
    int removed = 0;
    int idWidth = 0;
    for (MilestoneChange change : changes) {
      switch (change.type()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        default -> { } // changed: counted as the rest
      }
      idWidth = Math.max(idWidth, change.id().value().length());
    }
    List<String> counts = new ArrayList<>(3);
    int changed = changes.size() - added - removed;
    if (added > 0) {
      counts.add(added + " added");
    }
    if (removed > 0) {
      counts.add(removed + " removed");
    }
    if (changed > 0) {
      counts.add(changed + " changed");
    }
    out.write(style.bold("Milestones") + ": " + String.join(", ", counts) + "\n");
    for (MilestoneChange change : changes) {
      MutualActionPlan plan = change.type() == ChangeType.REMOVED
          ? older : newer;
      String title = plan.milestone(change.id()).map(Milestone::title)
          .map(text -> PlanWords.shortened(text, TITLE_WIDTH)).orElse("");
      out.write("  " + pad(change.type().spelling(), 8) + " "
          + style.bold(pad(change.id().value(), idWidth)) + "  " + title + "\n");
      for (FieldChange<?> fieldChange : change.changes()) {
        out.write("             " + pad(DiffWords.label(fieldChange.field()), LABEL_WIDTH)
            + words.change(fieldChange) + "\n");
      }
    }
  }

  /** The people who joined or left, the outcome's change and the sign-offs to renew. */
  private static void others(MutualActionPlan older, MutualActionPlan newer,
      PlanComparison comparison, DiffWords words, Style style, Writer out) throws IOException {
    PlanDiff diff = comparison.changes();
    List<String> lines = new ArrayList<>();
    if (!diff.stakeholders().isEmpty()) {
      List<String> people = new ArrayList<>();
      if (!diff.stakeholders().added().isEmpty()) {
        people.add(words.people(newer, diff.stakeholders().added()) + " joined");
      }
      if (!diff.stakeholders().removed().isEmpty()) {
        people.add(words.people(older, diff.stakeholders().removed()) + " left");
      }
      lines.add(style.bold("People") + ": " + String.join("; ", people));
    }
    diff.outcome().ifPresent(
        change -> lines.add(style.bold("Outcome") + ": " + words.outcome(change)));
    Optional<String> stale = words.staleSignOffs();
    stale.ifPresent(text -> lines.add(style.bold("Sign-offs to renew") + ": " + text));
    if (lines.isEmpty()) {
      return;
    }
    out.write("\n");
    for (String line : lines) {
      out.write(line + "\n");
    }
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}

package io.mutualplan.cli;

import io.mutualplan.core.Counts;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code map schedule --format markdown}: the mutual action plan table of the domain articles,
 * for pasting into a document or a CRM note: milestone, buyer owner, seller owner, due, status,
 * exit criteria. Milestones on the critical path are in bold; a line above the table gives the
 * outcome, the deadline, the projected finish and the slack. A due date that moved from its
 * baseline says so, with the slip in working days.
 */
final class ScheduleMarkdown {
  private static final String NONE = "—";

  private ScheduleMarkdown() {}

  static void write(MutualActionPlan plan, Schedule schedule, Writer out) throws IOException {
    out.write("## " + MarkdownText.cell(plan.title()) + "\n\n");
    if (plan.goal().isPresent()) {
      out.write(MarkdownText.cell(plan.goal().get()) + "\n\n");
    }
    out.write(headline(plan, schedule) + "\n\n");
    out.write("| Milestone | Buyer owner | Seller owner | Due | Status | Exit criteria |\n");
    out.write("|---|---|---|---|---|---|\n");
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      writeRow(out, plan, milestones.get(i), schedule.milestone(i), schedule);
    }
    if (!schedule.criticalPath().isEmpty()) {
      out.write("\nCritical path in **bold**.\n");
    }
  }

  private static void writeRow(Writer out, MutualActionPlan plan, Milestone milestone,
      MilestoneSchedule line, Schedule schedule)
      throws IOException {
    String title = MarkdownText.cell(milestone.title());
    out.write(MarkdownText.row(line.critical() ? MarkdownText.bold(title) : title,
        MarkdownText.cell(PlanWords.name(plan, milestone.buyerOwner()).orElse(NONE)),
        MarkdownText.cell(PlanWords.name(plan, milestone.sellerOwner()).orElse(NONE)),
        due(plan, milestone, schedule),
        status(milestone),
        MarkdownText.cell(milestone.exitCriteria().orElse(NONE))));
  }

  private static String headline(MutualActionPlan plan, Schedule schedule) {
    StringBuilder line = new StringBuilder();
    if (plan.outcome().isPresent()) {
      Outcome outcome = plan.outcome().get();
      line.append("**").append(MarkdownText.cell(outcome.label().orElse("Outcome"))).append(":** ")
          .append(outcome.date());
      outcome.setBy().flatMap(plan::stakeholder).ifPresent(
          by -> line.append(" (set by ").append(MarkdownText.cell(by.name())).append(')'));
      schedule.deadline().ifPresent(deadline -> line.append(" · deadline ").append(deadline));
      line.append(" · ");
    }
    line.append("projected finish ")
        .append(schedule.projectedFinish().map(LocalDate::toString).orElse(NONE));
    if (schedule.deadline().isPresent()) {
      long slack = schedule.slackDays();
      line.append(" · ").append(schedule.feasible()
          ? Counts.days(plan, slack) + " of slack"
          : MarkdownText.bold(Counts.days(plan, -slack) + " late"));
    }
    line.append(" · as of ").append(schedule.asOf());
    return line.toString();
  }

  /**
   * The due date, and when it moved from the date first agreed, how far: "2027-01-15 (baseline
   * 2026-12-11, +35 days)", in working days of the plan's calendar.
   */
  private static String due(MutualActionPlan plan, Milestone milestone, Schedule schedule) {
    if (milestone.due().isEmpty()) {
      return NONE;
    }
    OptionalLong slip = PlanWords.slip(milestone, schedule.calendar());
    String due = milestone.due().get().toString();
    return slip.isEmpty() ? due : due + " (baseline " + milestone.baselineDue().get() + ", "
        + PlanWords.signedDays(plan, slip.getAsLong()) + ")";
  }

  private static String status(Milestone milestone) {
    String status = PlanWords.status(milestone);
    return milestone.completed().map(on -> status + " " + on).orElse(status);
  }
}

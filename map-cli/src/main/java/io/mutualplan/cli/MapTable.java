package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code map schedule --format markdown}: the mutual action plan table of the domain articles,
 * for pasting into a document or a CRM note: milestone, buyer owner, seller owner, due, status,
 * exit criteria. Milestones on the critical path are in bold; a line above the table gives the
 * outcome, the deadline, the projected finish and the slack.
 */
final class MapTable {
  private static final String NONE = "—";

  private MapTable() {}

  static String render(MutualActionPlan plan, Schedule schedule) {
    StringBuilder out = new StringBuilder(256 + 200 * plan.milestones().size());
    out.append("## ").append(MarkdownText.cell(plan.title())).append("\n\n");
    plan.goal().ifPresent(goal -> out.append(MarkdownText.cell(goal)).append("\n\n"));
    appendHeadline(out, plan, schedule);
    out.append("| Milestone | Buyer owner | Seller owner | Due | Status | Exit criteria |\n");
    out.append("|---|---|---|---|---|---|\n");
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      MilestoneSchedule line = schedule.milestone(i);
      String title = MarkdownText.cell(milestone.title());
      out.append("| ").append(line.critical() ? "**" + title + "**" : title)
          .append(" | ").append(cell(PlanWords.name(plan, milestone.buyerOwner()).orElse(NONE)))
          .append(" | ").append(cell(PlanWords.name(plan, milestone.sellerOwner()).orElse(NONE)))
          .append(" | ").append(milestone.due().map(LocalDate::toString).orElse(NONE))
          .append(" | ").append(status(milestone))
          .append(" | ").append(cell(milestone.exitCriteria().orElse(NONE)))
          .append(" |\n");
    }
    if (!schedule.criticalPath().isEmpty()) {
      out.append("\nCritical path in **bold**.\n");
    }
    return out.toString();
  }

  private static void appendHeadline(StringBuilder out, MutualActionPlan plan, Schedule schedule) {
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
          ? PlanWords.count(slack, "day", "days") + " of slack"
          : "**" + PlanWords.count(-slack, "working day", "working days") + " late**");
    }
    line.append(" · as of ").append(schedule.asOf());
    out.append(line).append("\n\n");
  }

  private static String status(Milestone milestone) {
    String status = PlanWords.status(milestone);
    return milestone.completed().map(on -> status + " " + on).orElse(status);
  }

  private static String cell(String text) {
    return MarkdownText.cell(text);
  }
}

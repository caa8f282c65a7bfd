package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.cli.TextTable.Cell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code map schedule --format text}: the plan's headline dates, then one line per milestone
 * (owners by name, status, due, projected start and finish, latest finish, float), the critical
 * path marked with {@code *}.
 */
final class ScheduleText {
  private static final int TITLE_WIDTH = 36;
  private static final String NONE = "-";
  private static final String CRITICAL_MARK = "* ";
  private static final String NO_MARK = "  ";

  private ScheduleText() {}

  static String render(MutualActionPlan plan, Schedule schedule, Style style) {
    StringBuilder out = new StringBuilder(256 + 160 * plan.milestones().size());
    out.append(style.bold(PlanWords.oneLine(plan.title())))
        .append(" (").append(plan.id().value()).append("), as of ")
        .append(schedule.asOf()).append('\n');
    appendHeadline(out, plan, schedule, style);
    out.append('\n');
    appendTable(out, plan, schedule, style);
    appendCriticalPath(out, schedule, style);
    return out.toString();
  }

  private static void appendHeadline(
      StringBuilder out, MutualActionPlan plan, Schedule schedule, Style style) {
    if (plan.outcome().isPresent() && schedule.deadline().isPresent()) {
      Outcome outcome = plan.outcome().get();
      out.append(PlanWords.oneLine(outcome.label().orElse("Outcome"))).append(' ')
          .append(outcome.date());
      if (outcome.leadTimeDays() > 0) {
        out.append(", ").append(PlanWords.count(outcome.leadTimeDays(), "day", "days"))
            .append(" lead time");
      }
      out.append(": deadline ").append(schedule.deadline().get()).append('\n');
    } else {
      out.append("No outcome date, so no deadline\n");
    }
    out.append("Projected finish ")
        .append(schedule.projectedFinish().map(LocalDate::toString).orElse("none (no milestones)"));
    if (schedule.deadline().isPresent()) {
      long slack = schedule.slackDays();
      String verdict = schedule.feasible()
          ? style.green(PlanWords.count(slack, "day", "days") + " of slack, feasible")
          : style.boldRed(PlanWords.count(-slack, "working day", "working days")
              + " late, not feasible");
      out.append(": ").append(verdict);
    }
    out.append('\n');
  }

  private static void appendTable(
      StringBuilder out, MutualActionPlan plan, Schedule schedule, Style style) {
    TextTable table = new TextTable(
        List.of("MILESTONE", "BUYER OWNER", "SELLER OWNER", "STATUS", "DUE", "START", "FINISH",
            "LATEST FINISH", "FLOAT"),
        false, false, false, false, false, false, false, false, true);
    List<String> marks = new ArrayList<>(plan.milestones().size());
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      MilestoneSchedule line = schedule.milestone(i);
      marks.add(line.critical() ? style.bold(CRITICAL_MARK) : NO_MARK);
      UnaryOperator<String> finishColour = finishesAfterDue(milestone, line)
          ? style::yellow : UnaryOperator.identity();
      table.addRow(
          new Cell(PlanWords.shortened(milestone.title(), TITLE_WIDTH),
              line.critical() ? style::bold : UnaryOperator.identity()),
          Cell.plain(PlanWords.name(plan, milestone.buyerOwner()).map(PlanWords::oneLine)
              .orElse(NONE)),
          Cell.plain(PlanWords.name(plan, milestone.sellerOwner()).map(PlanWords::oneLine)
              .orElse(NONE)),
          new Cell(PlanWords.status(milestone),
              milestone.isComplete() ? style::dim : UnaryOperator.identity()),
          Cell.plain(milestone.due().map(LocalDate::toString).orElse(NONE)),
          Cell.plain(line.earlyStart().toString()),
          new Cell(line.earlyFinish().toString(), finishColour),
          Cell.plain(line.complete() ? NONE : line.lateFinish().toString()),
          floatCell(line, style));
    }
    table.render(out, style, NO_MARK, marks);
  }

  /** The projected finish is later than the date both sides committed to. */
  private static boolean finishesAfterDue(Milestone milestone, MilestoneSchedule line) {
    return !line.complete()
        && milestone.due().isPresent()
        && line.earlyFinish().isAfter(milestone.due().get());
  }

  private static Cell floatCell(MilestoneSchedule line, Style style) {
    if (line.totalFloat().isEmpty()) {
      return Cell.plain(NONE);
    }
    long totalFloat = line.totalFloat().getAsLong();
    return new Cell(Long.toString(totalFloat), totalFloat < 0 ? style::red : UnaryOperator.identity());
  }

  private static void appendCriticalPath(StringBuilder out, Schedule schedule, Style style) {
    if (schedule.criticalPath().isEmpty()) {
      return;
    }
    out.append('\n').append(style.bold("*")).append(" critical path: ")
        .append(schedule.criticalPath().stream().map(MilestoneId::value)
            .collect(Collectors.joining(" -> ")))
        .append('\n');
  }
}

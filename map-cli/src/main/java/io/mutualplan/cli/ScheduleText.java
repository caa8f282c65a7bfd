package io.mutualplan.cli;

import io.mutualplan.cli.TextTable.Cell;
import io.mutualplan.core.Counts;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.WorkCalendar;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * {@code map schedule --format text}: the plan's headline dates, then one line per milestone (its
 * id and title, owners by name, status, due, projected start and finish, latest finish, float),
 * the critical path marked with {@code *} and listed by id under the table. When a milestone's due
 * date has moved from its baseline, a {@code SLIP} column after the due date gives each such
 * milestone's slip in working days.
 */
final class ScheduleText {
  private static final int TITLE_WIDTH = 36;
  private static final String NONE = "-";
  private static final String CRITICAL_MARK = "* ";
  private static final String NO_MARK = "  ";

  private ScheduleText() {}

  static void write(MutualActionPlan plan, Schedule schedule, Style style, Writer out)
      throws IOException {
    out.write(PlanWords.heading(plan, style) + ", as of " + schedule.asOf() + "\n");
    writeHeadline(out, plan, schedule, style);
    out.write('\n');
    table(plan, schedule, style, out);
    writeCriticalPath(out, schedule, style);
  }

  private static void writeHeadline(
      Writer out, MutualActionPlan plan, Schedule schedule, Style style) throws IOException {
    if (plan.outcome().isPresent() && schedule.deadline().isPresent()) {
      Outcome outcome = plan.outcome().get();
      out.write(DisplayText.line(outcome.label().orElse("Outcome")) + " " + outcome.date());
      if (outcome.leadTimeDays() > 0) {
        out.write(", " + Counts.days(plan, outcome.leadTimeDays()) + " lead time");
      }
      out.write(": deadline " + schedule.deadline().get() + "\n");
    } else {
      out.write("No outcome date, so no deadline\n");
    }
    out.write("Projected finish "
        + schedule.projectedFinish().map(LocalDate::toString).orElse("none (no milestones)"));
    if (schedule.deadline().isPresent()) {
      long slack = schedule.slackDays();
      String verdict = schedule.feasible()
          ? style.green(Counts.days(plan, slack) + " of slack, feasible")
          : style.boldRed(Counts.days(plan, -slack) + " late, not feasible");
      out.write(": " + verdict);
    }
    out.write('\n');
  }

  private static void table(MutualActionPlan plan, Schedule schedule, Style style, Writer out)
      throws IOException {
    List<Milestone> milestones = plan.milestones();
    boolean slips = anySlip(milestones, schedule.calendar());
    TextTable table = slips
        ? new TextTable(
            List.of("ID", "MILESTONE", "BUYER OWNER", "SELLER OWNER", "STATUS", "DUE", "SLIP",
                "START", "FINISH", "LATEST FINISH", "FLOAT"),
            false, false, false, false, false, false, true, false, false, false, true)
        : new TextTable(
            List.of("ID", "MILESTONE", "BUYER OWNER", "SELLER OWNER", "STATUS", "DUE", "START",
                "FINISH", "LATEST FINISH", "FLOAT"),
            false, false, false, false, false, false, false, false, false, true);
    table.write(out, style, NO_MARK, new TextTable.Rows() {
      @Override
      public int size() {
        return milestones.size();
      }

      @Override
      public Cell[] row(int index) {
        Milestone milestone = milestones.get(index);
        Optional<Cell> slip = slips
            ? Optional.of(slipCell(milestone, schedule, style)) : Optional.empty();
        return cells(plan, milestone, schedule.milestone(index), slip, style);
      }

      @Override
      public String prefix(int index) {
        return schedule.milestone(index).critical() ? style.bold(CRITICAL_MARK) : NO_MARK;
      }
    });
  }

  /** A milestone's cells, with its slip after the due date when the table shows slips. */
  private static Cell[] cells(MutualActionPlan plan, Milestone milestone, MilestoneSchedule line,
      Optional<Cell> slip, Style style) {
    UnaryOperator<String> emphasis = line.critical() ? style::bold : UnaryOperator.identity();
    UnaryOperator<String> finishColour =
        finishesAfterDue(milestone, line) ? style::yellow : UnaryOperator.identity();
    List<Cell> cells = new ArrayList<>(List.of(
        new Cell(milestone.id().value(), emphasis),
        new Cell(PlanWords.shortened(milestone.title(), TITLE_WIDTH), emphasis),
        owner(plan, milestone.buyerOwner()),
        owner(plan, milestone.sellerOwner()),
        new Cell(PlanWords.status(milestone),
            milestone.isComplete() ? style::dim : UnaryOperator.identity()),
        Cell.plain(milestone.due().map(LocalDate::toString).orElse(NONE))));
    slip.ifPresent(cells::add);
    cells.addAll(List.of(
        Cell.plain(line.earlyStart().toString()),
        new Cell(line.earlyFinish().toString(), finishColour),
        Cell.plain(line.complete() ? NONE : line.lateFinish().toString()),
        floatCell(line, style)));
    return cells.toArray(Cell[]::new);
  }

  private static Cell owner(MutualActionPlan plan, Optional<StakeholderId> owner) {
    return Cell.plain(PlanWords.name(plan, owner).map(DisplayText::line).orElse(NONE));
  }

  /** Whether a milestone's due date has moved from its baseline: the table then shows slips. */
  private static boolean anySlip(List<Milestone> milestones, WorkCalendar calendar) {
    for (Milestone milestone : milestones) {
      if (PlanWords.slip(milestone, calendar).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The slip of a milestone's due date: "+14" working days, "-" without a baseline. */
  private static Cell slipCell(Milestone milestone, Schedule schedule, Style style) {
    OptionalLong slip = PlanWords.slip(milestone, schedule.calendar());
    if (slip.isEmpty()) {
      return Cell.plain(NONE);
    }
    return new Cell(PlanWords.signed(slip.getAsLong()),
        slip.getAsLong() > 0 && !milestone.isComplete() ? style::yellow : UnaryOperator.identity());
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
    return new Cell(
        Long.toString(totalFloat), totalFloat < 0 ? style::red : UnaryOperator.identity());
  }

  private static void writeCriticalPath(Writer out, Schedule schedule, Style style)
      throws IOException {
    List<MilestoneId> path = schedule.criticalPath();
    if (path.isEmpty()) {
      return;
    }
    out.write('\n');
    out.write(style.bold("*"));
    out.write(" critical path: ");
    for (int i = 0; i < path.size(); i++) {
      out.write(i == 0 ? path.get(i).value() : " -> " + path.get(i).value());
    }
    out.write('\n');
  }
}

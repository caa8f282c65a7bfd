package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code map schedule --format mermaid}: a Mermaid {@code gantt} chart of the schedule. Each
 * milestone is a bar from its (projected or actual) start to its finish, an event ({@code d = 0})
 * a diamond; completed ones are {@code done}, in-progress ones {@code active}, critical ones
 * {@code crit}. A last section marks the deadline and the outcome date.
 */
final class GanttChart {
  /** Characters that end a task's name or start a comment in Mermaid's gantt syntax. */
  private static final Pattern SYNTAX = Pattern.compile("[:;#%]+");

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  /**
   * How a line of Mermaid's gantt syntax starts when it is not a task: Mermaid reads these
   * (without regard to case) before it tries a task name, so a milestone called "Call with the
   * CFO" or "Section 4 signed" would break the chart or become a section.
   */
  private static final Pattern STATEMENT = Pattern.compile(
      "(?i)^(?:(?:call|click|href|dateformat|axisformat|tickinterval|includes|excludes"
          + "|todaymarker|weekday|weekend|title|accdescription|section)\\s"
          + "|(?:gantt|inclusiveenddates|topaxis)\\b|acctitle\\s*:|accdescr\\s*[:{]"
          + "|\\d{4}-\\d\\d-\\d\\d\\b)");

  /** Invisible, and not white space to Mermaid's lexer: a name it starts is read as a name. */
  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private GanttChart() {}

  static String render(MutualActionPlan plan, Schedule schedule) {
    StringBuilder out = new StringBuilder(128 + 80 * plan.milestones().size());
    out.append("gantt\n")
        .append("    title ").append(text(plan.title())).append('\n')
        .append("    dateFormat YYYY-MM-DD\n")
        .append("    axisFormat %Y-%m-%d\n");
    out.append("    section Milestones\n");
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      appendTask(out, milestones.get(i), schedule.milestone(i));
    }
    if (plan.outcome().isPresent() && schedule.deadline().isPresent()) {
      Outcome outcome = plan.outcome().get();
      out.append("    section Outcome\n");
      out.append("    Deadline : milestone, ").append(schedule.deadline().get()).append(", 0d\n");
      out.append("    ").append(taskName(outcome.label().orElse("Outcome")))
          .append(" : milestone, ").append(outcome.date()).append(", 0d\n");
    }
    return out.toString();
  }

  private static void appendTask(StringBuilder out, Milestone milestone, MilestoneSchedule line) {
    List<String> tags = new ArrayList<>(3);
    if (line.critical()) {
      tags.add("crit");
    }
    if (line.complete()) {
      tags.add("done");
    } else if (milestone.status() == MilestoneStatus.IN_PROGRESS) {
      tags.add("active");
    }
    out.append("    ").append(taskName(milestone.title())).append(" : ");
    if (line.durationDays() == 0) {
      tags.add("milestone");
      out.append(String.join(", ", tags)).append(tags.isEmpty() ? "" : ", ")
          .append(line.earlyFinish()).append(", 0d\n");
    } else {
      // Mermaid's end date is exclusive: the bar ends where the finish day ends.
      out.append(String.join(", ", tags)).append(tags.isEmpty() ? "" : ", ")
          .append(line.earlyStart()).append(", ").append(line.earlyFinish().plusDays(1))
          .append('\n');
    }
  }

  /** A task's name: {@link #text}, kept from reading as a statement of the chart. */
  private static String taskName(String title) {
    String name = text(title);
    return STATEMENT.matcher(name).find() ? ZERO_WIDTH_SPACE + name : name;
  }

  private static String text(String text) {
    String clean = SPACES.matcher(SYNTAX.matcher(PlanWords.oneLine(text)).replaceAll(" "))
        .replaceAll(" ").strip();
    return clean.isEmpty() ? "(untitled)" : clean;
  }
}

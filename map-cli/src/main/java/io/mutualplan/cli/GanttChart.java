package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import java.io.IOException;
import java.io.Writer;
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

  static void write(MutualActionPlan plan, Schedule schedule, Writer out) throws IOException {
    out.write("gantt\n");
    out.write("    title " + text(plan.title()) + "\n");
    out.write("    dateFormat YYYY-MM-DD\n");
    out.write("    axisFormat %Y-%m-%d\n");
    out.write("    section Milestones\n");
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      writeTask(out, milestones.get(i), schedule.milestone(i));
    }
    if (plan.outcome().isPresent() && schedule.deadline().isPresent()) {
      Outcome outcome = plan.outcome().get();
      out.write("    section Outcome\n");
      out.write("    Deadline : milestone, " + schedule.deadline().get() + ", 0d\n");
      out.write("    " + taskName(outcome.label().orElse("Outcome")) + " : milestone, "
          + outcome.date() + ", 0d\n");
    }
  }

  private static void writeTask(Writer out, Milestone milestone, MilestoneSchedule line)
      throws IOException {
    List<String> tags = new ArrayList<>(4);
    if (line.critical()) {
      tags.add("crit");
    }
    if (line.complete()) {
      tags.add("done");
    } else if (milestone.status() == MilestoneStatus.IN_PROGRESS) {
      tags.add("active");
    }
    String dates;
    if (line.durationDays() == 0) {
      tags.add("milestone");
      dates = line.earlyFinish() + ", 0d";
    } else {
      // Mermaid's end date is exclusive: the bar ends where the finish day ends.
      dates = line.earlyStart() + ", " + line.earlyFinish().plusDays(1);
    }
    out.write("    " + taskName(milestone.title()) + " : ");
    for (String tag : tags) {
      out.write(tag + ", ");
    }
    out.write(dates + "\n");
  }

  /** A task's name: {@link #text}, kept from reading as a statement of the chart. */
  private static String taskName(String title) {
    String name = text(title);
    return STATEMENT.matcher(name).find() ? ZERO_WIDTH_SPACE + name : name;
  }

  private static String text(String text) {
    String clean = SPACES.matcher(SYNTAX.matcher(DisplayText.line(text)).replaceAll(" "))
        .replaceAll(" ").strip();
    return clean.isEmpty() ? "(untitled)" : clean;
  }
}

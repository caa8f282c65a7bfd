package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.json.MapJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code map schedule}: the plan's schedule, by the critical path method of the scheduling spec. */
@Command(
    name = "schedule",
    header = "Show the plan's schedule: every milestone's dates and float, the critical path.",
    description = {
      "Schedules the plan backwards from the buyer's outcome date and forwards from the as-of "
          + "date (the critical path method): the deadline, the projected finish, the slack, and "
          + "for every milestone its earliest and latest dates and its float.",
      "",
      "Exit codes: 0 done; 2 bad usage, a plan that cannot be read or is invalid, a "
          + "dependency cycle, a date out of the format's range (0001-01-01 to 9999-12-31), or "
          + "output that cannot be written; 3 internal error."
    })
final class ScheduleCommand extends PlanCommand {
  @Mixin private AsOfOption asOf;

  @Option(
      names = "--format",
      order = 4,
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.ForSchedule.class,
      description = "text (a table for the terminal, the default), json (the "
          + "mutual-action-plan-schedule/1 document), markdown (the MAP table) or mermaid (a "
          + "gantt chart).")
  private OutputFormat format;

  @Override
  public Integer call() {
    PlanSource source = source();
    MutualActionPlan plan = readPlan(source);
    Schedule schedule = Scheduling.schedule(source, plan, asOf.resolve(environment().clock()));
    OutputTarget target = target();
    switch (format) {
      case JSON -> target.writeDocument(MapJson.standard().schedules(), schedule);
      case MARKDOWN -> target.writeText(out -> ScheduleMarkdown.write(plan, schedule, out));
      case MERMAID -> target.writeText(out -> GanttChart.write(plan, schedule, out));
      default -> target.writeText(out -> ScheduleText.write(plan, schedule, style(target), out));
    }
    return ExitCode.OK;
  }
}

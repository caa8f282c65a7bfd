package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The scheduler's result as {@code mutual-action-plan-schedule/1} (cli.md): every field always
 * written, {@code null} for a missing deadline or projected finish and for the floats of a
 * completed milestone, milestones in the plan's order. Reading asks for every field (null where
 * the format allows it).
 */
final class ScheduleCodec {
  static final String FORMAT = "mutual-action-plan-schedule/1";

  static final int FORMAT_FIELD = 0;
  static final int PLAN_ID = 1;
  static final int AS_OF = 2;
  static final int DEADLINE = 3;
  static final int PROJECTED_FINISH = 4;
  static final int SLACK_DAYS = 5;
  static final int FEASIBLE = 6;
  static final int CRITICAL_PATH = 7;
  static final int MILESTONES = 8;
  static final FieldSet SCHEDULE = new FieldSet("a schedule document",
      PlanFields.bits(FORMAT_FIELD, PLAN_ID, AS_OF, SLACK_DAYS, FEASIBLE, CRITICAL_PATH,
          MILESTONES),
      "format", "planId", "asOf", "deadline", "projectedFinish", "slackDays", "feasible",
      "criticalPath", "milestones");

  static final int ID = 0;
  static final int DURATION_DAYS = 1;
  static final int COMPLETE = 2;
  static final int EARLY_START = 3;
  static final int EARLY_FINISH = 4;
  static final int LATE_START = 5;
  static final int LATE_FINISH = 6;
  static final int TOTAL_FLOAT = 7;
  static final int FREE_FLOAT = 8;
  static final int CRITICAL = 9;
  static final FieldSet MILESTONE = new FieldSet("a scheduled milestone",
      PlanFields.bits(ID, DURATION_DAYS, COMPLETE, EARLY_START, EARLY_FINISH, LATE_START,
          LATE_FINISH, CRITICAL),
      "id", "durationDays", "complete", "earlyStart", "earlyFinish", "lateStart", "lateFinish",
      "totalFloat", "freeFloat", "critical");

  private static final SerializedString[] SCHEDULE_NAMES = Names.of(SCHEDULE);
  private static final SerializedString[] MILESTONE_NAMES = Names.of(MILESTONE);

  private ScheduleCodec() {}

  static void write(JsonGenerator gen, Schedule schedule) throws IOException {
    SerializedString[] n = SCHEDULE_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[FORMAT_FIELD]);
    gen.writeString(FORMAT);
    gen.writeFieldName(n[PLAN_ID]);
    gen.writeString(schedule.planId().value());
    gen.writeFieldName(n[AS_OF]);
    IsoDates.write(gen, schedule.asOf());
    gen.writeFieldName(n[DEADLINE]);
    dateOrNull(gen, schedule.deadline());
    gen.writeFieldName(n[PROJECTED_FINISH]);
    dateOrNull(gen, schedule.projectedFinish());
    gen.writeFieldName(n[SLACK_DAYS]);
    gen.writeNumber(schedule.slackDays());
    gen.writeFieldName(n[FEASIBLE]);
    gen.writeBoolean(schedule.feasible());
    gen.writeFieldName(n[CRITICAL_PATH]);
    gen.writeStartArray();
    for (MilestoneId id : schedule.criticalPath()) {
      gen.writeString(id.value());
    }
    gen.writeEndArray();
    gen.writeFieldName(n[MILESTONES]);
    gen.writeStartArray();
    for (MilestoneSchedule milestone : schedule.milestones()) {
      writeMilestone(gen, milestone);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeMilestone(JsonGenerator gen, MilestoneSchedule milestone)
      throws IOException {
    SerializedString[] n = MILESTONE_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[ID]);
    gen.writeString(milestone.id().value());
    gen.writeFieldName(n[DURATION_DAYS]);
    gen.writeNumber(milestone.durationDays());
    gen.writeFieldName(n[COMPLETE]);
    gen.writeBoolean(milestone.complete());
    gen.writeFieldName(n[EARLY_START]);
    IsoDates.write(gen, milestone.earlyStart());
    gen.writeFieldName(n[EARLY_FINISH]);
    IsoDates.write(gen, milestone.earlyFinish());
    gen.writeFieldName(n[LATE_START]);
    IsoDates.write(gen, milestone.lateStart());
    gen.writeFieldName(n[LATE_FINISH]);
    IsoDates.write(gen, milestone.lateFinish());
    gen.writeFieldName(n[TOTAL_FLOAT]);
    longOrNull(gen, milestone.totalFloat());
    gen.writeFieldName(n[FREE_FLOAT]);
    longOrNull(gen, milestone.freeFloat());
    gen.writeFieldName(n[CRITICAL]);
    gen.writeBoolean(milestone.critical());
    gen.writeEndObject();
  }

  private static void dateOrNull(JsonGenerator gen, Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      IsoDates.write(gen, date.get());
    } else {
      gen.writeNull();
    }
  }

  private static void longOrNull(JsonGenerator gen, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      gen.writeNumber(value.getAsLong());
    } else {
      gen.writeNull();
    }
  }

  static Schedule read(JsonInput in, ValueLocations top, int slot) throws IOException {
    if (!in.expectObject(top, slot, "a schedule document")) {
      return null;
    }
    ValueLocations object = in.open(top, slot, false);
    ObjectFields fields = in.fields(object, SCHEDULE);
    PlanId planId = null;
    LocalDate asOf = null;
    LocalDate deadline = null;
    LocalDate projectedFinish = null;
    Long slackDays = null;
    Boolean feasible = null;
    List<MilestoneId> criticalPath = null;
    List<MilestoneSchedule> milestones = null;
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case FORMAT_FIELD -> in.expectFormat(object, at, FORMAT, "");
        case PLAN_ID -> planId = in.parsed(object, at, "planId", PlanId::of);
        case AS_OF -> asOf = in.date(object, at, "asOf");
        case DEADLINE -> deadline = in.date(object, at, "deadline");
        case PROJECTED_FINISH -> projectedFinish = in.date(object, at, "projectedFinish");
        case SLACK_DAYS -> slackDays = in.longInteger(object, at, "slackDays");
        case FEASIBLE -> feasible = in.bool(object, at, "feasible");
        case CRITICAL_PATH -> criticalPath = PlanReader.list(in, object, at, "criticalPath",
            "a milestone id", (i, n, s) -> i.parsed(n, s, "a milestone id", MilestoneId::of));
        case MILESTONES -> milestones = PlanReader.list(in, object, at, "milestones",
            "a scheduled milestone", ScheduleCodec::readMilestone);
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    if (!fields.complete() || in.hasProblems()) {
      return null;
    }
    return Schedule.builder()
        .planId(planId)
        .asOf(asOf)
        .deadline(Optional.ofNullable(deadline))
        .projectedFinish(Optional.ofNullable(projectedFinish))
        .slackDays(slackDays)
        .feasible(feasible)
        .criticalPath(criticalPath)
        .milestones(milestones)
        .build();
  }

  private static MilestoneSchedule readMilestone(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectObject(node, slot, "a scheduled milestone")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, MILESTONE);
    MilestoneId id = null;
    Integer durationDays = null;
    Boolean complete = null;
    LocalDate[] dates = new LocalDate[4];
    Long totalFloat = null;
    Long freeFloat = null;
    Boolean critical = null;
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case ID -> id = in.parsed(object, at, "id", MilestoneId::of);
        case DURATION_DAYS -> durationDays = in.integer(object, at, "durationDays");
        case COMPLETE -> complete = in.bool(object, at, "complete");
        case EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH ->
            dates[field - EARLY_START] = in.date(object, at, MILESTONE.name(field));
        case TOTAL_FLOAT -> totalFloat = in.longInteger(object, at, "totalFloat");
        case FREE_FLOAT -> freeFloat = in.longInteger(object, at, "freeFloat");
        case CRITICAL -> critical = in.bool(object, at, "critical");
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    if (!fields.complete()) {
      return null;
    }
    MilestoneId milestone = id;
    int duration = durationDays;
    boolean done = complete;
    boolean onCriticalPath = critical;
    OptionalLong total = totalFloat == null ? OptionalLong.empty() : OptionalLong.of(totalFloat);
    OptionalLong free = freeFloat == null ? OptionalLong.empty() : OptionalLong.of(freeFloat);
    return in.buildPart(node, slot, () -> MilestoneSchedule.builder()
        .id(milestone)
        .durationDays(duration)
        .complete(done)
        .earlyStart(dates[0])
        .earlyFinish(dates[1])
        .lateStart(dates[2])
        .lateFinish(dates[3])
        .totalFloat(total)
        .freeFloat(free)
        .critical(onCriticalPath)
        .build());
  }
}

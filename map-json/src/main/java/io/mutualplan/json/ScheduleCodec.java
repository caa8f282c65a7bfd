package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.json.DocumentReader.ObjectReading;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The scheduler's result as {@code mutual-action-plan-schedule/1}: every field always written,
 * {@code null} for a missing deadline or projected finish and for the floats of a completed
 * milestone, milestones in the plan's order. Reading asks for every field (null where the format
 * allows it).
 */
final class ScheduleCodec {
  enum ScheduleField {
    FORMAT, PLAN_ID, AS_OF, DEADLINE, PROJECTED_FINISH, SLACK_DAYS, FEASIBLE, CRITICAL_PATH,
    MILESTONES
  }

  static final Fields<ScheduleField> FIELDS = new Fields<>(ScheduleField.class,
      "a schedule document", ScheduleField.FORMAT, ScheduleField.PLAN_ID, ScheduleField.AS_OF,
      ScheduleField.SLACK_DAYS, ScheduleField.FEASIBLE, ScheduleField.CRITICAL_PATH,
      ScheduleField.MILESTONES);

  enum MilestoneField {
    ID, DURATION_DAYS, COMPLETE, EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH, TOTAL_FLOAT,
    FREE_FLOAT, CRITICAL
  }

  static final Fields<MilestoneField> MILESTONE_FIELDS = new Fields<>(MilestoneField.class,
      "a scheduled milestone", MilestoneField.ID, MilestoneField.DURATION_DAYS,
      MilestoneField.COMPLETE, MilestoneField.EARLY_START, MilestoneField.EARLY_FINISH,
      MilestoneField.LATE_START, MilestoneField.LATE_FINISH, MilestoneField.CRITICAL);

  static final Codec<Schedule> SCHEDULE = new Codec<>(Schedule.class, "a schedule document",
      ScheduleCodec::read, ScheduleCodec::write);

  private ScheduleCodec() {}

  static void write(JsonGenerator gen, Schedule schedule) throws IOException {
    gen.writeStartObject();
    FIELDS.string(gen, ScheduleField.FORMAT, DocumentFormat.SCHEDULE.formatName());
    FIELDS.string(gen, ScheduleField.PLAN_ID, schedule.planId().value());
    FIELDS.date(gen, ScheduleField.AS_OF, schedule.asOf());
    FIELDS.dateOrNull(gen, ScheduleField.DEADLINE, schedule.deadline());
    FIELDS.dateOrNull(gen, ScheduleField.PROJECTED_FINISH, schedule.projectedFinish());
    FIELDS.number(gen, ScheduleField.SLACK_DAYS, schedule.slackDays());
    FIELDS.bool(gen, ScheduleField.FEASIBLE, schedule.feasible());
    FIELDS.name(gen, ScheduleField.CRITICAL_PATH);
    gen.writeStartArray();
    for (MilestoneId id : schedule.criticalPath()) {
      gen.writeString(id.value());
    }
    gen.writeEndArray();
    FIELDS.name(gen, ScheduleField.MILESTONES);
    gen.writeStartArray();
    for (MilestoneSchedule milestone : schedule.milestones()) {
      writeMilestone(gen, milestone);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeMilestone(JsonGenerator gen, MilestoneSchedule milestone)
      throws IOException {
    gen.writeStartObject();
    MILESTONE_FIELDS.string(gen, MilestoneField.ID, milestone.id().value());
    MILESTONE_FIELDS.number(gen, MilestoneField.DURATION_DAYS, milestone.durationDays());
    MILESTONE_FIELDS.bool(gen, MilestoneField.COMPLETE, milestone.complete());
    MILESTONE_FIELDS.date(gen, MilestoneField.EARLY_START, milestone.earlyStart());
    MILESTONE_FIELDS.date(gen, MilestoneField.EARLY_FINISH, milestone.earlyFinish());
    MILESTONE_FIELDS.date(gen, MilestoneField.LATE_START, milestone.lateStart());
    MILESTONE_FIELDS.date(gen, MilestoneField.LATE_FINISH, milestone.lateFinish());
    MILESTONE_FIELDS.numberOrNull(gen, MilestoneField.TOTAL_FLOAT, milestone.totalFloat());
    MILESTONE_FIELDS.numberOrNull(gen, MilestoneField.FREE_FLOAT, milestone.freeFloat());
    MILESTONE_FIELDS.bool(gen, MilestoneField.CRITICAL, milestone.critical());
    gen.writeEndObject();
  }

  static Schedule read(DocumentReader in) throws IOException {
    ObjectReading<ScheduleField> object = in.object(FIELDS);
    PlanId planId = null;
    LocalDate asOf = null;
    LocalDate deadline = null;
    LocalDate projectedFinish = null;
    Long slackDays = null;
    Boolean feasible = null;
    List<MilestoneId> criticalPath = null;
    List<MilestoneSchedule> milestones = null;
    for (ScheduleField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FORMAT -> in.expectFormat(DocumentFormat.SCHEDULE, "");
        case PLAN_ID -> planId = in.parsed(PlanId::of);
        case AS_OF -> asOf = in.dateInRange();
        case DEADLINE -> deadline = in.dateInRange();
        case PROJECTED_FINISH -> projectedFinish = in.dateInRange();
        case SLACK_DAYS -> slackDays = in.longInteger();
        case FEASIBLE -> feasible = in.bool();
        case CRITICAL_PATH -> criticalPath = in.list("a milestone id",
            id -> id.parsed(MilestoneId::of));
        case MILESTONES -> milestones = in.list("a scheduled milestone",
            ScheduleCodec::readMilestone);
      }
    }
    if (!object.complete()) {
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

  private static MilestoneSchedule readMilestone(DocumentReader in) throws IOException {
    ObjectReading<MilestoneField> object = in.object(MILESTONE_FIELDS);
    MilestoneId id = null;
    Integer durationDays = null;
    Boolean complete = null;
    LocalDate[] dates = new LocalDate[4];
    Long totalFloat = null;
    Long freeFloat = null;
    Boolean critical = null;
    for (MilestoneField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> id = in.parsed(MilestoneId::of);
        case DURATION_DAYS -> durationDays = in.days();
        case COMPLETE -> complete = in.bool();
        case EARLY_START, EARLY_FINISH, LATE_START, LATE_FINISH ->
            dates[field.ordinal() - MilestoneField.EARLY_START.ordinal()] = in.dateInRange();
        case TOTAL_FLOAT -> totalFloat = in.longInteger();
        case FREE_FLOAT -> freeFloat = in.longInteger();
        case CRITICAL -> critical = in.bool();
      }
    }
    if (!object.complete()) {
      return null;
    }
    MilestoneId milestone = id;
    int duration = durationDays;
    boolean done = complete;
    boolean onCriticalPath = critical;
    OptionalLong total = totalFloat == null ? OptionalLong.empty() : OptionalLong.of(totalFloat);
    OptionalLong free = freeFloat == null ? OptionalLong.empty() : OptionalLong.of(freeFloat);
    return in.buildPart(() -> MilestoneSchedule.builder()
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

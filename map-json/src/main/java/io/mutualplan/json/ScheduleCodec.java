package io.mutualplan.json;

import static io.mutualplan.json.DocumentReader.set;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.json.DocumentReader.ObjectReading;
import java.io.IOException;

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
    FIELDS.array(gen, ScheduleField.CRITICAL_PATH, schedule.criticalPath(),
        (out, id) -> out.writeString(id.value()));
    FIELDS.array(gen, ScheduleField.MILESTONES, schedule.milestones(),
        ScheduleCodec::writeMilestone);
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
    Schedule.Builder schedule = Schedule.builder();
    for (ScheduleField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FORMAT -> in.expectFormat(DocumentFormat.SCHEDULE, "");
        case PLAN_ID -> set(in.parsed(PlanId::of), schedule::planId);
        case AS_OF -> set(in.dateInRange(), schedule::asOf);
        case DEADLINE -> set(in.dateInRange(), schedule::deadline);
        case PROJECTED_FINISH -> set(in.dateInRange(), schedule::projectedFinish);
        case SLACK_DAYS -> set(in.longInteger(), schedule::slackDays);
        case FEASIBLE -> set(in.bool(), schedule::feasible);
        case CRITICAL_PATH -> schedule.criticalPath(in.list("a milestone id",
            id -> id.parsed(MilestoneId::of)));
        case MILESTONES -> in.each("a scheduled milestone", ScheduleCodec::readMilestone,
            schedule::addMilestone);
      }
    }
    return object.complete() ? schedule.build() : null;
  }

  private static MilestoneSchedule readMilestone(DocumentReader in) throws IOException {
    ObjectReading<MilestoneField> object = in.object(MILESTONE_FIELDS);
    MilestoneSchedule.Builder milestone = MilestoneSchedule.builder();
    for (MilestoneField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> set(in.parsed(MilestoneId::of), milestone::id);
        case DURATION_DAYS -> set(in.days(), milestone::durationDays);
        case COMPLETE -> set(in.bool(), milestone::complete);
        case EARLY_START -> set(in.dateInRange(), milestone::earlyStart);
        case EARLY_FINISH -> set(in.dateInRange(), milestone::earlyFinish);
        case LATE_START -> set(in.dateInRange(), milestone::lateStart);
        case LATE_FINISH -> set(in.dateInRange(), milestone::lateFinish);
        case TOTAL_FLOAT -> set(in.longInteger(), milestone::totalFloat);
        case FREE_FLOAT -> set(in.longInteger(), milestone::freeFloat);
        case CRITICAL -> set(in.bool(), milestone::critical);
      }
    }
    return object.complete() ? in.buildPart(milestone::build) : null;
  }
}

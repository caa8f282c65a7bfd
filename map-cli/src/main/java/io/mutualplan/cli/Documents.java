package io.mutualplan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/** The JSON documents the command line writes and reads, each ending with a line break. */
final class Documents {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Documents() {}

  /** A plan document, canonical, or pretty when asked. */
  static void writePlan(MutualActionPlan plan, boolean pretty, OutputStream out) throws IOException {
    try {
      MapJson.standard().withPretty(pretty).writePlan(plan, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.write('\n');
  }

  /** The {@code mutual-action-plan-schedule/1} document. */
  static void writeSchedule(Schedule schedule, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", "mutual-action-plan-schedule/1");
      json.writeStringField("planId", schedule.planId().value());
      json.writeStringField("asOf", schedule.asOf().toString());
      json.writeFieldName("deadline");
      if (schedule.deadline().isPresent()) {
        json.writeString(schedule.deadline().get().toString());
      } else {
        json.writeNull();
      }
      json.writeFieldName("projectedFinish");
      if (schedule.projectedFinish().isPresent()) {
        json.writeString(schedule.projectedFinish().get().toString());
      } else {
        json.writeNull();
      }
      json.writeNumberField("slackDays", schedule.slackDays());
      json.writeBooleanField("feasible", schedule.feasible());
      json.writeArrayFieldStart("criticalPath");
      for (MilestoneId id : schedule.criticalPath()) {
        json.writeString(id.value());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("milestones");
      for (MilestoneSchedule line : schedule.milestones()) {
        json.writeStartObject();
        json.writeStringField("id", line.id().value());
        json.writeNumberField("durationDays", line.durationDays());
        json.writeBooleanField("complete", line.complete());
        json.writeStringField("earlyStart", line.earlyStart().toString());
        json.writeStringField("earlyFinish", line.earlyFinish().toString());
        json.writeStringField("lateStart", line.lateStart().toString());
        json.writeStringField("lateFinish", line.lateFinish().toString());
        writeLong(json, "totalFloat", line.totalFloat());
        writeLong(json, "freeFloat", line.freeFloat());
        json.writeBooleanField("critical", line.critical());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeLong(JsonGenerator json, String field, OptionalLong value)
      throws IOException {
    json.writeFieldName(field);
    if (value.isPresent()) {
      json.writeNumber(value.getAsLong());
    } else {
      json.writeNull();
    }
  }

  /** The {@code mutual-action-plan-report/1} document. */
  static void writeReport(QualityReport report, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", "mutual-action-plan-report/1");
      json.writeStringField("planId", report.planId().value());
      json.writeStringField("asOf", report.asOf().toString());
      json.writeStringField("profile", report.profile().spelling());
      json.writeNumberField("score", report.score());
      json.writeStringField("verdict", report.verdict().spelling());
      json.writeObjectFieldStart("summary");
      json.writeNumberField("errors", report.errors());
      json.writeNumberField("warnings", report.warnings());
      json.writeNumberField("infos", report.infos());
      json.writeEndObject();
      json.writeArrayFieldStart("findings");
      for (Finding finding : report.findings()) {
        json.writeStartObject();
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("severity", finding.severity().spelling());
        json.writeStringField("message", finding.message());
        json.writeFieldName("path");
        if (finding.path().isPresent()) {
          json.writeString(finding.path().get());
        } else {
          json.writeNull();
        }
        json.writeFieldName("milestone");
        if (finding.milestone().isPresent()) {
          json.writeString(finding.milestone().get().value());
        } else {
          json.writeNull();
        }
        json.writeStringField("hint", finding.hint());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** A rule configuration file. */
  static RuleConfiguration readRuleConfiguration(PlanSource source) {
    throw new UnsupportedOperationException(
        "reading rule configurations waits for map-json's reader");
  }
}

package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.spi.Severity;
import java.io.IOException;
import java.time.LocalDate;

/**
 * A quality report as {@code mutual-action-plan-report/1} (cli.md): every field always written,
 * {@code null} for a finding's missing path or milestone. The score, the verdict and the summary
 * follow from the findings; reading checks that they agree with them, so a report edited by hand
 * cannot say "ready" over an error.
 */
final class ReportCodec {
  static final String FORMAT = "mutual-action-plan-report/1";

  static final int FORMAT_FIELD = 0;
  static final int PLAN_ID = 1;
  static final int AS_OF = 2;
  static final int PROFILE = 3;
  static final int SCORE = 4;
  static final int VERDICT = 5;
  static final int SUMMARY = 6;
  static final int FINDINGS = 7;
  static final FieldSet REPORT = new FieldSet("a report document",
      PlanFields.bits(FORMAT_FIELD, PLAN_ID, AS_OF, PROFILE, SCORE, VERDICT, SUMMARY, FINDINGS),
      "format", "planId", "asOf", "profile", "score", "verdict", "summary", "findings");

  static final int ERRORS = 0;
  static final int WARNINGS = 1;
  static final int INFOS = 2;
  static final FieldSet SUMMARY_FIELDS = new FieldSet("the summary",
      PlanFields.bits(ERRORS, WARNINGS, INFOS), "errors", "warnings", "infos");

  static final int RULE = 0;
  static final int SEVERITY = 1;
  static final int MESSAGE = 2;
  static final int PATH = 3;
  static final int MILESTONE = 4;
  static final int HINT = 5;
  static final FieldSet FINDING = new FieldSet("a finding",
      PlanFields.bits(RULE, SEVERITY, MESSAGE, HINT),
      "rule", "severity", "message", "path", "milestone", "hint");

  private static final SerializedString[] REPORT_NAMES = Names.of(REPORT);
  private static final SerializedString[] SUMMARY_NAMES = Names.of(SUMMARY_FIELDS);
  private static final SerializedString[] FINDING_NAMES = Names.of(FINDING);

  private ReportCodec() {}

  static void write(JsonGenerator gen, QualityReport report) throws IOException {
    SerializedString[] n = REPORT_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[FORMAT_FIELD]);
    gen.writeString(FORMAT);
    gen.writeFieldName(n[PLAN_ID]);
    gen.writeString(report.planId().value());
    gen.writeFieldName(n[AS_OF]);
    IsoDates.write(gen, report.asOf());
    gen.writeFieldName(n[PROFILE]);
    gen.writeString(report.profile().spelling());
    gen.writeFieldName(n[SCORE]);
    gen.writeNumber(report.score());
    gen.writeFieldName(n[VERDICT]);
    gen.writeString(report.verdict().spelling());
    gen.writeFieldName(n[SUMMARY]);
    gen.writeStartObject();
    gen.writeFieldName(SUMMARY_NAMES[ERRORS]);
    gen.writeNumber(report.errors());
    gen.writeFieldName(SUMMARY_NAMES[WARNINGS]);
    gen.writeNumber(report.warnings());
    gen.writeFieldName(SUMMARY_NAMES[INFOS]);
    gen.writeNumber(report.infos());
    gen.writeEndObject();
    gen.writeFieldName(n[FINDINGS]);
    gen.writeStartArray();
    for (Finding finding : report.findings()) {
      writeFinding(gen, finding);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeFinding(JsonGenerator gen, Finding finding) throws IOException {
    SerializedString[] n = FINDING_NAMES;
    gen.writeStartObject();
    gen.writeFieldName(n[RULE]);
    gen.writeString(finding.ruleId());
    gen.writeFieldName(n[SEVERITY]);
    gen.writeString(finding.severity().spelling());
    gen.writeFieldName(n[MESSAGE]);
    gen.writeString(finding.message());
    gen.writeFieldName(n[PATH]);
    if (finding.path().isPresent()) {
      gen.writeString(finding.path().get());
    } else {
      gen.writeNull();
    }
    gen.writeFieldName(n[MILESTONE]);
    if (finding.milestone().isPresent()) {
      gen.writeString(finding.milestone().get().value());
    } else {
      gen.writeNull();
    }
    gen.writeFieldName(n[HINT]);
    gen.writeString(finding.hint());
    gen.writeEndObject();
  }

  static QualityReport read(JsonInput in, ValueLocations top, int slot) throws IOException {
    if (!in.expectObject(top, slot, "a report document")) {
      return null;
    }
    ValueLocations object = in.open(top, slot, false);
    ObjectFields fields = in.fields(object, REPORT);
    QualityReport.Builder report = QualityReport.builder();
    Integer score = null;
    Verdict verdict = null;
    int[] summary = null;
    int scoreSlot = -1;
    int verdictSlot = -1;
    int summarySlot = -1;
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case FORMAT_FIELD -> in.expectFormat(object, at, FORMAT, "");
        case PLAN_ID -> {
          PlanId planId = in.parsed(object, at, "planId", PlanId::of);
          if (planId != null) {
            report.planId(planId);
          }
        }
        case AS_OF -> {
          LocalDate asOf = in.date(object, at, "asOf");
          if (asOf != null) {
            report.asOf(asOf);
          }
        }
        case PROFILE -> {
          Profile profile = in.parsed(object, at, "profile", Profile::parse);
          if (profile == Profile.AUTO) {
            in.problem(object, at, "profile is the one applied, full or lightweight, never auto");
          } else if (profile != null) {
            report.profile(profile);
          }
        }
        case SCORE -> {
          score = in.integer(object, at, "score");
          scoreSlot = at;
        }
        case VERDICT -> {
          verdict = in.parsed(object, at, "verdict", Verdict::parse);
          verdictSlot = at;
        }
        case SUMMARY -> {
          summary = readSummary(in, object, at);
          summarySlot = at;
        }
        case FINDINGS -> report.findings(PlanReader.list(in, object, at, "findings",
            "a finding", ReportCodec::readFinding));
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    if (!fields.complete()) {
      return null;
    }
    QualityReport read = in.buildPart(top, slot, report::build);
    if (read == null) {
      return null;
    }
    if (score != null && score != read.score()) {
      in.problem(object, scoreSlot, "score " + score + " does not follow from the findings, which"
          + " give " + read.score());
    }
    if (verdict != null && verdict != read.verdict()) {
      in.problem(object, verdictSlot, "verdict '" + verdict + "' does not follow from the"
          + " findings, which give '" + read.verdict() + "'");
    }
    if (summary != null && (summary[ERRORS] != read.errors() || summary[WARNINGS] != read.warnings()
        || summary[INFOS] != read.infos())) {
      in.problem(object, summarySlot, "the summary does not count the findings: they have "
          + read.errors() + " errors, " + read.warnings() + " warnings and " + read.infos()
          + " infos");
    }
    return read;
  }

  private static int[] readSummary(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectObject(node, slot, "summary")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, SUMMARY_FIELDS);
    int[] counts = new int[3];
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      if (field >= 0) {
        Integer count = in.integer(object, fields.slot(), SUMMARY_FIELDS.name(field));
        if (count != null) {
          counts[field] = count;
        }
      }
    }
    in.close(object);
    return fields.complete() ? counts : null;
  }

  private static Finding readFinding(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectObject(node, slot, "a finding")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, FINDING);
    Finding.Builder finding = Finding.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case RULE -> {
          String rule = in.text(object, at, "rule");
          if (rule != null) {
            finding.ruleId(rule);
          }
        }
        case SEVERITY -> {
          Severity severity = in.parsed(object, at, "severity", Severity::parse);
          if (severity != null) {
            finding.severity(severity);
          }
        }
        case MESSAGE -> {
          String message = in.text(object, at, "message");
          if (message != null) {
            finding.message(message);
          }
        }
        case PATH -> {
          String path = in.text(object, at, "path");
          if (path != null) {
            finding.path(path);
          }
        }
        case MILESTONE -> {
          MilestoneId milestone = in.parsed(object, at, "milestone", MilestoneId::of);
          if (milestone != null) {
            finding.milestone(milestone);
          }
        }
        case HINT -> {
          String hint = in.text(object, at, "hint");
          if (hint != null) {
            finding.hint(hint);
          }
        }
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? in.buildPart(node, slot, finding::build) : null;
  }
}

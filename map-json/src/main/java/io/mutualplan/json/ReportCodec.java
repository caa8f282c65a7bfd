package io.mutualplan.json;

import static io.mutualplan.json.DocumentReader.set;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.json.DocumentReader.ObjectReading;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.spi.Severity;
import java.io.IOException;
import java.util.List;

/**
 * A quality report as {@code mutual-action-plan-report/1}: every field always written, {@code
 * null} for a finding's missing path or milestone. The score, the verdict and the summary follow
 * from the findings; reading checks that they agree with them, so a report edited by hand cannot
 * say "ready" over an error.
 */
final class ReportCodec {
  enum ReportField { FORMAT, PLAN_ID, AS_OF, PROFILE, SCORE, VERDICT, SUMMARY, FINDINGS }

  static final Fields<ReportField> FIELDS = new Fields<>(ReportField.class, "a report document",
      ReportField.values());

  enum SummaryField { ERRORS, WARNINGS, INFOS }

  static final Fields<SummaryField> SUMMARY_FIELDS = new Fields<>(SummaryField.class,
      "the summary", SummaryField.values());

  enum FindingField { RULE, SEVERITY, MESSAGE, PATH, MILESTONE, HINT }

  static final Fields<FindingField> FINDING_FIELDS = new Fields<>(FindingField.class, "a finding",
      FindingField.RULE, FindingField.SEVERITY, FindingField.MESSAGE, FindingField.HINT);

  static final Codec<QualityReport> REPORT = new Codec<>(QualityReport.class,
      "a report document", ReportCodec::read, ReportCodec::write);

  private ReportCodec() {}

  static void write(JsonGenerator gen, QualityReport report) throws IOException {
    gen.writeStartObject();
    FIELDS.string(gen, ReportField.FORMAT, DocumentFormat.REPORT.formatName());
    FIELDS.string(gen, ReportField.PLAN_ID, report.planId().value());
    FIELDS.date(gen, ReportField.AS_OF, report.asOf());
    FIELDS.string(gen, ReportField.PROFILE, report.profile().spelling());
    FIELDS.number(gen, ReportField.SCORE, report.score());
    FIELDS.string(gen, ReportField.VERDICT, report.verdict().spelling());
    FIELDS.name(gen, ReportField.SUMMARY);
    gen.writeStartObject();
    SUMMARY_FIELDS.number(gen, SummaryField.ERRORS, report.errors());
    SUMMARY_FIELDS.number(gen, SummaryField.WARNINGS, report.warnings());
    SUMMARY_FIELDS.number(gen, SummaryField.INFOS, report.infos());
    gen.writeEndObject();
    FIELDS.array(gen, ReportField.FINDINGS, report.findings(), ReportCodec::writeFinding);
    gen.writeEndObject();
  }

  private static void writeFinding(JsonGenerator gen, Finding finding) throws IOException {
    gen.writeStartObject();
    FINDING_FIELDS.string(gen, FindingField.RULE, finding.ruleId());
    FINDING_FIELDS.string(gen, FindingField.SEVERITY, finding.severity().spelling());
    FINDING_FIELDS.string(gen, FindingField.MESSAGE, finding.message());
    FINDING_FIELDS.stringOrNull(gen, FindingField.PATH, finding.path());
    FINDING_FIELDS.stringOrNull(gen, FindingField.MILESTONE,
        finding.milestone().map(MilestoneId::value));
    FINDING_FIELDS.string(gen, FindingField.HINT, finding.hint());
    gen.writeEndObject();
  }

  static QualityReport read(DocumentReader in) throws IOException {
    ObjectReading<ReportField> object = in.object(FIELDS);
    QualityReport.Builder report = QualityReport.builder();
    Integer score = null;
    Verdict verdict = null;
    List<Integer> summary = null;
    for (ReportField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case FORMAT -> in.expectFormat(DocumentFormat.REPORT, "");
        case PLAN_ID -> set(in.parsed(PlanId::of), report::planId);
        case AS_OF -> set(in.dateInRange(), report::asOf);
        case PROFILE -> set(profile(in), report::profile);
        case SCORE -> score = in.integer();
        case VERDICT -> verdict = in.parsed(Verdict::parse);
        case SUMMARY -> summary = in.sameTypeFields(SUMMARY_FIELDS, DocumentReader::integer);
        case FINDINGS -> in.each("a finding", ReportCodec::readFinding, report::addFindings);
      }
    }
    if (!object.complete()) {
      return null;
    }
    QualityReport read = in.buildPart(report::build);
    if (read == null) {
      return null;
    }
    if (score != null && score != read.score()) {
      in.problemAt("/score", "score " + score + " does not follow from the findings, which give "
          + read.score());
    }
    if (verdict != null && verdict != read.verdict()) {
      in.problemAt("/verdict", "verdict '" + verdict + "' does not follow from the findings,"
          + " which give '" + read.verdict() + "'");
    }
    List<Integer> counted = List.of(read.errors(), read.warnings(), read.infos());
    if (summary != null && !summary.equals(counted)) {
      in.problemAt("/summary", "the summary does not count the findings: they have "
          + read.errors() + " errors, " + read.warnings() + " warnings and " + read.infos()
          + " infos");
    }
    return read;
  }

  private static Profile profile(DocumentReader in) throws IOException {
    Profile profile = in.parsed(Profile::parse);
    if (profile == Profile.AUTO) {
      in.problem("profile is the one applied, full or lightweight, never auto");
      return null;
    }
    return profile;
  }

  private static Finding readFinding(DocumentReader in) throws IOException {
    ObjectReading<FindingField> object = in.object(FINDING_FIELDS);
    Finding.Builder finding = Finding.builder();
    for (FindingField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case RULE -> set(in.text(), finding::ruleId);
        case SEVERITY -> set(in.parsed(Severity::parse), finding::severity);
        case MESSAGE -> set(in.text(), finding::message);
        case PATH -> set(in.text(), finding::path);
        case MILESTONE -> set(in.parsed(MilestoneId::of), finding::milestone);
        case HINT -> set(in.text(), finding::hint);
      }
    }
    return object.complete() ? in.buildPart(finding::build) : null;
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  private static QualityReport report(String example, Profile profile) throws Exception {
    MutualActionPlan plan = MapJson.standard().plans().read(exampleText(example));
    return RuleEngine.builder().profile(profile).build().evaluate(plan, AS_OF);
  }

  @Test
  void theMainJobChecksTheExamplePlanAndExitsZero() {
    Result result = map("check", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).startsWith(
        "Acme x Globex (acme-2027): ready, score 100/100\n"
            + "As of 2026-11-22, profile full: 0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void errorFindingsExitWithOne() {
    Result result =
        map("check", example("close-plan-in-disguise.json"), "--as-of", "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void warningsAloneExitWithZero() {
    String overdue = TestPlans.plan("\"date\":\"2027-01-31\",\"setBy\":\"bea\"",
        "{\"id\":\"a\",\"title\":\"Security questionnaire approved\",\"buyerOwner\":\"bea\","
            + "\"sellerOwner\":\"sam\","
            + "\"due\":\"2026-11-01\",\"durationDays\":1,\"exitCriteria\":\"Approval email\"}");

    Result result = map("check", "-", "--as-of", "2026-11-22", "--profile", "lightweight",
        "--format", "json").stdin(overdue.replace("\"roles\":[\"champion\"]",
            "\"roles\":[\"champion\",\"economic-buyer\"]")).run();

    JsonNode summary = readJson(result).get("summary");
    assertThat(summary.get("errors").asInt()).as(result.toString()).isZero();
    assertThat(summary.get("warnings").asInt()).isPositive();
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void textGroupsFindingsBySeverityWithTheirHints() throws Exception {
    Result result =
        map("check", example("close-plan-in-disguise.json"), "--as-of", "2026-11-22").run();

    QualityReport report = report("close-plan-in-disguise.json", Profile.FULL);
    String text = result.stdout();
    assertThat(text).startsWith("Initech x Globex (initech-q4): not-mutual, score "
        + report.score() + "/100\n");
    int errors = text.indexOf("\nErrors (" + report.errors() + ")\n");
    int warnings = text.indexOf("\nWarnings (" + report.warnings() + ")\n");
    int infos = text.indexOf("\nInfos (" + report.infos() + ")\n");
    assertThat(errors).isPositive().isLessThan(warnings);
    assertThat(warnings).isLessThan(infos);
    for (Finding finding : report.findings()) {
      int at = text.indexOf(finding.message());
      assertThat(at).as(finding.message()).isPositive();
      assertThat(text.substring(at)).contains("\n    hint: " + finding.hint() + "\n");
      String group = text.substring(text.lastIndexOf("\n\n", at) + 2).lines().findFirst()
          .orElseThrow();
      assertThat(group).as(finding.message()).startsWith(switch (finding.severity()) {
        case ERROR -> "Errors (";
        case WARNING -> "Warnings (";
        case INFO -> "Infos (";
      });
    }
    assertThat(text).contains("  exit-criteria [pricing, /milestones/1/exitCriteria]: ");
  }

  @Test
  void jsonIsTheReportDocumentWithEveryFieldInOrder() throws Exception {
    Result result = map("check", example("close-plan-in-disguise.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    QualityReport report = report("close-plan-in-disguise.json", Profile.FULL);
    JsonNode document = readJson(result);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(fieldNames(document)).containsExactly("format", "planId", "asOf", "profile",
        "score", "verdict", "summary", "findings");
    assertThat(document.get("format").asText()).isEqualTo("mutual-action-plan-report/1");
    assertThat(document.get("planId").asText()).isEqualTo("initech-q4");
    assertThat(document.get("asOf").asText()).isEqualTo("2026-11-22");
    assertThat(document.get("profile").asText()).isEqualTo("full");
    assertThat(document.get("score").asInt()).isEqualTo(report.score());
    assertThat(document.get("verdict").asText()).isEqualTo("not-mutual");
    assertThat(fieldNames(document.get("summary"))).containsExactly("errors", "warnings", "infos");
    assertThat(document.get("summary").get("errors").asInt()).isEqualTo(report.errors());
    assertThat(document.get("summary").get("warnings").asInt()).isEqualTo(report.warnings());
    assertThat(document.get("summary").get("infos").asInt()).isEqualTo(report.infos());
    JsonNode findings = document.get("findings");
    assertThat(findings).hasSize(report.findings().size());
    for (int i = 0; i < findings.size(); i++) {
      JsonNode finding = findings.get(i);
      Finding expected = report.findings().get(i);
      assertThat(fieldNames(finding))
          .containsExactly("rule", "severity", "message", "path", "milestone", "hint");
      assertThat(finding.get("rule").asText()).isEqualTo(expected.ruleId());
      assertThat(finding.get("severity").asText()).isEqualTo(expected.severity().spelling());
      assertThat(finding.get("message").asText()).isEqualTo(expected.message());
      assertThat(finding.get("hint").asText()).isEqualTo(expected.hint());
      assertThat(finding.get("path").isNull()).isEqualTo(expected.path().isEmpty());
      assertThat(finding.get("milestone").isNull()).isEqualTo(expected.milestone().isEmpty());
      expected.path().ifPresent(path -> assertThat(finding.get("path").asText()).isEqualTo(path));
      expected.milestone().ifPresent(
          id -> assertThat(finding.get("milestone").asText()).isEqualTo(id.value()));
    }
  }

  @Test
  void jsonIsCanonicalOnOneLineLikeEveryMapWriter() throws Exception {
    Result result = map("check", example("close-plan-in-disguise.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    assertThat(result.stdout()).isEqualTo(
        MapJson.standard().reports().write(report("close-plan-in-disguise.json", Profile.FULL)) + "\n");
  }

  @Test
  void autoProfileReportsTheProfileItApplied() {
    Result small = map("check", example("lightweight-email-plan.json"), "--as-of", "2026-11-22",
        "--profile", "auto", "--format", "json").run();
    Result large = map("check", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--profile", "auto", "--format", "json").run();

    assertThat(readJson(small).get("profile").asText()).isEqualTo("lightweight");
    assertThat(readJson(large).get("profile").asText()).isEqualTo("full");
  }

  @Test
  void theProfileChangesTheFindings() throws Exception {
    Result result = map("check", example("close-plan-in-disguise.json"), "--as-of", "2026-11-22",
        "--profile", "lightweight", "--format", "json").run();

    QualityReport lightweight = report("close-plan-in-disguise.json", Profile.LIGHTWEIGHT);
    assertThat(readJson(result).get("findings")).hasSize(lightweight.findings().size());
    assertThat(readJson(result).get("profile").asText()).isEqualTo("lightweight");
  }

  @Test
  void aCycleIsAFindingNotAnError() {
    Result result = map("check", "-", "--as-of", "2026-11-22", "--format", "json")
        .stdin(TestPlans.cycle()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    JsonNode findings = readJson(result).get("findings");
    List<String> messages = new ArrayList<>();
    findings.forEach(finding -> {
      if (finding.get("rule").asText().equals("dependencies-acyclic")) {
        messages.add(finding.get("message").asText());
      }
    });
    assertThat(messages).singleElement().asString().contains("legal -> procurement -> legal");
  }

  @Test
  void markdownIsATableOfFindingsErrorsFirst() throws Exception {
    Result result = map("check", example("close-plan-in-disguise.json"), "--as-of", "2026-11-22",
        "--format", "markdown").run();

    QualityReport report = report("close-plan-in-disguise.json", Profile.FULL);
    List<String> rows = result.stdout().lines().filter(line -> line.startsWith("| ")).toList();
    assertThat(result.stdout()).startsWith("## Plan check: Initech x Globex\n\n"
        + "**Verdict: not-mutual** · score 0/100 · 3 errors, 9 warnings, 1 info · profile full"
        + " · as of 2026-11-22\n\n"
        + "| Severity | Rule | Milestone | Finding | Hint |\n|---|---|---|---|---|\n| error | ");
    assertThat(rows.get(0)).isEqualTo("| Severity | Rule | Milestone | Finding | Hint |");
    assertThat(rows).hasSize(report.findings().size() + 1);
    assertThat(rows.get(1)).startsWith("| error | ");
    assertThat(rows.get(rows.size() - 1)).startsWith("| info | ");
    assertThat(result.stdout()).contains("**Verdict: not-mutual** · score " + report.score());
    assertThat(rows).anyMatch(row -> row.startsWith("| warning | exit-criteria | Send pricing | "));
  }

  @Test
  void aPlanWithoutFindingsSaysSo() {
    Result markdown = map("check", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "markdown").run();

    Result text = map("check", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    assertThat(markdown.stdout()).endsWith("No findings.\n");
    assertThat(text.stdout()).isEqualTo("Acme x Globex (acme-2027): ready, score 100/100\n"
        + "As of 2026-11-22, profile full: 0 errors, 0 warnings, 0 infos\n\nNo findings.\n");
  }

  private static JsonNode readJson(Result result) {
    try {
      return JSON.readTree(result.stdout());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + result, e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

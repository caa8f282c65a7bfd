package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.json.MapJson;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  private static MutualActionPlan acme() throws Exception {
    return MapJson.standard().plans().read(exampleText("acme-go-live.json"));
  }

  @Test
  void textShowsTheHeadlineDatesAndOneAlignedLinePerMilestoneWithOwnersByName() throws Exception {
    Result result =
        map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    Schedule schedule = Scheduler.schedule(acme(), AS_OF);
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Acme x Globex (acme-2027), as of 2026-11-22");
    assertThat(lines.get(1)).isEqualTo("Go-live 2027-03-01, 21 days lead time: deadline 2027-02-07");
    assertThat(lines.get(2)).isEqualTo("Projected finish " + schedule.projectedFinish().get()
        + ": " + schedule.slackDays() + " days of slack, feasible");
    String header = lines.get(4);
    assertThat(header).startsWith("  ID").contains("MILESTONE", "BUYER OWNER", "SELLER OWNER",
        "STATUS", "DUE", "START", "FINISH", "LATEST FINISH", "FLOAT");
    List<String> rows = lines.subList(5, 12);
    assertThat(rows.get(2))
        .startsWith("* security-review")
        .contains("IT security review approved")
        .contains("Priya Nair", "Jordan Blake", "not started", "2026-12-18");
    assertThat(rows.get(1)).contains("in progress").contains("Jordan Blake");
    int dueColumn = header.indexOf("DUE");
    for (String row : rows) {
      assertThat(row.substring(dueColumn, dueColumn + 10)).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    assertThat(lines.get(13)).isEqualTo("* critical path: "
        + String.join(" -> ", schedule.criticalPath().stream().map(MilestoneId::value).toList()));
  }

  @Test
  void textMarksExactlyTheCriticalMilestones() throws Exception {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    Schedule schedule = Scheduler.schedule(acme(), AS_OF);
    List<String> rows = result.stdout().lines().toList().subList(5, 12);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).startsWith("* "))
          .as(rows.get(i))
          .isEqualTo(schedule.milestone(i).critical());
    }
  }

  @Test
  void textShowsEachMilestonesIdSoTheCriticalPathLinesUpWithTheTable() throws Exception {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    Schedule schedule = Scheduler.schedule(acme(), AS_OF);
    List<String> rows = result.stdout().lines().toList().subList(5, 12);
    List<String> starred = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String id = rows.get(i).substring(2).split(" ")[0];
      assertThat(id).isEqualTo(acme().milestones().get(i).id().value());
      if (rows.get(i).startsWith("* ")) {
        starred.add(id);
      }
    }
    assertThat(starred).containsExactlyInAnyOrderElementsOf(
        schedule.criticalPath().stream().map(MilestoneId::value).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void daysOfAWeekdayCalendarAreCalledWorkingDays(String format) {
    String plan = TestPlans.onWeekdays(TestPlans.plan(
        "\"date\":\"2027-01-29\",\"leadTimeDays\":20",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5}"));

    String shown = map("schedule", "-", "--as-of", "2026-11-23", "--format", format)
        .stdin(plan).run().stdout();

    if (format.equals("text")) {
      assertThat(shown).contains("20 working days lead time");
    }
    assertThat(shown).containsPattern("\\d+ working days of slack")
        .doesNotContainPattern("\\d+ days (lead time|of slack)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void daysOfACalendarWhereEveryDayWorksAreCalendarDaysAndCalledDays(String format) {
    String shown = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", format).run().stdout();

    assertThat(shown).contains("23 days of slack").doesNotContain("working days");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void aLatePlanOnAWeekdayCalendarIsLateByWorkingDays(String format) {
    String plan = TestPlans.onWeekdays(TestPlans.plan("\"date\":\"2026-11-27\"",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":15}"));

    String shown = map("schedule", "-", "--as-of", "2026-11-23", "--format", format)
        .stdin(plan).run().stdout();

    assertThat(shown).containsPattern("\\d+ working days late")
        .doesNotContainPattern("-\\d+ working days late");
  }

  /**
   * Step b moved from Friday 2027-01-08 to Tuesday 2027-01-19 on weekdays: 7 working days of 11
   * calendar days; step a moved one working day earlier; step c never moved.
   */
  private static String movedOnWeekdays() {
    return TestPlans.onWeekdays(TestPlans.plan("\"date\":\"2027-01-29\"",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5,"
            + "\"due\":\"2026-12-07\",\"baselineDue\":\"2026-12-08\"},"
            + "{\"id\":\"b\",\"title\":\"Second step\",\"sellerOwner\":\"sam\","
            + "\"durationDays\":3,\"due\":\"2027-01-19\",\"baselineDue\":\"2027-01-08\"},"
            + "{\"id\":\"c\",\"title\":\"Third step\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":0,\"due\":\"2027-01-22\"}"));
  }

  @Test
  void textShowsEachSlipFromTheBaselineInWorkingDaysInAColumnAfterTheDueDate() {
    Result result = map("schedule", "-", "--as-of", "2026-11-23").stdin(movedOnWeekdays()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.get(4)).contains("  DUE         SLIP  START");
    assertThat(lines.get(5)).contains("  2026-12-07    -1  ");
    assertThat(lines.get(6)).contains("  2027-01-19    +7  ");
    assertThat(lines.get(7)).contains("  2027-01-22     -  ");
  }

  /**
   * On a terminal the critical row is bold, a slip and a finish past the due date yellow, a
   * negative float red and a completed status dim; a completed milestone's slip and late finish,
   * a slip of 0 and a float of 0 stay plain, and a completed milestone has no latest finish.
   */
  @Test
  void onATerminalLateFinishesSlipsAndNegativeFloatAreColouredAndTheCriticalRowIsBold() {
    String plan = TestPlans.plan("\"date\":\"2026-11-30\"",
        "{\"id\":\"done\",\"title\":\"Done step\",\"buyerOwner\":\"bea\",\"durationDays\":2,"
            + "\"status\":\"complete\",\"completed\":\"2026-11-22\",\"due\":\"2026-11-21\","
            + "\"baselineDue\":\"2026-11-18\"},"
            + "{\"id\":\"late\",\"title\":\"Late step\",\"sellerOwner\":\"sam\","
            + "\"durationDays\":10,\"due\":\"2026-11-25\",\"baselineDue\":\"2026-11-24\"},"
            + "{\"id\":\"tight\",\"title\":\"Tight step\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":7,\"due\":\"2026-11-30\",\"baselineDue\":\"2026-11-30\"},"
            + "{\"id\":\"early\",\"title\":\"Early step\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":1,\"due\":\"2026-11-29\",\"baselineDue\":\"2026-11-30\"}");

    Result result = map("schedule", "-", "--as-of", "2026-11-23").stdin(plan).onTerminal().run();

    String bold = "\u001b[1m";
    String dim = "\u001b[2m";
    String red = "\u001b[31m";
    String yellow = "\u001b[33m";
    String reset = "\u001b[0m";
    assertThat(result.stdout()).isEqualTo(String.join("\n",
        bold + "Small deal" + reset + " (small), as of 2026-11-23",
        "Outcome 2026-11-30: deadline 2026-11-29",
        "Projected finish 2026-12-02: \u001b[1;31m3 days late, not feasible" + reset,
        "",
        "  " + String.join("  ", bold + "ID" + reset + "   ", bold + "MILESTONE" + reset + " ",
            bold + "BUYER OWNER" + reset, bold + "SELLER OWNER" + reset,
            bold + "STATUS" + reset + "     ", bold + "DUE" + reset + "       ",
            bold + "SLIP" + reset, bold + "START" + reset + "     ",
            bold + "FINISH" + reset + "    ",
            bold + "LATEST FINISH" + reset, bold + "FLOAT" + reset),
        "  done   Done step   Bea Buyer    -             " + dim + "complete" + reset
            + "     2026-11-21    +3  2026-11-21  2026-11-22  -                  -",
        bold + "* " + reset + bold + "late" + reset + "   " + bold + "Late step" + reset
            + "   -            Sam Seller    not started  2026-11-25    " + yellow + "+1" + reset
            + "  2026-11-23  " + yellow + "2026-12-02" + reset + "  2026-11-29        " + red
            + "-3" + reset,
        "  tight  Tight step  Bea Buyer    -             not started  2026-11-30     0  2026-11-23"
            + "  2026-11-29  2026-11-29         0",
        "  early  Early step  Bea Buyer    -             not started  2026-11-29    -1  2026-11-23"
            + "  2026-11-23  2026-11-29         6",
        "",
        bold + "*" + reset + " critical path: late",
        ""));
  }

  @Test
  void textOfAPlanWithoutAnOutcomeSaysItHasNoDeadline() {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5}");

    Result result = map("schedule", "-", "--as-of", "2026-11-22").stdin(plan).run();

    assertThat(result.stdout().lines().toList().subList(0, 3)).containsExactly(
        "Small deal (small), as of 2026-11-22",
        "No outcome date, so no deadline",
        "Projected finish 2026-11-26");
  }

  @Test
  void textHasNoSlipColumnWhenNoDueDateMovedFromABaseline() {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    assertThat(result.stdout()).doesNotContain("SLIP");
  }

  @Test
  void markdownGivesEachSlipBesideItsDueDateWithTheBaseline() {
    Result result = map("schedule", "-", "--as-of", "2026-11-23", "--format", "markdown")
        .stdin(movedOnWeekdays()).run();

    assertThat(result.stdout())
        .contains("| **First step** | Bea Buyer | — | 2026-12-07 (baseline 2026-12-08, -1 working day)"
            + " | not started |")
        .contains("| Sam Seller | 2027-01-19 (baseline 2027-01-08, +7 working days) |")
        .contains("| Bea Buyer | — | 2027-01-22 | not started |");
  }

  @Test
  void markdownGivesADueDateThatNeverMovedFromItsBaselineASlipOfNoDaysWithoutASign() {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5,"
            + "\"due\":\"2026-11-30\",\"baselineDue\":\"2026-11-30\"}");

    Result result = map("schedule", "-", "--as-of", "2026-11-23", "--format", "markdown")
        .stdin(plan).run();

    assertThat(result.stdout())
        .contains("| Bea Buyer | — | 2026-11-30 (baseline 2026-11-30, 0 days) | not started |");
  }

  @Test
  void aCompletedMilestoneIsNoLongerSaidToBeAtRisk() {
    String plan = TestPlans.plan("",
        "{\"id\":\"done\",\"title\":\"Done step\",\"buyerOwner\":\"bea\",\"durationDays\":2,"
            + "\"atRisk\":true,\"status\":\"complete\",\"completed\":\"2026-11-22\"},"
            + "{\"id\":\"open\",\"title\":\"Open step\",\"buyerOwner\":\"bea\",\"durationDays\":2,"
            + "\"atRisk\":true}");

    List<String> rows = map("schedule", "-", "--as-of", "2026-11-23").stdin(plan).run().stdout()
        .lines().toList().subList(5, 7);

    assertThat(rows.get(0)).contains("  complete  ").doesNotContain("at risk");
    assertThat(rows.get(1)).contains("  not started, at risk  ");
  }

  @Test
  void asOfDefaultsToTodayOnTheClockInItsZone() {
    Clock lateEvening =
        Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Pacific/Kiritimati"));

    Result result = map("schedule", example("acme-go-live.json")).clock(lateEvening).run();

    assertThat(result.stdout()).startsWith("Acme x Globex (acme-2027), as of 2026-11-23");
  }

  @Test
  void jsonIsTheScheduleDocumentWithEveryFieldInOrder() throws Exception {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode document = JSON.readTree(result.stdout());
    assertThat(fieldNames(document)).containsExactly("format", "planId", "asOf", "deadline",
        "projectedFinish", "slackDays", "feasible", "criticalPath", "milestones");
    Schedule schedule = Scheduler.schedule(acme(), AS_OF);
    assertThat(document.get("format").asText()).isEqualTo("mutual-action-plan-schedule/1");
    assertThat(document.get("planId").asText()).isEqualTo("acme-2027");
    assertThat(document.get("asOf").asText()).isEqualTo("2026-11-22");
    assertThat(document.get("deadline").asText()).isEqualTo("2027-02-07");
    assertThat(document.get("projectedFinish").asText())
        .isEqualTo(schedule.projectedFinish().get().toString());
    assertThat(document.get("slackDays").isIntegralNumber()).isTrue();
    assertThat(document.get("slackDays").asLong()).isEqualTo(schedule.slackDays());
    assertThat(document.get("feasible").isBoolean()).isTrue();
    List<String> criticalPath = new ArrayList<>();
    document.get("criticalPath").forEach(id -> criticalPath.add(id.asText()));
    assertThat(criticalPath)
        .isEqualTo(schedule.criticalPath().stream().map(MilestoneId::value).toList());

    JsonNode milestones = document.get("milestones");
    assertThat(milestones).hasSize(7);
    for (int i = 0; i < milestones.size(); i++) {
      JsonNode line = milestones.get(i);
      MilestoneSchedule expected = schedule.milestone(i);
      assertThat(fieldNames(line)).containsExactly("id", "durationDays", "complete",
          "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalFloat", "freeFloat",
          "critical");
      assertThat(line.get("id").asText()).isEqualTo(acme().milestones().get(i).id().value());
      assertThat(line.get("durationDays").asInt()).isEqualTo(expected.durationDays());
      assertThat(line.get("earlyStart").asText()).isEqualTo(expected.earlyStart().toString());
      assertThat(line.get("earlyFinish").asText()).isEqualTo(expected.earlyFinish().toString());
      assertThat(line.get("lateStart").asText()).isEqualTo(expected.lateStart().toString());
      assertThat(line.get("lateFinish").asText()).isEqualTo(expected.lateFinish().toString());
      assertThat(line.get("critical").asBoolean()).isEqualTo(expected.critical());
    }
  }

  @Test
  void jsonIsCanonicalOnOneLineLikeEveryMapWriter() throws Exception {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    assertThat(result.stdout())
        .isEqualTo(MapJson.standard().schedules().write(Scheduler.schedule(acme(), AS_OF)) + "\n");
    assertThat(result.stdout().lines()).hasSize(1);
  }

  @Test
  void jsonGivesACompletedMilestoneNullFloatsAndNeverCritical() throws Exception {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    JsonNode done = JSON.readTree(result.stdout()).get("milestones").get(0);
    assertThat(done.get("id").asText()).isEqualTo("champion-alignment");
    assertThat(done.get("complete").asBoolean()).isTrue();
    assertThat(done.get("totalFloat").isNull()).isTrue();
    assertThat(done.get("freeFloat").isNull()).isTrue();
    assertThat(done.get("critical").asBoolean()).isFalse();
    assertThat(done.get("earlyFinish").asText()).isEqualTo("2026-11-20");
    assertThat(done.get("lateFinish").asText()).isEqualTo("2026-11-20");
    JsonNode open = JSON.readTree(result.stdout()).get("milestones").get(1);
    assertThat(open.get("totalFloat").isIntegralNumber()).isTrue();
    assertThat(open.get("freeFloat").isIntegralNumber()).isTrue();
  }

  @Test
  void jsonOfAPlanWithoutAnOutcomeHasANullDeadlineAndNoSlack() throws Exception {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5}");

    Result result = map("schedule", "-", "--as-of", "2026-11-22", "--format", "json")
        .stdin(plan).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode document = JSON.readTree(result.stdout());
    assertThat(document.get("deadline").isNull()).isTrue();
    assertThat(document.get("slackDays").asLong()).isZero();
    assertThat(document.get("feasible").asBoolean()).isTrue();
    assertThat(document.get("projectedFinish").asText()).isEqualTo("2026-11-26");
  }

  @Test
  void jsonOfAPlanWithoutMilestonesHasEmptyArraysAndANullProjectedFinish() throws Exception {
    Result result = map("schedule", "-", "--as-of", "2026-11-22", "--format", "json")
        .stdin(TestPlans.plan("", "")).run();

    JsonNode document = JSON.readTree(result.stdout());
    assertThat(document.get("milestones")).isEmpty();
    assertThat(document.get("criticalPath")).isEmpty();
    assertThat(document.get("projectedFinish").isNull()).isTrue();
  }

  @Test
  void markdownIsTheMapTableWithOwnersByNameAndTheCriticalPathInBold() throws Exception {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "markdown").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines).contains(
        "| Milestone | Buyer owner | Seller owner | Due | Status | Exit criteria |",
        "|---|---|---|---|---|---|",
        "| Evaluation team and go-live date confirmed | Sarah Chen | Alex Kim | 2026-11-20 "
            + "| complete 2026-11-20 | Sarah confirms the evaluation team and the March 1 "
            + "go-live in writing |",
        "| **IT security review approved** | Priya Nair | Jordan Blake | 2026-12-18 "
            + "| not started | Priya's team signs the security approval |",
        "| **Security documentation sent** | — | Jordan Blake | 2026-11-27 | in progress "
            + "| SOC 2 report and completed questionnaire delivered to Priya |");
    assertThat(lines.subList(0, 5)).containsExactly(
        "## Acme x Globex",
        "",
        "Acme's operations team live on the new platform before the fiscal year starts",
        "",
        "**Go-live:** 2027-03-01 (set by Sarah Chen) · deadline 2027-02-07 · projected finish"
            + " 2027-01-15 · 23 days of slack · as of 2026-11-22");
    assertThat(result.stdout()).endsWith("|\n\nCritical path in **bold**.\n");
    assertThat(result.stdout()).contains("**Go-live:** 2027-03-01 (set by Sarah Chen) · deadline "
        + "2027-02-07");
    assertThat(lines.stream().filter(line -> line.startsWith("| ")).count()).isEqualTo(8);
  }

  @Test
  void markdownEscapesPipesAndLineBreaksInCells() {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"Yes | no\",\"buyerOwner\":\"bea\",\"durationDays\":1,"
            + "\"exitCriteria\":\"Line one\\nline two\"}");

    Result result = map("schedule", "-", "--as-of", "2026-11-22", "--format", "markdown")
        .stdin(plan).run();

    assertThat(result.stdout())
        .contains("| **Yes \\| no** | Bea Buyer | — | — | not started | Line one<br>line two |");
  }

  /** A plan's text is shown as written, not read as Markdown: no italics, links or HTML. */
  @Test
  void markdownEscapesWhatMarkdownWouldReadAsMarkup() {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"MSA *redlines* agreed\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":1,"
            + "\"exitCriteria\":\"<b>R&D</b> signs [v2](x) `now` ~~or~~ a_b \\\\ c\"}");

    Result result = map("schedule", "-", "--as-of", "2026-11-22", "--format", "markdown")
        .stdin(plan).run();

    assertThat(result.stdout()).contains("| **MSA \\*redlines\\* agreed** | Bea Buyer | — | — |"
        + " not started | \\<b\\>R\\&D\\</b\\> signs \\[v2\\](x) \\`now\\` \\~\\~or\\~\\~ a\\_b"
        + " \\\\ c |");
  }

  @Test
  void mermaidIsAGanttChartWithABarPerMilestoneAndTheOutcome() {
    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "mermaid").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo("gantt");
    assertThat(lines).contains(
        "    title Acme x Globex",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %Y-%m-%d",
        "    section Milestones",
        "    Evaluation team and go-live date confirmed : done, 2026-11-20, 2026-11-21",
        "    section Outcome",
        "    Deadline : milestone, 2027-02-07, 0d",
        "    Go-live : milestone, 2027-03-01, 0d");
    assertThat(lines).anyMatch(line -> line.startsWith("    Security documentation sent : crit, active, 2026-11-21, "));
    assertThat(lines).anyMatch(line -> line.matches("    Order form signed : crit, milestone, \\d{4}-\\d{2}-\\d{2}, 0d"));
  }

  @Test
  void mermaidKeepsTitlesFromBreakingTheChartSyntax() {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"Phase 2: legal; #1 %% done\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":1}");

    Result result = map("schedule", "-", "--as-of", "2026-11-22", "--format", "mermaid")
        .stdin(plan).run();

    assertThat(result.stdout()).contains("    Phase 2 legal 1 done : crit, 2026-11-22, 2026-11-23");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Call with the CFO", "click to sign", "Section 4 agreed", "Title deeds checked",
      "Gantt review", "excludes nothing", "weekend friday cover", "2027-01-15 kickoff",
      "accDescr{ notes", "TODAYMARKER off"})
  void mermaidKeepsTitlesFromReadingAsStatementsOfTheChart(String title) {
    // An invisible zero-width space first: Mermaid's lexer reads a task name, not a keyword.
    assertThat(ganttOfOneMilestone(title))
        .contains("\n    \u200B" + title + " : crit, 2026-11-22, 2026-11-23");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Calling the CFO", "Sections agreed", "Titled", "Weekly sync",
      "20270115 kickoff", "Security review"})
  void mermaidLeavesTitlesThatOnlyLookLikeStatementsAsTheyAre(String title) {
    assertThat(ganttOfOneMilestone(title))
        .contains("\n    " + title + " : crit, 2026-11-22, 2026-11-23");
  }

  /** The Gantt chart of a plan with one one-day milestone, as of 2026-11-22. */
  private static String ganttOfOneMilestone(String title) {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"" + title + "\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":1}");
    return map("schedule", "-", "--as-of", "2026-11-22", "--format", "mermaid")
        .stdin(plan).run().stdout();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown", "mermaid"})
  void everyFormatReadsThePlanFromStandardInput(String format) throws Exception {
    Result fromFile = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", format).run();
    Result fromStdin = map("schedule", "-", "--as-of", "2026-11-22", "--format", format)
        .stdin(exampleText("acme-go-live.json")).run();

    assertThat(fromStdin.exitCode()).isZero();
    assertThat(fromStdin.stdout()).isEqualTo(fromFile.stdout());
  }

  @Test
  void everyExamplePlanCanBeScheduledInEveryFormat() throws Exception {
    for (String name : List.of("acme-go-live.json", "close-plan-in-disguise.json",
        "classic-mistakes.json", "lightweight-email-plan.json", "seven-step-template.json")) {
      for (String format : List.of("text", "json", "markdown", "mermaid")) {
        Result result =
            map("schedule", example(name), "--as-of", "2026-11-22", "--format", format).run();
        assertThat(result.exitCode()).as(name + " " + format + "\n" + result).isZero();
        assertThat(result.stdout()).isNotBlank();
      }
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void anEventCompletedOnTheFirstDateThatIsNotAWorkingDayIsScheduledAndChecked() {
    // 0001-01-01 is a Monday; this calendar works on Tuesdays only.
    String plan = TestPlans.plan("",
        "{\"id\":\"signed\",\"title\":\"Contract signed\",\"buyerOwner\":\"bea\","
            + "\"status\":\"complete\",\"completed\":\"0001-01-01\"}")
        .replace("\"stakeholders\":", "\"calendar\":{\"workingDays\":[\"tuesday\"]},"
            + "\"stakeholders\":");

    Result schedule = map("schedule", "-", "--as-of", "2026-01-01").stdin(plan).run();
    Result check = map("check", "-", "--as-of", "2026-01-01").stdin(plan).run();

    assertThat(schedule.exitCode()).as(schedule.toString()).isZero();
    assertThat(schedule.stdout()).contains("Projected finish 0001-01-01");
    assertThat(check.stdout()).as(check.toString()).doesNotContain("rule-failed");
    assertThat(check.exitCode()).as(check.toString()).isIn(0, 1);
  }

  @Test
  void aPageShowsAnEventCompletedOnAFirstDateThatIsAHoliday() {
    String plan = TestPlans.plan("",
        "{\"id\":\"signed\",\"title\":\"Contract signed\",\"buyerOwner\":\"bea\","
            + "\"status\":\"complete\",\"completed\":\"0001-01-01\"},"
            + "{\"id\":\"rollout\",\"title\":\"Rolled out\",\"sellerOwner\":\"sam\","
            + "\"durationDays\":3}")
        .replace("\"stakeholders\":", "\"calendar\":{\"holidays\":[\"0001-01-01\"]},"
            + "\"stakeholders\":");

    Result report = map("report", "-", "--as-of", "2026-01-01").stdin(plan).run();

    assertThat(report.exitCode()).as(report.toString()).isZero();
    assertThat(report.stdout()).contains("Contract signed", "Rolled out");
  }
}

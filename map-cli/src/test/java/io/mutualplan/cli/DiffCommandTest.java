package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.cli.rulesjar.RulesJar;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.PlanComparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map diff}: the Acme example against the same plan a week on ({@code
 * examples/acme-next-week.json}), as of 2026-11-22.
 */
class DiffCommandTest {
  private static final String HEADLINE = "Projected finish 2027-01-15 -> 2027-01-20 (+5 days):"
      + " business-case now takes 50 days instead of 10 (due 2026-12-11 -> 2027-01-15, +35) and"
      + " is now on the critical path; legal's buyer owner is now Nina Patel instead of Marco"
      + " Ruiz and is no longer on the critical path; Dan Ortiz signed revision 3, the plan is at"
      + " revision 4.";

  @TempDir Path directory;

  private String acme;
  private String nextWeek;

  @BeforeEach
  void findTheExamples() {
    acme = example("acme-go-live.json");
    nextWeek = example("acme-next-week.json");
  }

  private static MapRun diff(String older, String newer, String... options) {
    String[] args = new String[3 + options.length + 2];
    args[0] = "diff";
    args[1] = older;
    args[2] = newer;
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 2] = "--as-of";
    args[args.length - 1] = "2026-11-22";
    return map(args);
  }

  @Test
  void theTextAnswersTheWeeklyQuestionThenListsEveryChange() {
    Result result = diff(acme, nextWeek).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).isEqualTo(String.join("\n",
        "Acme x Globex (acme-2027): what shifted, as of 2026-11-22",
        HEADLINE,
        "",
        "                  OLDER       NEWER",
        "Latest revision   3           4",
        "Deadline          2027-02-07  2027-02-07",
        "Projected finish  2027-01-15  2027-01-20",
        "Slack             23 days     18 days",
        "Feasible          yes         yes",
        "Score             100/100     90/100",
        "Verdict           ready       ready",
        "Critical path, older: security-docs -> security-review -> legal -> procurement ->"
            + " signature",
        "Critical path, newer: business-case -> procurement -> signature",
        "",
        "Milestones: 2 changed",
        "  changed  business-case  CFO reviews the ROI model",
        "             due           2026-12-11 -> 2027-01-15 (+35)",
        "             baseline due  none -> 2026-12-11",
        "             duration      10 days -> 50 days",
        "  changed  legal          MSA redlines agreed",
        "             buyer owner   Marco Ruiz -> Nina Patel",
        "",
        "People: Nina Patel (nina) joined; Marco Ruiz (marco) left",
        "Sign-offs to renew: Dan Ortiz signed revision 3, the plan is at revision 4",
        ""));
  }

  /**
   * An import made {@code lena-park} for the existing {@code lena}: "Lena Park -> Lena Park"
   * would say nothing, so both sides name the id.
   */
  @Test
  void anOwnerWhoseNameReadsTheSameIsListedWithTheIdsInTextAndMarkdown() throws Exception {
    Path imported = Files.writeString(directory.resolve("imported.json"),
        exampleText("acme-go-live.json").replace("\"lena\"", "\"lena-park\""));

    Result text = diff(acme, imported.toString()).run();
    Result markdown = diff(acme, imported.toString(), "--format", "markdown").run();

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.stdout()).contains(
        "             buyer owner   Lena Park (lena) -> Lena Park (lena-park)\n",
        "People: Lena Park (lena-park) joined; Lena Park (lena) left\n");
    assertThat(markdown.exitCode()).as(markdown.toString()).isZero();
    assertThat(markdown.stdout()).contains("procurement's buyer owner is now Lena Park"
        + " (lena-park) instead of Lena Park (lena).",
        "| Purchase order issued (procurement) | changed | buyer owner | Lena Park (lena) |"
            + " Lena Park (lena-park) |\n");
  }

  @Test
  void theReadmeQuotesTheSentenceAsMapDiffWritesIt() throws Exception {
    assertThat(Files.readString(Path.of("..", "README.md"))).contains(HEADLINE);
  }

  @Test
  void markdownHasTheSameSentenceAndATableOfTheChanges() {
    Result result = diff(acme, nextWeek, "--format", "markdown").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout())
        .startsWith("## What shifted: Acme x Globex\n\n" + HEADLINE + "\n\n| | Older | Newer |\n"
            + "|---|---|---|\n"
            + "| Latest revision | 3 | 4 |\n"
            + "| Deadline | 2027-02-07 | 2027-02-07 |\n"
            + "| Projected finish | 2027-01-15 | 2027-01-20 |\n"
            + "| Slack | 23 days | 18 days |\n"
            + "| Feasible | yes | yes |\n"
            + "| Critical path | security-docs → security-review → legal → procurement →"
            + " signature | business-case → procurement → signature |\n"
            + "| Score | 100/100 | 90/100 |\n"
            + "| Verdict | ready | ready |\n"
            + "\n")
        .contains("| Critical path | security-docs → security-review → legal → procurement →"
            + " signature | business-case → procurement → signature |\n")
        .contains("| Milestone | Change | Field | Older | Newer |\n|---|---|---|---|---|\n"
            + "| CFO reviews the ROI model (business-case) | changed | due | 2026-12-11 |"
            + " 2027-01-15 (+35) |\n"
            + "|  |  | baseline due | none | 2026-12-11 |\n"
            + "|  |  | duration | 10 days | 50 days |\n"
            + "| MSA redlines agreed (legal) | changed | buyer owner | Marco Ruiz | Nina Patel |\n")
        .contains("\n\n**Joined:** Nina Patel (nina)  \n**Left:** Marco Ruiz (marco)  \n"
            + "**Sign-offs to renew:** Dan Ortiz signed revision 3, the plan is at revision 4\n"
            + "\nAs of ")
        .endsWith("As of 2026-11-22. Days are working days of the newer version's calendar; a"
            + " date's change is followed by the working days it moved.\n");
  }

  @Test
  void jsonIsTheDiffDocumentOfTheComparisonWithEveryFieldInOrder() throws Exception {
    Result result = diff(acme, nextWeek, "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    PlanComparison comparison = PlanComparison.compare(
        MapJson.standard().plans().read(Path.of(acme)),
        MapJson.standard().plans().read(Path.of(nextWeek)), LocalDate.parse("2026-11-22"));
    assertThat(result.stdout()).isEqualTo(MapJson.standard().diffs().write(comparison) + "\n");
    JsonNode document = new ObjectMapper().readTree(result.stdout());
    List<String> fields = new ArrayList<>();
    document.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("format", "planId", "asOf", "from", "to",
        "finishSlipDays", "outcome", "stakeholders", "signOffsStale", "milestones");
    assertThat(document.get("format").asText()).isEqualTo("mutual-action-plan-diff/1");
    assertThat(document.get("finishSlipDays").asLong()).isEqualTo(5);
    assertThat(document.get("outcome").isNull()).isTrue();
    assertThat(document.get("signOffsStale").toString()).isEqualTo("[\"dan\"]");
    assertThat(document.get("milestones").get(1).toString()).isEqualTo("{\"id\":\"legal\","
        + "\"change\":\"changed\",\"changes\":[{\"field\":\"buyerOwner\",\"from\":\"marco\","
        + "\"to\":\"nina\"}]}");
  }

  @Test
  void jsonGivesNullForTheScheduleOfAVersionWithACycle() throws Exception {
    Path cycle = Files.writeString(directory.resolve("cycle.json"), TestPlans.cycle());
    Path acyclic = Files.writeString(directory.resolve("acyclic.json"),
        TestPlans.cycle().replace("\"dependsOn\":[\"procurement\"]", "\"dependsOn\":[]"));

    Result result = diff(acyclic.toString(), cycle.toString(), "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout())
        .contains("\"to\":{\"latestRevision\":null,\"deadline\":null,\"projectedFinish\":null,"
            + "\"slackDays\":null,\"feasible\":null,\"criticalPath\":null,\"score\":")
        .contains("\"finishSlipDays\":null,")
        .contains("{\"id\":\"legal\",\"change\":\"changed\",\"changes\":[{\"field\":"
            + "\"dependsOn\",\"from\":null,\"to\":[{\"milestone\":\"procurement\","
            + "\"type\":\"finish-to-start\",\"lagDays\":0}]}]}");
  }

  @Test
  void jsonGoesToTheFileOfDashO() throws Exception {
    Path out = directory.resolve("diff.json");

    Result result = diff(acme, nextWeek, "--format", "json", "-o", out.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(MapJson.standard().diffs().read(out).finishSlipDays()).hasValue(5);
  }

  @Test
  void aFormatDiffDoesNotWriteIsNamedWithTheOnesItDoes() {
    Result result = diff(acme, nextWeek, "--format", "mermaid").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: Invalid value for option '--format': 'mermaid'"
        + " is not a format of map diff; expected text, json or markdown\n");
  }

  @Test
  void aPlanAgainstItselfShiftedNothing() {
    Result result = diff(acme, acme).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Nothing shifted: no milestone, person or outcome date"
        + " changed, and the projected finish is 2027-01-15 in both.\n")
        .contains("Critical path, unchanged: security-docs -> security-review -> legal ->"
            + " procurement -> signature\n")
        .contains("Milestones: no changes\n");
    assertThat(diff(acme, acme, "--format", "markdown").run().stdout())
        .contains("\n\nNo milestone changed.\n\nAs of 2026-11-22.");
  }

  @Test
  void anAddedMilestoneAndAMovedOutcomeAreListedInTextAndMarkdown() throws Exception {
    Path older = Files.writeString(directory.resolve("older.json"),
        TestPlans.chainWithoutDueDates());
    Path newer = Files.writeString(directory.resolve("newer.json"),
        TestPlans.chainWithoutDueDates()
            .replace("\"date\":\"2027-01-31\"", "\"date\":\"2027-02-14\",\"leadTimeDays\":5")
            .replace("\"dependsOn\":[\"b\"]}", "\"dependsOn\":[\"b\"]},{\"id\":\"d\","
                + "\"title\":\"Fourth step\",\"sellerOwner\":\"sam\",\"durationDays\":2,"
                + "\"dependsOn\":[\"c\"]}"));

    Result text = diff(older.toString(), newer.toString()).run();
    Result markdown = diff(older.toString(), newer.toString(), "--format", "markdown").run();

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.stdout()).endsWith("\n\nMilestones: 1 added\n  added    d  Fourth step\n"
        + "\nOutcome: 2027-01-31 -> 2027-02-14, lead time 0 -> 5 days\n");
    assertThat(markdown.stdout()).contains("|---|---|---|---|---|\n"
        + "| Fourth step (d) | added | | | |\n"
        + "\n**Outcome:** 2027-01-31 -> 2027-02-14, lead time 0 -> 5 days\n\nAs of ");
  }

  @Test
  void aDependencyIsListedWithItsTypeAndLagWhenItIsNotThePlainAfter() throws Exception {
    Path older = Files.writeString(directory.resolve("older.json"),
        TestPlans.chainWithoutDueDates());
    Path newer = Files.writeString(directory.resolve("newer.json"),
        TestPlans.chainWithoutDueDates()
            .replace("\"dependsOn\":[\"a\"]",
                "\"dependsOn\":[{\"milestone\":\"a\",\"type\":\"start-to-start\",\"lagDays\":2}]")
            .replace("\"dependsOn\":[\"b\"]", "\"dependsOn\":[{\"milestone\":\"b\","
                + "\"type\":\"finish-to-finish\"},{\"milestone\":\"a\",\"lagDays\":1}]"));

    Result result = diff(older.toString(), newer.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).endsWith("\n  changed  b  Second step\n"
        + "             depends on    a -> a (start-to-start, lag 2)\n"
        + "  changed  c  Third step\n"
        + "             depends on    b -> a (lag 1), b (finish-to-finish)\n");
  }

  /**
   * A text in quotes (made safe for markdown there), a kind in words, an estimate as its three
   * numbers and a flag as yes or no.
   */
  @Test
  void eachChangedValueIsListedAsAPersonReadsIt() throws Exception {
    Path older = Files.writeString(directory.resolve("older.json"),
        TestPlans.chainWithoutDueDates());
    Path newer = Files.writeString(directory.resolve("newer.json"),
        TestPlans.chainWithoutDueDates().replace("\"title\":\"First step\",",
            "\"title\":\"First step | revised\",\"kind\":\"business-case\",\"atRisk\":true,"
                + "\"estimate\":{\"optimistic\":3,\"likely\":5,\"pessimistic\":9},"));

    Result text = diff(older.toString(), newer.toString()).run();
    Result markdown = diff(older.toString(), newer.toString(), "--format", "markdown").run();

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.stdout()).endsWith("\n  changed  a  First step | revised\n"
        + "             title         \"First step\" -> \"First step | revised\"\n"
        + "             kind          none -> business case\n"
        + "             estimate      none -> 3/5/9 days (optimistic/likely/pessimistic)\n"
        + "             at risk       no -> yes\n");
    assertThat(markdown.stdout()).contains("\n| First step \\| revised (a) | changed | title |"
        + " \"First step\" | \"First step \\| revised\" |\n"
        + "|  |  | kind | none | business case |\n"
        + "|  |  | estimate | none | 3/5/9 days (optimistic/likely/pessimistic) |\n"
        + "|  |  | at risk | no | yes |\n");
  }

  /** Dan signed revisions 2 and 3 of the newer version: the last he signed is the one to say. */
  @Test
  void aPersonWhoSignedTwiceIsToldTheLastRevisionTheySigned() throws Exception {
    Path twice = Files.writeString(directory.resolve("twice.json"),
        exampleText("acme-next-week.json").replace("{ \"by\": \"dan\", \"revision\": 3,",
            "{ \"by\": \"dan\", \"revision\": 2, \"on\": \"2026-11-14\" },"
                + " { \"by\": \"dan\", \"revision\": 3,"));

    Result result = diff(acme, twice.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains(HEADLINE)
        .endsWith("\nSign-offs to renew: Dan Ortiz signed revision 3, the plan is at revision 4\n");
  }

  @Test
  void removedMilestonesAreNamedByTheOlderPlansTitles() throws Exception {
    Path small = Files.writeString(directory.resolve("small.json"),
        TestPlans.chainWithoutDueDates());
    Path smaller = Files.writeString(directory.resolve("smaller.json"),
        TestPlans.chainWithoutDueDates().replace("{\"id\":\"a\",\"title\":\"First step\","
            + "\"buyerOwner\":\"bea\",\"durationDays\":5},", "")
            .replace("\"dependsOn\":[\"a\"]", "\"dependsOn\":[]"));

    Result backwards = diff(nextWeek, acme).run();
    Result added = diff(small.toString(), smaller.toString()).run();

    assertThat(backwards.stdout()).contains("Projected finish 2027-01-20 -> 2027-01-15 (-5"
        + " days): business-case now takes 10 days instead of 50 (due 2027-01-15 -> 2026-12-11,"
        + " -35) and is no longer on the critical path;");
    assertThat(added.exitCode()).as(added.toString()).isZero();
    assertThat(added.stdout())
        .contains("Milestones: 1 removed, 1 changed\n")
        .contains("  removed  a  First step\n")
        .contains("  changed  b  Second step\n             depends on    a -> none\n");
  }

  @Test
  void aCycleInTheNewerPlanIsNamedAndItsChangesStillListed() throws Exception {
    Path cycle = Files.writeString(directory.resolve("cycle.json"), TestPlans.cycle());
    Path acyclic = Files.writeString(directory.resolve("acyclic.json"),
        TestPlans.cycle().replace("\"dependsOn\":[\"procurement\"]", "\"dependsOn\":[]"));

    Result result = diff(acyclic.toString(), cycle.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout())
        .contains("Projected finish 2026-11-29 -> none (the newer version's dependencies go"
            + " round in a circle): legal now waits for procurement")
        .contains("Critical path, newer: none (the newer version's dependencies go round in a"
            + " circle)\n")
        .contains("  changed  legal  MSA agreed\n             depends on    none -> procurement\n");
    assertThat(diff(acyclic.toString(), cycle.toString(), "--format", "markdown").run().stdout())
        .contains("\n| Critical path | legal → procurement | — |\n");
  }

  @Test
  void twoPlansWithDifferentIdsAreAnErrorUnlessAllowed() {
    String other = example("seven-step-template.json");

    Result refused = diff(acme, other).run();
    Result allowed = diff(acme, other, "--allow-other-id").run();

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.stdout()).isEmpty();
    assertThat(refused.stderr()).isEqualTo("map: " + acme + " and " + other + " are not two"
        + " versions of one plan: their ids differ (acme-2027, fabrikam-2027); give"
        + " --allow-other-id to compare them all the same\n");
    assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
    assertThat(allowed.stdout()).startsWith("Fabrikam x Tailspin (fabrikam-2027): what shifted,"
        + " as of 2026-11-22\n");
  }

  @Test
  void eitherPlanMayComeFromStandardInputButNotBoth() throws Exception {
    Result newerFromStdin = diff(acme, "-").stdin(exampleText("acme-next-week.json")).run();
    Result olderFromStdin = diff("-", nextWeek).stdin(MapRun.exampleText("acme-go-live.json"))
        .run();
    Result both = diff("-", "-").stdin(exampleText("acme-next-week.json")).run();

    assertThat(newerFromStdin.stdout()).contains(HEADLINE);
    assertThat(olderFromStdin.stdout()).contains(HEADLINE);
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.stderr()).startsWith(
        "map: OLDER and NEWER cannot both be - (standard input holds one document)\n");
  }

  @Test
  void aPlanThatCannotBeReadIsNamed() {
    Result result = diff(acme, directory.resolve("nope.json").toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo(
        "map: cannot read " + directory.resolve("nope.json") + ": no such file\n");
  }

  @Test
  void lenientReadsBothPlansLeniently() throws Exception {
    Path crm = Files.writeString(directory.resolve("crm.json"),
        exampleText("acme-next-week.json").replaceFirst("\\{", "{\"crmStage\": \"negotiation\","));

    Result strict = diff(acme, crm.toString()).run();
    Result lenient = diff(acme, crm.toString(), "--lenient").run();

    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.stderr()).contains("crmStage");
    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    assertThat(lenient.stdout()).contains(HEADLINE);
  }

  @Test
  void customRulesCountInBothVersionsScores() throws Exception {
    Path jar = RulesJar.withWarningRule(directory.resolve("team-rules.jar"));

    Result result = diff(acme, nextWeek, "--rules", jar.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Score             95/100      85/100\n");
  }

  @Test
  void onATerminalTheHeadingsAreBold() {
    Result result = diff(acme, nextWeek).onTerminal().run();

    assertThat(result.stdout()).contains("\u001b[1mAcme x Globex\u001b[0m (acme-2027)")
        .contains("\u001b[1mMilestones\u001b[0m: 2 changed");
  }
}

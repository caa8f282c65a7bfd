package io.mutualplan.json;

import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.RuleEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diff document, {@code mutual-action-plan-diff/1}: written with the fields of the format in
 * its order and the plan format's values, read back to an equal comparison, and read with the
 * same error quality as the other documents.
 */
class DiffDocumentTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
  private static final MapJson JSON = MapJson.standard();
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  private static MutualActionPlan acme() {
    return JSON.plans().read(Examples.named("acme-go-live"));
  }

  /** The Acme example a week on ({@code examples/acme-next-week.json}). */
  static MutualActionPlan acmeNextWeek() {
    return JSON.plans().read(Examples.named("acme-next-week"));
  }

  private static PlanComparison acmeComparison() {
    return PlanComparison.compare(acme(), acmeNextWeek(), AS_OF);
  }

  @Test
  void writesTheAcmeWeekWithTheFieldsOfTheFormatInOrder() {
    String json = JSON.diffs().write(acmeComparison());

    assertThat(json).isEqualTo("{\"format\":\"mutual-action-plan-diff/1\","
        + "\"planId\":\"acme-2027\",\"asOf\":\"2026-11-22\","
        + "\"from\":{\"latestRevision\":3,\"deadline\":\"2027-02-07\","
        + "\"projectedFinish\":\"2027-01-15\",\"slackDays\":23,\"feasible\":true,"
        + "\"criticalPath\":[\"security-docs\",\"security-review\",\"legal\",\"procurement\","
        + "\"signature\"],\"score\":100,\"verdict\":\"ready\"},"
        + "\"to\":{\"latestRevision\":4,\"deadline\":\"2027-02-07\","
        + "\"projectedFinish\":\"2027-01-20\",\"slackDays\":18,\"feasible\":true,"
        + "\"criticalPath\":[\"business-case\",\"procurement\",\"signature\"],\"score\":90,"
        + "\"verdict\":\"ready\"},"
        + "\"finishSlipDays\":5,\"outcome\":null,"
        + "\"stakeholders\":{\"added\":[\"nina\"],\"removed\":[\"marco\"]},"
        + "\"signOffsStale\":[\"dan\"],"
        + "\"milestones\":["
        + "{\"id\":\"business-case\",\"change\":\"changed\",\"changes\":["
        + "{\"field\":\"due\",\"from\":\"2026-12-11\",\"to\":\"2027-01-15\",\"workingDays\":35},"
        + "{\"field\":\"baselineDue\",\"from\":null,\"to\":\"2026-12-11\",\"workingDays\":null},"
        + "{\"field\":\"durationDays\",\"from\":10,\"to\":50}]},"
        + "{\"id\":\"legal\",\"change\":\"changed\",\"changes\":["
        + "{\"field\":\"buyerOwner\",\"from\":\"marco\",\"to\":\"nina\"}]}]}");
  }

  @Test
  void readsTheAcmeWeekBackToAnEqualComparisonCompactOrPretty() {
    PlanComparison comparison = acmeComparison();

    for (MapJson json : List.of(JSON, JSON.pretty())) {
      String text = json.diffs().write(comparison);
      assertThat(json.diffs().read(text)).isEqualTo(comparison);
      assertThat(json.diffs().write(json.diffs().read(text))).isEqualTo(text);
    }
    assertThat(JSON.pretty().diffs().write(comparison)).startsWith(String.join("\n",
        "{",
        "  \"format\": \"mutual-action-plan-diff/1\",",
        "  \"planId\": \"acme-2027\","));
  }

  /**
   * A milestone whose every compared field changed, and one added and one removed: each value is
   * written as the plan format writes it (enumerations in their spellings, the estimate as its
   * object, dependencies in full and sorted), and read back equal.
   */
  @Test
  void writesEveryFieldsValueAsThePlanFormatDoesAndReadsItBack() {
    MutualActionPlan older = acme();
    Milestone legal = older.milestone(MilestoneId.of("legal")).orElseThrow();
    Milestone changed = legal
        .withTitle("MSA signed off")
        .withKind(MilestoneKind.EXECUTIVE_SIGN_OFF)
        .withSellerOwner(StakeholderId.of("jordan"))
        .withEstimate(Estimate.of(3, 5, 9))
        .withExitCriteria("Redlines closed")
        .withStatus(MilestoneStatus.IN_PROGRESS)
        .withStarted(LocalDate.parse("2026-11-20"))
        .withDependsOn(Dependency.builder().milestone(MilestoneId.of("security-review"))
                .type(DependencyType.START_TO_START).lagDays(2).build(),
            Dependency.on(MilestoneId.of("business-case")))
        .withAtRisk(true)
        .withNotes("Waiting for their counsel");
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone milestone : older.milestones()) {
      if (milestone.id().value().equals("procurement")) {
        continue;
      }
      milestones.add(milestone.id().equals(legal.id()) ? changed
          : milestone.withDependsOn(milestone.dependsOn().stream()
              .filter(d -> !d.milestone().value().equals("procurement")).toList()));
    }
    milestones.add(Milestone.builder().id(MilestoneId.of("security-addendum"))
        .title("Security addendum signed").build());
    MutualActionPlan newer = older.withMilestones(milestones).withOutcome(Outcome.builder()
        .from(older.outcome().orElseThrow()).date(LocalDate.parse("2027-03-15")).leadTimeDays(10)
        .build());
    PlanComparison comparison = PlanComparison.compare(older, newer, AS_OF, ENGINE);

    String json = JSON.diffs().write(comparison);

    assertThat(json).contains(
        "\"outcome\":{\"from\":\"2027-03-01\",\"to\":\"2027-03-15\",\"leadTimeFrom\":21,"
            + "\"leadTimeTo\":10}",
        "{\"field\":\"title\",\"from\":\"MSA redlines agreed\",\"to\":\"MSA signed off\"}",
        "{\"field\":\"kind\",\"from\":\"legal\",\"to\":\"executive-sign-off\"}",
        "{\"field\":\"sellerOwner\",\"from\":\"alex\",\"to\":\"jordan\"}",
        "{\"field\":\"estimate\",\"from\":{\"optimistic\":14,\"likely\":28,"
            + "\"pessimistic\":42},\"to\":{\"optimistic\":3,\"likely\":5,\"pessimistic\":9}}",
        "{\"field\":\"exitCriteria\",\"from\":\"MSA countersigned by both legal teams\","
            + "\"to\":\"Redlines closed\"}",
        "{\"field\":\"status\",\"from\":\"not-started\",\"to\":\"in-progress\"}",
        "{\"field\":\"started\",\"from\":null,\"to\":\"2026-11-20\",\"workingDays\":null}",
        "{\"field\":\"dependsOn\",\"from\":[{\"milestone\":\"security-review\","
            + "\"type\":\"finish-to-start\",\"lagDays\":0}],\"to\":["
            + "{\"milestone\":\"business-case\",\"type\":\"finish-to-start\",\"lagDays\":0},"
            + "{\"milestone\":\"security-review\",\"type\":\"start-to-start\",\"lagDays\":2}]}",
        "{\"field\":\"atRisk\",\"from\":false,\"to\":true}",
        "{\"field\":\"notes\",\"from\":null,\"to\":\"Waiting for their counsel\"}]}",
        "{\"id\":\"signature\",\"change\":\"changed\",\"changes\":[{\"field\":\"dependsOn\","
            + "\"from\":[{\"milestone\":\"procurement\",\"type\":\"finish-to-start\","
            + "\"lagDays\":0}],\"to\":null}]}",
        "{\"id\":\"security-addendum\",\"change\":\"added\"}",
        "{\"id\":\"procurement\",\"change\":\"removed\"}]}");
    assertThat(JSON.diffs().read(json)).isEqualTo(comparison);
  }

  @Test
  void writesNullForTheScheduleOfASideWithACycleAndForTheFinishSlip() {
    MutualActionPlan older = acme();
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone milestone : older.milestones()) {
      milestones.add(milestone.id().value().equals("security-docs")
          ? milestone.withDependsOn(Dependency.on(MilestoneId.of("legal"))) : milestone);
    }
    MutualActionPlan cyclic = older.withMilestones(milestones);
    PlanComparison comparison = PlanComparison.compare(older, cyclic, AS_OF);

    String json = JSON.diffs().write(comparison);

    assertThat(json).contains("\"to\":{\"latestRevision\":3,\"deadline\":null,"
        + "\"projectedFinish\":null,\"slackDays\":null,\"feasible\":null,\"criticalPath\":null,"
        + "\"score\":", "\"finishSlipDays\":null,",
        "{\"id\":\"security-docs\",\"change\":\"changed\",\"changes\":[{\"field\":\"dependsOn\","
            + "\"from\":[{\"milestone\":\"champion-alignment\",\"type\":\"finish-to-start\","
            + "\"lagDays\":0}],\"to\":[{\"milestone\":\"legal\",\"type\":\"finish-to-start\","
            + "\"lagDays\":0}]}]}");
    assertThat(JSON.diffs().read(json)).isEqualTo(comparison);
  }

  static LongStream seeds() {
    return LongStream.range(0, 100).map(i -> 0xD1FF_000L + i);
  }

  /**
   * For two generated plans compared as versions of one (their ids allowed to differ), the
   * written diff reads back to an equal comparison and writes the same text again, compact or
   * pretty. (map-testkit's properties compare a plan with edited versions of itself.)
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsAWrittenDiffOfTwoGeneratedPlansBackToAnEqualComparison(long seed) {
    PlanComparison comparison = PlanComparison.compareAllowingOtherId(
        RandomPlans.plan(seed, 10), RandomPlans.plan(seed + 1, 10), AS_OF, ENGINE);

    for (MapJson json : List.of(JSON, JSON.pretty())) {
      String text = json.diffs().write(comparison);
      assertThat(json.diffs().read(text)).as("seed %d", seed).isEqualTo(comparison);
      assertThat(json.diffs().write(json.diffs().read(text))).as("seed %d", seed)
          .isEqualTo(text);
    }
  }

  // ---- reading errors ---------------------------------------------------------------------------

  private static DocumentReadException readingFails(String json) {
    return catchThrowableOfType(DocumentReadException.class, () -> JSON.diffs().read(json));
  }

  /** The one problem the diff reader reports for the document. */
  private static DocumentProblem onlyProblemOf(String json) {
    return Documents.onlyProblemOf(JSON.diffs(), json);
  }

  @Test
  void rejectsADiffOfAnotherFormat() {
    DocumentReadException e = readingFails("{\"format\":\"mutual-action-plan-schedule/1\"}");

    assertThat(e.getMessage()).isEqualTo("/format (line 1, column 11): this is a schedule"
        + " document (format 'mutual-action-plan-schedule/1'), not a diff document");
  }

  @Test
  void rejectsAScoreOutOfRangeAtTheScore() {
    String json = JSON.diffs().write(acmeComparison());
    assertThat(json).contains("\"score\":100,");

    assertProblem(onlyProblemOf(json.replaceFirst("\"score\":100,", "\"score\":101,")))
        .hasPointer("/from/score")
        .hasMessage("a score is 0 to 100, not 101");
  }

  @Test
  void rejectsAMilestoneListedTwiceAtItsSecondId() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("{\"id\":\"legal\",\"change\":\"changed\"",
            "{\"id\":\"business-case\",\"change\":\"changed\"");

    assertProblem(onlyProblemOf(json)).hasPointer("/milestones/1/id")
        .isAt(Documents.spot(json, "\"business-case\"", 3))
        .hasMessage("milestone 'business-case' is listed twice (also at /milestones/0); a diff"
            + " of two plans names each milestone once");
  }

  /**
   * Each list of the diff names a thing once: a critical path passes through a milestone once, a
   * stakeholder joins, leaves or signed off once. The writer never repeats one; a repeat is
   * reported at the second entry.
   */
  @ParameterizedTest(name = "{2}")
  @MethodSource("listsWithARepeat")
  void rejectsAnEntryRepeatedInAListAtItsSecondPlace(String original, String repeated,
      String pointer, String entry, int occurrence, String message) {
    String json = JSON.diffs().write(acmeComparison()).replace(original, repeated);

    assertProblem(onlyProblemOf(json)).hasPointer(pointer)
        .isAt(Documents.spot(json, entry, occurrence))
        .hasMessage(message);
  }

  static List<Object[]> listsWithARepeat() {
    return List.of(
        new Object[] {"\"added\":[\"nina\"]", "\"added\":[\"nina\",\"nina\"]",
            "/stakeholders/added/1", "\"nina\"", 2, "stakeholder 'nina' is listed twice (also at"
                + " /stakeholders/added/0); each stakeholder who joined is named once"},
        new Object[] {"\"removed\":[\"marco\"]", "\"removed\":[\"marco\",\"marco\"]",
            "/stakeholders/removed/1", "\"marco\"", 2, "stakeholder 'marco' is listed twice (also"
                + " at /stakeholders/removed/0); each stakeholder who left is named once"},
        new Object[] {"\"signOffsStale\":[\"dan\"]", "\"signOffsStale\":[\"dan\",\"dan\"]",
            "/signOffsStale/1", "\"dan\"", 2, "stakeholder 'dan' is listed twice (also at"
                + " /signOffsStale/0); each stakeholder whose sign-off is stale is named once"},
        new Object[] {"\"security-review\",\"legal\"",
            "\"security-review\",\"security-docs\",\"legal\"", "/from/criticalPath/2",
            "\"security-docs\"", 2, "milestone 'security-docs' is listed twice (also at"
                + " /from/criticalPath/0); a critical path passes through each milestone once"},
        new Object[] {"\"procurement\",\"signature\"],\"score\":90",
            "\"procurement\",\"business-case\"],\"score\":90", "/to/criticalPath/2",
            "\"business-case\"", 2, "milestone 'business-case' is listed twice (also at"
                + " /to/criticalPath/0); a critical path passes through each milestone once"});
  }

  @Test
  void rejectsADateBeforeTheFirstDayAPlanCanHoldAtIt() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("\"from\":\"2026-12-11\"", "\"from\":\"0000-12-11\"");

    assertProblem(onlyProblemOf(json)).hasPointer("/milestones/0/changes/0/from")
        .isAt(Documents.spot(json, "\"0000-12-11\""))
        .hasMessage("from 0000-12-11 is out of range; dates are between 0001-01-01 and"
            + " 9999-12-31");
  }

  @Test
  void namesAFieldThatADiffDoesNotCompareWhereItIs() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("{\"field\":\"buyerOwner\"", "{\"field\":\"description\"");

    assertProblem(onlyProblemOf(json)).hasPointer("/milestones/1/changes/0/field")
        .isAt(1, json.indexOf("\"description\"") + 1)
        .hasMessage("'description' is not a milestone field a diff compares; the fields are:"
            + " title, kind, buyerOwner, sellerOwner, due, baselineDue, durationDays, estimate,"
            + " exitCriteria, status, started, completed, dependsOn, atRisk, notes");
  }

  @Test
  void readsAValueWithTheTypeOfItsFieldAndPlacesAWrongOne() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("\"from\":10,\"to\":50", "\"from\":10,\"to\":\"fifty\"");

    DocumentReadException e = readingFails(json);

    assertProblem(e.problems().get(0)).hasPointer("/milestones/0/changes/2/to")
        .isAt(1, json.indexOf("\"fifty\"") + 1);
  }

  @Test
  void asksForTheFieldBeforeItsValues() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("{\"field\":\"buyerOwner\",\"from\":\"marco\"",
            "{\"from\":\"marco\",\"field\":\"buyerOwner\"");

    DocumentReadException e = readingFails(json);

    assertProblem(e.problems().get(0)).hasPointer("/milestones/1/changes/0/from")
        .hasMessage("a field's change names its field before its values: write \"field\" first");
  }

  @Test
  void asksForTheFieldBeforeAValueThatIsAnObjectAndReadsOnAfterIt() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("{\"field\":\"buyerOwner\",\"from\":\"marco\"",
            "{\"from\":{\"id\":\"marco\",\"side\":[1]},\"field\":\"buyerOwner\"");

    DocumentReadException e = readingFails(json);

    assertThat(e.problems()).extracting(DocumentProblem::pointer)
        .containsExactly("/milestones/1/changes/0/from");
    assertProblem(e.problems().get(0)).isAt(1, json.indexOf("{\"id\":\"marco\"") + 1)
        .hasMessage("a field's change names its field before its values: write \"field\" first");
  }

  @Test
  void rejectsAChangeBetweenEqualValuesAtTheChange() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("\"to\":\"nina\"", "\"to\":\"marco\"");

    DocumentReadException e = readingFails(json);

    assertProblem(e.problems().get(0)).hasPointer("/milestones/1/changes/0")
        .isAt(1, json.indexOf("{\"field\":\"buyerOwner\"") + 1)
        .hasMessageContaining("needs two different values");
  }

  @Test
  void rejectsANullStatusBecauseAStatusAlwaysHasAValue() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("{\"field\":\"buyerOwner\",\"from\":\"marco\",\"to\":\"nina\"}",
            "{\"field\":\"status\",\"from\":null,\"to\":\"blocked\"}");

    DocumentReadException e = readingFails(json);

    assertProblem(e.problems().get(0)).hasPointer("/milestones/1/changes/0")
        .hasMessage("status always has a value in a diff (a status left out is not-started, an"
            + " at-risk flag false); from and to cannot be null");
  }

  @Test
  void rejectsAFinishSlipWithoutTwoProjectedFinishes() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("\"projectedFinish\":\"2027-01-15\",\"slackDays\":23,\"feasible\":true,"
            + "\"criticalPath\":[\"security-docs\",\"security-review\",\"legal\","
            + "\"procurement\",\"signature\"]",
            "\"projectedFinish\":null,\"slackDays\":null,\"feasible\":null,\"criticalPath\":null")
        .replace("\"from\":{\"latestRevision\":3,\"deadline\":\"2027-02-07\"",
            "\"from\":{\"latestRevision\":3,\"deadline\":null");

    DocumentReadException e = readingFails(json);

    assertProblem(e.problems().get(0)).hasPointer("/finishSlipDays")
        .isAt(1, json.indexOf("\"finishSlipDays\":5") + "\"finishSlipDays\":".length() + 1)
        .hasMessage("a finish slip compares two projected finishes; give null when a side has"
            + " none");
  }

  @Test
  void rejectsWorkingDaysOnAFieldThatIsNotADate() {
    String json = JSON.diffs().write(acmeComparison())
        .replace("\"from\":10,\"to\":50", "\"from\":10,\"to\":50,\"workingDays\":40");

    DocumentReadException e = readingFails(json);

    assertProblem(e.problems().get(0)).hasPointer("/milestones/0/changes/2")
        .hasMessageContaining("only a change between two dates moves by working days");
  }

  @Test
  void reportsEveryMissingFieldOfASide() {
    DocumentReadException e = readingFails("{\"format\":\"mutual-action-plan-diff/1\","
        + "\"planId\":\"p\",\"asOf\":\"2026-11-22\",\"from\":{},\"to\":{\"score\":100,"
        + "\"verdict\":\"ready\"},\"stakeholders\":{\"added\":[],\"removed\":[]},"
        + "\"signOffsStale\":[],\"milestones\":[]}");

    assertThat(e.problems()).extracting(DocumentProblem::pointer)
        .containsExactly("/from/score", "/from/verdict");
  }

  @Test
  void readsAnAddedMilestoneWithoutChangesAndRejectsOneWithChanges() {
    String base = "{\"format\":\"mutual-action-plan-diff/1\",\"planId\":\"p\","
        + "\"asOf\":\"2026-11-22\",\"from\":{\"score\":100,\"verdict\":\"ready\"},"
        + "\"to\":{\"score\":100,\"verdict\":\"ready\"},"
        + "\"stakeholders\":{\"added\":[],\"removed\":[]},\"signOffsStale\":[],\"milestones\":[";

    PlanComparison read = JSON.diffs().read(base + "{\"id\":\"a\",\"change\":\"added\"}]}");
    DocumentReadException e = readingFails(base + "{\"id\":\"a\",\"change\":\"added\","
        + "\"changes\":[{\"field\":\"title\",\"from\":\"A\",\"to\":\"B\"}]}]}");

    assertThat(read.changes().milestones()).hasSize(1);
    assertThat(read.from().hasSchedule()).isFalse();
    assertThat(read.changes().outcome()).isEmpty();
    assertProblem(e.problems().get(0)).hasPointer("/milestones/0")
        .hasMessageContaining("only a changed milestone has them");
  }

  @Test
  void theJacksonModuleWritesAndReadsTheSameDocument() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new MapJsonModule());
    PlanComparison comparison = acmeComparison();

    String json = mapper.writeValueAsString(comparison);

    assertThat(json).isEqualTo(JSON.diffs().write(comparison));
    assertThat(mapper.readValue(json, PlanComparison.class)).isEqualTo(comparison);
  }
}

package io.mutualplan.sheets;

import static io.mutualplan.sheets.Tables.ACME;
import static io.mutualplan.sheets.Tables.problems;
import static io.mutualplan.sheets.Tables.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.fixtures.Serialization;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvImportTest {
  private static final MapTable TABLE = MapTable.standard();

  private static MilestoneId id(String value) {
    return MilestoneId.of(value);
  }

  private static Milestone milestone(MutualActionPlan plan, String id) {
    return plan.milestone(id(id)).orElseThrow();
  }

  @Test
  void theFiveColumnSheetARepAlreadyHasBecomesAPlanWithItsPeople() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Step,Buyer,Seller,Target date,Done when
        Security questionnaire approved,Priya Nair,Jordan Blake,2026-12-18,Questionnaire signed off by IT
        MSA redlines agreed,Marco Ruiz,Alex Kim,2027-01-22,MSA countersigned
        Order form signed,Dan Ortiz,Alex Kim,2027-02-05,
        """), ACME).plan();

    assertThat(plan.id().value()).isEqualTo("acme-2027");
    assertThat(plan.buyer().name()).isEqualTo("Acme Corp");
    assertThat(plan.milestones()).extracting(m -> m.id().value())
        .containsExactly("security-questionnaire-approved", "msa-redlines-agreed",
            "order-form-signed");
    assertThat(plan.stakeholders()).extracting(Stakeholder::id, Stakeholder::name, Stakeholder::side)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StakeholderId.of("priya-nair"), "Priya Nair", Side.BUYER),
            org.assertj.core.groups.Tuple.tuple(StakeholderId.of("jordan-blake"), "Jordan Blake", Side.SELLER),
            org.assertj.core.groups.Tuple.tuple(StakeholderId.of("marco-ruiz"), "Marco Ruiz", Side.BUYER),
            org.assertj.core.groups.Tuple.tuple(StakeholderId.of("alex-kim"), "Alex Kim", Side.SELLER),
            org.assertj.core.groups.Tuple.tuple(StakeholderId.of("dan-ortiz"), "Dan Ortiz", Side.BUYER));
    Milestone legal = milestone(plan, "msa-redlines-agreed");
    assertThat(legal.buyerOwner()).contains(StakeholderId.of("marco-ruiz"));
    assertThat(legal.sellerOwner()).contains(StakeholderId.of("alex-kim"));
    assertThat(legal.due()).contains(LocalDate.of(2027, 1, 22));
    assertThat(legal.exitCriteria()).contains("MSA countersigned");
    assertThat(milestone(plan, "order-form-signed").exitCriteria()).isEmpty();
    assertThat(legal.status()).isEqualTo(MilestoneStatus.NOT_STARTED);
  }

  @ParameterizedTest(name = "''{0}'' is the {1} column")
  @CsvSource(delimiter = '|', textBlock = """
      Milestone        | Milestone
      Step             | Milestone
      title            | Milestone
      Buyer owner      | Buyer owner
      BUYER            | Buyer owner
      buyer_owner      | Buyer owner
      Seller owner     | Seller owner
      Seller           | Seller owner
      seller-owner     | Seller owner
      Due              | Due
      Target date      | Due
      Due date         | Due
      Date             | Due
      TargetDate       | Due
      Exit criteria    | Exit criteria
      Done when        | Exit criteria
      Proof            | Exit criteria
      Id               | Id
      Status           | Status
      Kind             | Kind
      Duration         | Duration
      Duration (days)  | Duration
      Days             | Duration
      duration(DAYS)   | Duration
      Depends on       | Depends on
      After            | Depends on
      Completed        | Completed
      Baseline due     | Baseline due
      baseline_due     | Baseline due
      Notes            | Notes
      """)
  void everyHeaderAliasNamesItsColumn(String header, String column) {
    io.mutualplan.sheets.internal.Column named =
        io.mutualplan.sheets.internal.Column.named(header).orElseThrow();
    assertThat(named.heading()).isEqualTo(column);
  }

  @Test
  void everyColumnIsReadUnderEachOfItsNames() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Title,Buyer,Seller,Date,Proof,Id,Status,Kind,Days,After,Completed,Baseline due,Notes
        Kickoff held,Maria Lopez,Riley Morgan,2026-06-10,Minutes sent,kickoff,Done,kickoff,1,,2026-06-10,2026-06-09,On time
        Demo with IT,,Riley Morgan,2026-06-15,IT attends,demo,In progress,demo,2,kickoff,,,
        """), ACME).plan();

    Milestone kickoff = milestone(plan, "kickoff");
    assertThat(kickoff.title()).isEqualTo("Kickoff held");
    assertThat(kickoff.status()).isEqualTo(MilestoneStatus.COMPLETE);
    assertThat(kickoff.completed()).contains(LocalDate.of(2026, 6, 10));
    assertThat(kickoff.baselineDue()).contains(LocalDate.of(2026, 6, 9));
    assertThat(kickoff.kind()).contains(MilestoneKind.KICKOFF);
    assertThat(kickoff.durationDays()).hasValue(1);
    assertThat(kickoff.notes()).contains("On time");
    Milestone demo = milestone(plan, "demo");
    assertThat(demo.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
    assertThat(demo.buyerOwner()).isEmpty();
    assertThat(demo.dependsOn()).containsExactly(Dependency.on("kickoff"));
  }

  @Test
  void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
    MutualActionPlan plan = TABLE.importCsv(csv(
        "Milestone,Exit criteria,Notes\r\n"
            + "\"Legal, procurement and security\",\"MSA \"\"final\"\" version\",\"line one\r\nline two\"\r\n"
            + "Signature,\"a; b\",\n"), ACME).plan();

    Milestone first = plan.milestones().get(0);
    assertThat(first.title()).isEqualTo("Legal, procurement and security");
    assertThat(first.exitCriteria()).contains("MSA \"final\" version");
    assertThat(first.notes()).contains("line one\r\nline two");
    assertThat(plan.milestones().get(1).exitCriteria()).contains("a; b");
  }

  @ParameterizedTest(name = "delimiter {0}")
  @ValueSource(strings = {",", ";", "\t"})
  void theDelimiterIsDetectedFromTheHeaderRow(String delimiter) {
    String text = String.join(delimiter, "Milestone", "Due", "Notes") + "\n"
        + String.join(delimiter, "Kickoff", "2026-06-10", "\"x, y; z\"") + "\n";
    MutualActionPlan plan = TABLE.importCsv(csv(text), ACME).plan();

    assertThat(plan.milestones()).singleElement().satisfies(m -> {
      assertThat(m.due()).contains(LocalDate.of(2026, 6, 10));
      assertThat(m.notes()).contains("x, y; z");
    });
  }

  @Test
  void aGivenDelimiterIsUsedInsteadOfTheDetectedOne() {
    MutualActionPlan plan =
        TABLE.withDelimiter(';').importCsv(csv("Milestone;Notes\nKickoff, with IT;a,b,c\n"), ACME)
            .plan();

    assertThat(plan.milestones().get(0).title()).isEqualTo("Kickoff, with IT");
    assertThat(plan.milestones().get(0).notes()).contains("a,b,c");
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheFirstHeader() {
    byte[] text = "\uFEFFMilestone,Buyer owner\nKickoff,Zoë Müller\n".getBytes(StandardCharsets.UTF_8);
    MutualActionPlan plan = TABLE.importCsv(new ByteArrayInputStream(text), ACME).plan();

    assertThat(plan.milestones().get(0).title()).isEqualTo("Kickoff");
    assertThat(plan.stakeholders().get(0).name()).isEqualTo("Zoë Müller");
    assertThat(plan.stakeholders().get(0).id()).isEqualTo(StakeholderId.of("zo-m-ller"));
  }

  @Test
  void aProblemWithTheNewPlansOwnFieldsIsReportedForTheWholeTable() {
    NewPlan untitled = NewPlan.builder().from(ACME).title("x".repeat(10_001)).build();

    assertThat(problems(() -> TABLE.importCsv(csv("Milestone\nKickoff\n"), untitled)))
        .singleElement().asString().startsWith("/title: ");
  }

  @Test
  void aTableThatIsNotUtf8SaysSo() {
    byte[] latin1 = "Milestone\nZürich kickoff\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(problems(() -> TABLE.importCsv(new ByteArrayInputStream(latin1), ACME)))
        .containsExactly("the table is not UTF-8 text (the byte at offset 11 is not UTF-8);"
            + " save it as CSV UTF-8");
  }

  @Test
  void aFileOfOnlyAByteOrderMarkIsAnEmptyTable() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    assertThat(problems(() -> TABLE.importCsv(new ByteArrayInputStream(bom), ACME)))
        .containsExactly("the table is empty; it needs a header row naming its columns (at"
            + " least Milestone) and a row per milestone");
  }

  @Test
  void emptyRowsAreSkippedAndRowsKeepTheNumbersTheSheetShows() {
    String text = "Milestone,Due\n\nKickoff,2026-06-10\n,\n   ,  \nDemo,tomorrow\n";

    assertThat(problems(() -> TABLE.importCsv(csv(text), ACME)))
        .containsExactly("row 6, Due: 'tomorrow' is not a date (yyyy-MM-dd)");
    assertThat(TABLE.importCsv(csv(text.replace("tomorrow", "2026-06-15")), ACME).plan()
        .milestones())
        .hasSize(2);
  }

  @Test
  void cellsAreTrimmed() {
    MutualActionPlan plan =
        TABLE.importCsv(csv("  Milestone , Due \n  Kickoff  ,  2026-06-10 \n"), ACME).plan();

    assertThat(plan.milestones().get(0).title()).isEqualTo("Kickoff");
    assertThat(plan.milestones().get(0).due()).contains(LocalDate.of(2026, 6, 10));
  }

  @Test
  void anUnknownColumnIsAnErrorUnlessTheCallerAsksToIgnoreIt() {
    String text = "Milestone,Colour,Due\nKickoff,red,2026-06-10\n";

    assertThat(problems(() -> TABLE.importCsv(csv(text), ACME))).containsExactly(
        "row 1, Colour: 'Colour' is not a column of the MAP table; the columns are Id, Milestone,"
            + " Buyer owner, Seller owner, Due, Status, Exit criteria, Kind, Duration, Depends on,"
            + " Completed, Baseline due, Notes; rename or remove the column, or ask to ignore"
            + " unknown columns");
    MutualActionPlan plan = TABLE.withIgnoreUnknownColumns(true).importCsv(csv(text), ACME).plan();
    assertThat(plan.milestones().get(0).due()).contains(LocalDate.of(2026, 6, 10));
  }

  @Test
  void aValueUnderNoHeaderIsAnErrorUnlessUnknownColumnsAreIgnored() {
    String text = "Milestone,,Due\nKickoff,,2026-06-10\nDemo,stray,\n";

    assertThat(problems(() -> TABLE.importCsv(csv(text), ACME))).containsExactly(
        "row 3, column B: 'stray' is in a column without a header; name the column in the header"
            + " row or empty it");
    assertThat(TABLE.withIgnoreUnknownColumns(true).importCsv(csv(text), ACME).plan().milestones())
        .hasSize(2);
  }

  @Test
  void aTableWithoutAMilestoneColumnIsAnError() {
    assertThat(problems(() -> TABLE.importCsv(csv("Due,Notes\n2026-06-10,x\n"), ACME)))
        .containsExactly("row 1: the table has no Milestone column (also called Step or Title);"
            + " the header row needs one");
    assertThat(problems(() -> TABLE.importCsv(csv("\n\n"), ACME)))
        .containsExactly("the table is empty; it needs a header row naming its columns (at least"
            + " Milestone) and a row per milestone");
  }

  /**
   * A header without rows would make a plan without milestones, or remove every milestone of the
   * plan it goes onto: it is almost surely the wrong file, and is refused in both modes.
   */
  @Test
  void aTableWithOnlyAHeaderIsAnErrorForANewPlanAndOntoAPlan() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    String onlyAHeader = "the table has only a header row, no milestone rows; imported, it would"
        + " give a plan without milestones (onto a plan, it would remove them all): check that it"
        + " is the right file, or add a row per milestone under the header";

    assertThat(problems(() -> TABLE.importCsv(csv("Milestone,Due\n\n"), ACME)))
        .containsExactly(onlyAHeader);
    assertThat(problems(() -> TABLE.importCsvOnto(csv("Milestone\n"), acme)))
        .containsExactly(onlyAHeader);
    // A header without a Milestone column is not a MAP table's: that alone is said of it.
    assertThat(problems(() -> TABLE.importCsvOnto(csv("Due\n"), acme))).containsExactly(
        "row 1: the table has no Milestone column (also called Step or Title); the header row"
            + " needs one");
  }

  /** Onto a plan without milestones, a header alone changes nothing: such a plan's export. */
  @Test
  void aTableWithOnlyAHeaderGoesOntoAPlanWithoutMilestones() {
    MutualActionPlan empty = MutualActionPlan.builder().id(PlanId.of("empty")).title("Empty")
        .buyer(Organization.of("Acme Corp")).seller(Organization.of("Globex")).build();
    byte[] export = Tables.bytes(out -> TABLE.exportCsv(empty, out));

    assertThat(TABLE.importCsvOnto(new ByteArrayInputStream(export), empty).plan())
        .isEqualTo(empty);
  }

  @Test
  void aColumnNamedTwiceIsAnError() {
    assertThat(problems(() -> TABLE.importCsv(csv("Milestone,Due,Target date\nKickoff,,\n"), ACME)))
        .containsExactly("row 1, Target date: a second Due column (the first is 'Due'); keep one");
  }

  @Test
  void aNameThatExistsOnlyOnTheOtherSideIsAnError() {
    String text = """
        Milestone,Buyer owner,Seller owner
        Kickoff,Sarah Chen,Alex Kim
        Demo,alex kim,Sarah Chen
        """;

    assertThat(problems(() -> TABLE.importCsv(csv(text), ACME))).containsExactly(
        "row 3, Buyer owner: 'alex kim' is on the seller side, at Globex; a buyer owner is"
            + " someone at Acme Corp",
        "row 3, Seller owner: 'Sarah Chen' is on the buyer side, at Acme Corp; a seller owner is"
            + " someone at Globex");
  }

  /**
   * Another case, two spaces or a no-break space between the words of a name do not make another
   * person.
   */
  @Test
  void ownersAreFoundByNameWhateverTheirCaseAndTheWhiteSpaceBetweenTheirWords() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Milestone,Buyer owner
        Kickoff,Sarah Chen
        Demo,SARAH CHEN
        Review,sarah  chen
        Close,Sarah\u00a0Chen
        """), ACME).plan();

    assertThat(plan.stakeholders()).singleElement()
        .satisfies(s -> assertThat(s.id()).isEqualTo(StakeholderId.of("sarah-chen")));
    assertThat(plan.milestones()).allSatisfy(
        m -> assertThat(m.buyerOwner()).contains(StakeholderId.of("sarah-chen")));
  }

  @Test
  void duplicateTitlesGetNumberedIdsAndAnIdCellWins() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Id,Milestone
        ,Legal review
        ,Legal review
        legal-review-2,Legal review
        ,!!!
        """), ACME).plan();

    assertThat(plan.milestones()).extracting(m -> m.id().value())
        .containsExactly("legal-review", "legal-review-3", "legal-review-2", "milestone");
  }

  @Test
  void twoRowsWithTheSameIdAreAnError() {
    assertThat(problems(() -> TABLE.importCsv(csv("Id,Milestone\nlegal,A\nsecurity,B\nlegal,C\n"),
        ACME))).containsExactly(
            "row 4, Id: 'legal' is also the id of row 2; each milestone needs its own id");
  }

  @Test
  void dependsOnNamesEarlierAndLaterRowsByIdOrByTitle() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Id,Milestone,Depends on
        security,Security review approved,
        legal,MSA redlines agreed,"security; purchase order issued"
        procurement,Purchase order issued,
        signature,Order form signed,"legal, Purchase Order Issued"
        """), ACME).plan();

    assertThat(milestone(plan, "legal").dependsOn())
        .containsExactly(Dependency.on("security"), Dependency.on("procurement"));
    assertThat(milestone(plan, "signature").dependsOn())
        .containsExactly(Dependency.on("legal"), Dependency.on("procurement"));
  }

  @Test
  void aDependsOnThatNamesNoRowOrSeveralIsAnError() {
    String text = """
        Milestone,Depends on
        Legal review,
        Legal review,
        Signature,"Legal review, Procurement"
        """;

    assertThat(problems(() -> TABLE.importCsv(csv(text), ACME))).containsExactly(
        "row 4, Depends on: 'Legal review' is the title of rows 2 and 3; name the one you mean by"
            + " its id",
        "row 4, Depends on: 'Procurement' is neither the id nor the title of a milestone in the"
            + " table; separate several with ',' or ';'");
  }

  /** A cycle is a real mistake in a real plan: the import keeps it, and the check reports it. */
  @Test
  void aDependencyCycleImportsAndTheCheckReportsIt() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Id,Milestone,Depends on
        a,Security review,c
        b,Legal review,a
        c,Procurement,b
        """), ACME).plan();

    assertThat(milestone(plan, "a").dependsOn()).containsExactly(Dependency.on("c"));
    List<Finding> findings = RuleEngine.builder().build()
        .evaluate(plan, LocalDate.of(2026, 6, 1)).findings();
    assertThat(findings).extracting(Finding::ruleId).contains("dependencies-acyclic");
  }

  @Test
  void datesInTheCallersPatternAreRead() {
    MutualActionPlan plan = TABLE.withDatePattern("dd/MM/yyyy")
        .importCsv(csv("Milestone,Due\nKickoff,15/04/2027\n"), ACME).plan();

    assertThat(plan.milestones().get(0).due()).contains(LocalDate.of(2027, 4, 15));
    assertThat(problems(() -> TABLE.importCsv(csv("Milestone,Due\nKickoff,15/04/2027\n"), ACME)))
        .containsExactly("row 2, Due: '15/04/2027' is not a date (yyyy-MM-dd)");
    assertThat(problems(() -> TABLE.withDatePattern("dd/MM/yyyy")
        .importCsv(csv("Milestone,Due\nKickoff,31/02/2027\n"), ACME)))
        .containsExactly("row 2, Due: '31/02/2027' is not a date (dd/MM/yyyy)");
  }

  @Test
  void aDatePatternWithoutAYearIsRefused() {
    assertThatThrownBy(() -> TABLE.withDatePattern("dd/MM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the date pattern 'dd/MM' does not name a whole date");
    assertThatThrownBy(() -> TABLE.withDelimiter('|'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the delimiter of a MAP table is ',', ';' or a tab, not '|'");
  }

  /** CRMs write dates with a time of day: such a pattern is refused for what it names. */
  @Test
  void aDatePatternWithATimeOfDayOrAZoneIsRefusedSayingSo() {
    for (String pattern : List.of("yyyy-MM-dd HH:mm", "dd/MM/yyyy VV", "dd.MM.yyyy XXX")) {
      assertThatThrownBy(() -> TABLE.withDatePattern(pattern))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the date pattern '" + pattern + "' names a time of day, a time zone or an"
              + " offset; a date pattern names a day only, as in dd/MM/yyyy");
    }
  }

  /**
   * A Depends on cell with a reference to no row keeps its other references: a problem of the
   * plan's check about those is reported with the cell's own, not on the next run.
   */
  @Test
  void aDependsOnCellsOwnProblemAndTheChecksProblemsAboutItsOtherReferencesComeTogether() {
    assertThat(problems(() -> TABLE.importCsv(csv("""
        Milestone,Depends on
        Dup,
        Close,"b , Dup, Dup"
        """), ACME))).containsExactly(
            "row 3, Depends on: 'b' is neither the id nor the title of a milestone in the table;"
                + " separate several with ',' or ';'",
            "row 3, Depends on: 'b , Dup, Dup': 'close' depends on 'dup' twice (also at"
                + " /milestones/1/dependsOn/0); keep one dependency");
  }

  @Test
  void completeWithoutACompletedDateIsAnErrorAsInThePlanFormat() {
    assertThat(problems(() -> TABLE.importCsv(csv("Milestone,Status,Completed\nKickoff,Done,\n"),
        ACME))).containsExactly("row 2, Completed: the status is complete but there is no completed"
            + " date; add the date it was done");
  }

  /** Every kind of cell problem at once, each with its row, column and cell, in table order. */
  @Test
  void everyProblemIsReportedTogetherWithItsRowColumnAndCell() {
    String text = """
        Id,Milestone,Buyer owner,Seller owner,Due,Status,Kind,Duration,Depends on,Completed
        kick off,Kickoff,Sarah Chen,Alex Kim,2027-02-30,Finished,meeting,five,,
        demo,,Sarah Chen,,2027-03-01,,,-1,nothing,
        close,Close,Alex Kim,,,complete,,20000,demo,someday
        """;

    List<String> problems = problems(() -> TABLE.importCsv(csv(text), ACME));

    assertThat(problems).containsExactly(
        "row 2, Id: 'kick off' is not a valid id: an id starts with a letter or digit, followed by"
            + " at most 99 letters, digits, '.', '_' or '-'",
        "row 2, Due: '2027-02-30' is not a date (yyyy-MM-dd)",
        "row 2, Status: 'Finished' is not a status; use one of not-started, scheduled, in-progress,"
            + " blocked, complete (Not started, In progress and Done are understood too)",
        "row 2, Kind: 'meeting' is not a kind of milestone; use one of champion-alignment,"
            + " stakeholder-alignment, discovery, demo, technical-validation, security-review,"
            + " business-case, reference-call, proposal, budget-approval, legal, procurement,"
            + " executive-sign-off, signature, kickoff, go-live-planning, implementation,"
            + " internal, other",
        "row 2, Duration: 'five' is not a number of working days; write a whole number from 0 to"
            + " 10000",
        "row 3, Milestone: a milestone needs a title: one specific action, such as 'Security"
            + " questionnaire approved'",
        "row 3, Duration: '-1' is not a number of working days; write a whole number from 0 to"
            + " 10000",
        "row 3, Depends on: 'nothing' is neither the id nor the title of a milestone in the table;"
            + " separate several with ',' or ';'",
        "row 4, Buyer owner: 'Alex Kim' is on the seller side, at Globex; a buyer owner is someone"
            + " at Acme Corp",
        "row 4, Duration: '20000' is not a number of working days; write a whole number from 0 to"
            + " 10000",
        "row 4, Completed: 'someday' is not a date (yyyy-MM-dd)");
  }

  @Test
  void theExceptionsMessageHasALinePerProblem() {
    assertThatThrownBy(() -> TABLE.importCsv(csv("Milestone,Due\nA,x\nB,y\n"), ACME))
        .isInstanceOf(TableException.class)
        .hasMessage("row 2, Due: 'x' is not a date (yyyy-MM-dd)\n"
            + "row 3, Due: 'y' is not a date (yyyy-MM-dd)");
  }

  @Test
  void theExceptionKeepsItsProblemsWhenSerialized() {
    TableException e = org.assertj.core.api.Assertions.catchThrowableOfType(TableException.class,
        () -> TABLE.importCsv(csv("Milestone,Due\nA,x\n"), ACME).plan());
    TableException all = new TableException(List.of(e.problems().get(0),
        TableProblem.inRow(3, "a whole row"), TableProblem.inTable("the whole table"),
        TableProblem.inCell(2, "Side", "vendor", "not a side").inSheet("Stakeholders")));

    TableException read = Serialization.roundTrip(all);

    assertThat(read.problems()).isEqualTo(all.problems()).hasSize(4);
    assertThat(read.problems().get(0)).hasToString("row 2, Due: 'x' is not a date (yyyy-MM-dd)");
    assertThat(read.getMessage()).isEqualTo(all.getMessage());
  }

  @Test
  void aProblemOfThePlansOwnCheckIsReportedAtItsRow() {
    String longTitle = "x".repeat(10_001);
    assertThat(problems(() -> TABLE.importCsv(csv("Milestone,Status,Completed\nKickoff,,2026-06-01\n"
        + longTitle + ",,\n"), ACME))).containsExactly(
            "row 2, Completed: '2026-06-01': there is a completed date but the status is"
                + " 'not-started'; set the status to complete or remove the date",
            "row 3, Milestone: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...': the milestone's title"
                + " is 10001 characters long; free text is at most 10000 characters");
  }

  @Test
  void aMalformedCsvSaysWhereReadingStopped() {
    assertThat(problems(() -> TABLE.importCsv(csv("Milestone,Notes\nKickoff,\"open\n"), ACME)))
        .containsExactly("row 2: the CSV cannot be read past this row: Unclosed quoted field at"
            + " end of input (record starting at line 2); a quote inside a quoted field is"
            + " written twice (\"\")");
  }

  @Test
  void importingOntoAPlanKeepsWhatTheTableCannotCarry() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    String text = """
        Id,Milestone,Buyer owner,Due,Depends on
        security-docs,Security documentation sent,,2026-11-27,
        security-review,IT security review approved,Priya Nair,2026-12-22,security-docs
        legal,MSA redlines agreed,marco ruiz,2027-01-22,"security-review, security-docs"
        new-step,Reference call with Initech,Lena Park,2027-01-10,
        """;

    MutualActionPlan plan = TABLE.importCsvOnto(csv(text), acme).plan();

    assertThat(plan.milestones()).extracting(m -> m.id().value()).containsExactly(
        "security-docs", "security-review", "legal", "new-step");
    Milestone review = milestone(plan, "security-review");
    Milestone before = milestone(acme, "security-review");
    assertThat(review.estimate()).isEqualTo(before.estimate());
    assertThat(review.sellerOwner()).isEqualTo(before.sellerOwner()); // no Seller owner column
    assertThat(review.due()).contains(LocalDate.of(2026, 12, 22));
    assertThat(review.baselineDue()).contains(LocalDate.of(2026, 12, 18)); // as moveDue keeps it
    assertThat(milestone(plan, "security-docs").started())
        .isEqualTo(milestone(acme, "security-docs").started());
    assertThat(milestone(plan, "legal").buyerOwner()).contains(StakeholderId.of("marco"));
    assertThat(milestone(plan, "new-step").buyerOwner()).contains(StakeholderId.of("lena"));
    assertThat(plan.stakeholders()).isEqualTo(acme.stakeholders());
    assertThat(plan.revisions()).isEqualTo(acme.revisions());
    assertThat(plan.outcome()).isEqualTo(acme.outcome());
  }

  /**
   * An import says what it did that the person importing should hear of: a misspelt owner became
   * a new person, rows the table lacks removed milestones (the first five named).
   */
  @Test
  void importingOntoAPlanNotesThePeopleAddedAndTheMilestonesRemoved() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");

    ImportedPlan imported = TABLE.importCsvOnto(csv("""
        Id,Milestone,Buyer owner,Seller owner
        security-review,IT security review approved,Priya Nayr,Casey Doe
        """), acme);

    assertThat(imported.notes()).containsExactly(
        "new buyer-side stakeholder 'Priya Nayr' (id priya-nayr), no one on that side has that"
            + " name",
        "new seller-side stakeholder 'Casey Doe' (id casey-doe), no one on that side has that"
            + " name",
        "removed 6 milestones the table has no row for: champion-alignment, security-docs,"
            + " business-case, legal, procurement and 1 more");
    assertThat(imported.plan().stakeholders()).extracting(s -> s.id().value())
        .endsWith("priya-nayr", "casey-doe");
  }

  /** Nothing to hear of, no note: a new plan's people all come from the table, as expected. */
  @Test
  void anImportThatOnlyChangesWhatTheTableShowsHasNoNotes() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    byte[] export = Tables.bytes(out -> TABLE.exportCsv(acme, out));

    assertThat(TABLE.importCsvOnto(new ByteArrayInputStream(export), acme).notes()).isEmpty();
    assertThat(TABLE.importCsv(new ByteArrayInputStream(export), ACME).notes()).isEmpty();
  }

  @Test
  void aSheetWithoutIdsImportedOntoItsPlanMatchesTheRowsByTitleAndKeepsEverythingElse() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    StringBuilder text = new StringBuilder("Milestone,Buyer owner,Seller owner,Due,Exit criteria\n");
    for (Milestone m : acme.milestones()) {
      text.append(quoted(m.title())).append(',')
          .append(ownerName(acme, m.buyerOwner())).append(',')
          .append(ownerName(acme, m.sellerOwner())).append(',')
          .append(m.due().map(LocalDate::toString).orElse("")).append(',')
          .append(quoted(m.exitCriteria().orElse(""))).append('\n');
    }

    assertThat(TABLE.importCsvOnto(csv(text.toString()), acme).plan()).isEqualTo(acme);
  }

  @Test
  void aRowWithoutAnIdIsANewMilestoneWhenItsTitleMatchesNoOldOneOrMoreThanOne() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    Milestone legal = milestone(acme, "legal");
    MutualActionPlan twoLegals = acme.withMilestones(Stream.concat(acme.milestones().stream(),
        Stream.of(legal.withId(id("legal-2")).withDependsOn()))
        .toList());

    MutualActionPlan renamed = TABLE.importCsvOnto(csv("Milestone\nMSA agreed\n"
        + "IT security review approved\n"), acme).plan();
    MutualActionPlan ambiguous = TABLE.importCsvOnto(csv("Milestone\n" + legal.title() + "\n"),
        twoLegals).plan();

    assertThat(renamed.milestones()).extracting(m -> m.id().value())
        .containsExactly("msa-agreed", "security-review");
    assertThat(milestone(renamed, "security-review").estimate())
        .isEqualTo(milestone(acme, "security-review").estimate());
    assertThat(ambiguous.milestones()).extracting(m -> m.id().value())
        .doesNotContain("legal", "legal-2");
  }

  /**
   * A sheet that drops a milestone and adds a row whose title makes that milestone's id: the new
   * row is a new milestone, not the old one with a new title (it would be complete, slipped and
   * estimated). Its id follows the rule for clashing slugs.
   */
  @Test
  void aNewRowNeverTakesTheIdOfAMilestoneTheSheetRemoved() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");

    MutualActionPlan withoutIds = TABLE.importCsvOnto(csv("""
        Milestone,Due
        Champion alignment,2027-01-10
        Security documentation sent,2026-11-27
        """), acme).plan();
    MutualActionPlan withIds = TABLE.importCsvOnto(csv("""
        Id,Milestone,Due,Duration
        procurement,Purchase order issued,2027-02-03,10
        ,Legal,2027-02-15,5
        """), acme).plan();

    Milestone champion = withoutIds.milestones().get(0);
    assertThat(champion.id().value()).isEqualTo("champion-alignment-2");
    assertThat(champion.status()).isEqualTo(MilestoneStatus.NOT_STARTED);
    assertThat(champion.completed()).isEmpty();
    assertThat(champion.baselineDue()).isEmpty();
    assertThat(champion.due()).contains(LocalDate.of(2027, 1, 10));
    Milestone legal = withIds.milestones().get(1);
    assertThat(legal.id().value()).isEqualTo("legal-2");
    assertThat(legal.estimate()).isEmpty();
    assertThat(legal.baselineDue()).isEmpty();
    assertThat(legal.kind()).isEmpty();
    // The old legal step is gone with its row: procurement no longer waits for it.
    assertThat(milestone(withIds, "procurement").dependsOn()).isEmpty();
  }

  private static String quoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static String ownerName(MutualActionPlan plan, Optional<StakeholderId> owner) {
    return quoted(owner.flatMap(plan::stakeholder).map(Stakeholder::name).orElse(""));
  }

  @Test
  void dependencyTypesAndLagsAreKeptWhenTheTableNamesTheSamePredecessor() {
    MutualActionPlan draft = Fixtures.plan("classic-mistakes");
    Dependency startToStart = Dependency.builder().milestone(id("demo"))
        .type(DependencyType.START_TO_START).lagDays(2).build();
    MutualActionPlan linked = draft.withMilestones(draft.milestones().stream()
        .map(m -> m.id().equals(id("evaluation")) ? m.withDependsOn(startToStart) : m).toList());

    MutualActionPlan same = TABLE.importCsvOnto(csv("Id,Milestone,Depends on\n"
        + "demo,Product demo with IT,\nevaluation,Evaluate solution,demo\n"), linked).plan();
    MutualActionPlan other = TABLE.importCsvOnto(csv("Id,Milestone,Depends on\n"
        + "demo,Product demo with IT,\nsecurity,Security,\n"
        + "evaluation,Evaluate solution,security\n"), linked).plan();

    assertThat(milestone(same, "evaluation").dependsOn()).containsExactly(startToStart);
    assertThat(milestone(other, "evaluation").dependsOn())
        .containsExactly(Dependency.on("security"));
  }

  /** The Acme plan with legal slipped: due 2027-01-22, first agreed for 2027-01-10. */
  static MutualActionPlan withLegalSlipped() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    return acme.withMilestones(acme.milestones().stream()
        .map(m -> m.id().value().equals("legal") ? m.withBaselineDue(LocalDate.of(2027, 1, 10)) : m)
        .toList());
  }

  /**
   * An empty Baseline due cell clears the baseline, as an empty cell clears the value of any
   * column the table has; but a cell emptied by accident (rows pasted from a sheet without the
   * column) would hide the slip the baseline shows, so the note names the date cleared.
   */
  @Test
  void anEmptyBaselineDueCellClearsTheBaselineAndTheNotesNameTheDate() {
    MutualActionPlan slipped = withLegalSlipped();
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    byte[] withoutBaselines = Tables.bytes(out -> TABLE.exportCsv(acme, out));

    ImportedPlan imported =
        TABLE.importCsvOnto(new ByteArrayInputStream(withoutBaselines), slipped);

    assertThat(milestone(imported.plan(), "legal").baselineDue()).isEmpty();
    assertThat(imported.plan()).isEqualTo(acme);
    assertThat(imported.notes()).containsExactly(
        "cleared the baseline due date 2027-01-10 of legal: its Baseline due cell is empty");
  }

  /**
   * An empty Baseline due cell on a milestone whose due date moves: the old due date becomes the
   * baseline (as moveDue keeps it when there is none), and the note names the one it replaced.
   */
  @Test
  void anEmptyBaselineDueCellOnAMovedDueDateNotesTheBaselineItReplaced() {
    MutualActionPlan slipped = withLegalSlipped();

    ImportedPlan imported = TABLE.importCsvOnto(csv(exportedWith(slipped, "legal",
        "2027-01-22,", "2027-02-05,", ",2027-01-10,", ",,")), slipped);

    Milestone legal = milestone(imported.plan(), "legal");
    assertThat(legal.due()).contains(LocalDate.of(2027, 2, 5));
    assertThat(legal.baselineDue()).contains(LocalDate.of(2027, 1, 22));
    assertThat(imported.notes()).containsExactly("replaced the baseline due date 2027-01-10 of"
        + " legal by its old due date 2027-01-22: its Baseline due cell is empty");
  }

  /**
   * A table without a Baseline due column cannot carry the baselines, so they are kept, even
   * when a due date moves, and nothing is noted.
   */
  @Test
  void aTableWithoutABaselineDueColumnKeepsEveryBaselineWithoutANote() {
    MutualActionPlan slipped = withLegalSlipped();
    StringBuilder text = new StringBuilder("Id,Milestone,Due\n");
    for (Milestone m : slipped.milestones()) {
      String due = m.id().value().equals("legal") ? "2027-02-05"
          : m.due().map(LocalDate::toString).orElse("");
      text.append(m.id()).append(',').append(quoted(m.title())).append(',').append(due)
          .append('\n');
    }

    ImportedPlan imported = TABLE.importCsvOnto(csv(text.toString()), slipped);

    Milestone legal = milestone(imported.plan(), "legal");
    assertThat(legal.due()).contains(LocalDate.of(2027, 2, 5));
    assertThat(legal.baselineDue()).contains(LocalDate.of(2027, 1, 10));
    assertThat(imported.notes()).isEmpty();
  }

  /**
   * A plan's export as CSV text, with replacements in one milestone's row: each pair of arguments
   * is what to find in the row and what to put instead.
   */
  private static String exportedWith(MutualActionPlan plan, String id, String... replacements) {
    String[] lines = new String(Tables.bytes(out -> TABLE.exportCsv(plan, out)),
        StandardCharsets.UTF_8).split("\r\n");
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String changed = line;
      if (line.startsWith(id + ",")) {
        for (int i = 0; i < replacements.length; i += 2) {
          assertThat(changed).contains(replacements[i]);
          changed = changed.replace(replacements[i], replacements[i + 1]);
        }
      }
      text.append(changed).append('\n');
    }
    return text.toString();
  }

  @Test
  void aMilestoneReopenedInTheTableLosesItsCompletionDate() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    MutualActionPlan plan = TABLE.importCsvOnto(csv("Id,Milestone,Status\n"
        + "champion-alignment,Evaluation team and go-live date confirmed,in progress\n"), acme)
        .plan();

    Milestone reopened = milestone(plan, "champion-alignment");
    assertThat(reopened.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
    assertThat(reopened.completed()).isEmpty();
  }

  /**
   * A table without a Completed column cannot show the date a step was done: setting such a step
   * back to another status drops the date, which the note names.
   */
  @Test
  void aStepReopenedInATableWithoutACompletedColumnNotesTheDateDropped() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    StringBuilder text = new StringBuilder("Id,Milestone,Status\n");
    for (Milestone m : acme.milestones()) {
      String status = m.id().value().equals("champion-alignment") ? "In progress"
          : m.status().spelling();
      text.append(m.id()).append(',').append(quoted(m.title())).append(',').append(status)
          .append('\n');
    }

    ImportedPlan imported = TABLE.importCsvOnto(csv(text.toString()), acme);

    assertThat(milestone(imported.plan(), "champion-alignment").completed()).isEmpty();
    assertThat(imported.notes()).containsExactly("dropped the completed date 2026-11-20 of"
        + " champion-alignment, which the table sets back to in-progress");
  }

  @Test
  void aNewPlanHasTheOutcomeItsFieldsGiveAndNoneWithoutThem() {
    NewPlan withOutcome = NewPlan.builder()
        .id(PlanId.of("acme-2027"))
        .title("Acme x Globex")
        .buyer("Acme Corp")
        .seller("Globex")
        .outcomeDate(LocalDate.of(2027, 3, 1))
        .outcomeLabel("Go-live")
        .leadTimeDays(5)
        .build();

    MutualActionPlan plan = TABLE.importCsv(csv("Milestone\nKickoff\n"), withOutcome).plan();

    assertThat(plan.outcome()).hasValueSatisfying(outcome -> {
      assertThat(outcome.date()).isEqualTo(LocalDate.of(2027, 3, 1));
      assertThat(outcome.label()).contains("Go-live");
      assertThat(outcome.leadTimeDays()).isEqualTo(5);
    });
    assertThat(TABLE.importCsv(csv("Milestone\nKickoff\n"), ACME).plan().outcome()).isEmpty();
  }

  @Test
  void anOutcomeLabelOrLeadTimeWithoutAnOutcomeDateIsRefused() {
    assertThatThrownBy(() -> NewPlan.builder().id(PlanId.of("p")).title("P").buyer("Acme Corp")
        .seller("Globex").outcomeLabel("Go-live").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an outcome label or lead time needs an outcome date; give the outcome date"
            + " too");
    assertThatThrownBy(() -> NewPlan.builder().id(PlanId.of("p")).title("P").buyer("Acme Corp")
        .seller("Globex").leadTimeDays(5).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(NewPlan.builder().id(PlanId.of("p")).title("P").buyer("Acme Corp")
        .seller("Globex").outcomeDate(LocalDate.of(2027, 3, 1)).outcomeLabel("Go-live")
        .leadTimeDays(5).build().leadTimeDays()).hasValue(5);
  }

  @Test
  void aDurationIsAWholeNumberOfDaysFromZeroToTheLimit() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Id,Milestone,Duration
        a,Kickoff,0
        b,Pilot,10000
        c,Review,3
        d,Close,3.0
        """), ACME).plan();

    assertThat(plan.milestones()).extracting(m -> m.durationDays().getAsInt())
        .containsExactly(0, 10_000, 3, 3);
    assertThat(problems(() -> TABLE.importCsv(csv("""
        Id,Milestone,Duration
        a,Kickoff,-1
        b,Pilot,10001
        c,Review,1.5
        """), ACME))).containsExactly(
            "row 2, Duration: '-1' is not a number of working days; write a whole number from 0"
                + " to 10000",
            "row 3, Duration: '10001' is not a number of working days; write a whole number from"
                + " 0 to 10000",
            "row 4, Duration: '1.5' is not a number of working days; write a whole number from 0"
                + " to 10000");
  }

  @Test
  void emptyReferencesInADependsOnCellAreSkipped() {
    MutualActionPlan plan = TABLE.importCsv(csv("""
        Id,Milestone,Depends on
        a,Kickoff,
        b,Review,"a, ;"
        """), ACME).plan();

    assertThat(milestone(plan, "b").dependsOn()).containsExactly(Dependency.on("a"));
  }

  /**
   * Two people on one side with the same name: each milestone keeps the one who owned it; an owner
   * the table changes is changed; and a new person never takes the id of someone the plan has.
   */
  @Test
  void ofTwoNamesakesTheMilestoneKeepsItsOwnerAndANewPersonGetsAFreeId() {
    MutualActionPlan before = MutualActionPlan.builder()
        .id(PlanId.of("acme-2027"))
        .title("Acme x Globex")
        .buyer(Organization.of("Acme Corp"))
        .seller(Organization.of("Globex"))
        .stakeholders(List.of(
            Stakeholder.builder().id(StakeholderId.of("sam-lee")).name("Sam Lee")
                .side(Side.BUYER).build(),
            Stakeholder.builder().id(StakeholderId.of("sam-lee-2")).name("Sam Lee")
                .side(Side.BUYER).build(),
            Stakeholder.builder().id(StakeholderId.of("pat-kim")).name("Patricia Kim")
                .side(Side.BUYER).build()))
        .milestones(List.of(
            Milestone.builder().id(id("a")).title("Kickoff")
                .buyerOwner(StakeholderId.of("sam-lee-2")).build(),
            Milestone.builder().id(id("b")).title("Review")
                .buyerOwner(StakeholderId.of("sam-lee")).build(),
            Milestone.builder().id(id("d")).title("Handover")
                .buyerOwner(StakeholderId.of("sam-lee")).build()))
        .build();

    ImportedPlan imported = TABLE.importCsvOnto(csv("""
        Id,Milestone,Buyer owner,Seller owner
        a,Kickoff,Sam Lee,Pat Kim
        b,Review,Sam Lee,
        c,Close,Sam Lee,
        d,Handover,Patricia Kim,
        """), before);

    MutualActionPlan plan = imported.plan();
    assertThat(milestone(plan, "a").buyerOwner()).contains(StakeholderId.of("sam-lee-2"));
    assertThat(milestone(plan, "b").buyerOwner()).contains(StakeholderId.of("sam-lee"));
    assertThat(milestone(plan, "c").buyerOwner()).contains(StakeholderId.of("sam-lee"));
    assertThat(milestone(plan, "a").sellerOwner()).contains(StakeholderId.of("pat-kim-2"));
    assertThat(milestone(plan, "d").buyerOwner()).contains(StakeholderId.of("pat-kim"));
    assertThat(imported.notes()).containsExactly("new seller-side stakeholder 'Pat Kim' (id"
        + " pat-kim-2), no one on that side has that name");
  }

  @Test
  void aPlanCheckProblemOfANewOwnerIsReportedInTheOwnersCell() {
    String tooLong = "x".repeat(10_001);

    assertThat(problems(() -> TABLE.importCsv(csv("Milestone,Buyer owner\nKickoff,Sam Lee\n"
        + "Review," + tooLong + "\n"), ACME))).containsExactly("row 3, Buyer owner: '"
            + "x".repeat(37) + "...': the stakeholder's name is 10001 characters long; free text is at"
            + " most 10000 characters");
  }

  @Test
  void theStandardTableAcceptsEachOfTheThreeDelimiters() {
    MapTable standard = MapTable.standard();
    for (char delimiter : new char[] {',', ';', '\t'}) {
      MutualActionPlan plan = standard.withDelimiter(delimiter)
          .importCsv(csv("Id" + delimiter + "Milestone\na" + delimiter + "Kickoff\n"), ACME)
          .plan();
      assertThat(milestone(plan, "a").title()).isEqualTo("Kickoff");
    }
  }
}

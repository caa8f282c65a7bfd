package io.mutualplan.sheets;

import static io.mutualplan.sheets.Tables.ACME;
import static io.mutualplan.sheets.Tables.header;
import static io.mutualplan.sheets.Tables.problems;
import static io.mutualplan.sheets.Tables.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.PlanGenerator;
import io.mutualplan.testkit.PlanGenerators;
import io.mutualplan.testkit.PlanProperty;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A workbook that becomes a new plan brings its people from its {@code Stakeholders} sheet (the
 * export's second sheet), with their sides, roles, job titles and emails; a workbook imported onto
 * a plan leaves the plan's people as they are.
 */
class StakeholderSheetTest {
  private static final MapTable TABLE = MapTable.standard();

  /** The Acme example, with an email for Sarah and Dan. */
  private static MutualActionPlan acmeWithEmails() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    return acme.withStakeholders(acme.stakeholders().stream()
        .map(s -> s.id().value().equals("sarah") || s.id().value().equals("dan")
            ? s.withEmail(s.id().value() + "@acme.example") : s)
        .toList());
  }

  private static byte[] exported(MutualActionPlan plan) {
    return Tables.bytes(out -> TABLE.exportXlsx(plan, out));
  }

  private static MutualActionPlan importNew(byte[] xlsx) {
    return TABLE.importXlsx(new ByteArrayInputStream(xlsx), ACME).plan();
  }

  /** A workbook of a two-step MAP sheet and a people's sheet of these rows. */
  private static byte[] withPeople(String[] headers, String[]... rows) {
    return workbook(List.of("MAP", "Stakeholders"), (name, sheet) -> {
      if (name.equals("MAP")) {
        header(sheet, "Milestone", "Buyer owner", "Seller owner");
        sheet.value(1, 0, "MSA redlines agreed");
        sheet.value(1, 1, "Marco Ruiz");
        sheet.value(1, 2, "Alex Kim");
      } else {
        header(sheet, headers);
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < rows[r].length; c++) {
            sheet.value(r + 1, c, rows[r][c]);
          }
        }
      }
    });
  }

  private static final String[] COLUMNS = {"Name", "Side", "Roles", "Title", "Email"};

  @Test
  void anExportedWorkbookBecomesANewPlanWithEveryoneAsTheyWere() {
    MutualActionPlan original = acmeWithEmails();

    MutualActionPlan plan = importNew(exported(original));

    assertThat(plan.stakeholders()).extracting(Stakeholder::name, Stakeholder::side,
        Stakeholder::roles, Stakeholder::title, Stakeholder::email)
        .isEqualTo(original.stakeholders().stream().map(s -> org.assertj.core.groups.Tuple.tuple(
            s.name(), s.side(), s.roles(), s.title(), s.email())).toList());
    assertThat(plan.stakeholder(StakeholderId.of("sarah-chen")).orElseThrow().email())
        .contains("sarah@acme.example");
    // Each milestone is owned by the same people, now under ids made from their names.
    for (int i = 0; i < plan.milestones().size(); i++) {
      assertThat(name(plan, plan.milestones().get(i).buyerOwner()))
          .isEqualTo(name(original, original.milestones().get(i).buyerOwner()));
      assertThat(name(plan, plan.milestones().get(i).sellerOwner()))
          .isEqualTo(name(original, original.milestones().get(i).sellerOwner()));
    }
  }

  private static Optional<String> name(MutualActionPlan plan, Optional<StakeholderId> id) {
    return id.flatMap(plan::stakeholder).map(Stakeholder::name);
  }

  @Test
  void peopleWhoOwnNoMilestoneComeAlongAndNewOwnersFollowThem() {
    byte[] xlsx = withPeople(COLUMNS,
        new String[] {"Dan Ortiz", "buyer", "economic-buyer", "CFO", "dan@acme.example"},
        new String[] {"Alex Kim", "Seller", "", "", ""});

    MutualActionPlan plan = importNew(xlsx);

    assertThat(plan.stakeholders()).extracting(s -> s.id().value())
        .containsExactly("dan-ortiz", "alex-kim", "marco-ruiz");
    assertThat(plan.stakeholder(StakeholderId.of("dan-ortiz")).orElseThrow().roles())
        .containsExactly(Role.ECONOMIC_BUYER);
    assertThat(plan.milestones().get(0).sellerOwner()).contains(StakeholderId.of("alex-kim"));
    assertThat(plan.stakeholder(StakeholderId.of("marco-ruiz")).orElseThrow().side())
        .isEqualTo(Side.BUYER);
  }

  @Test
  void theSheetsColumnsMayBeFewerAndInAnyOrderAndCase() {
    byte[] xlsx = withPeople(new String[] {"side", "E-mail", "NAME"},
        new String[] {"buyer", "marco@acme.example", "Marco Ruiz"});

    MutualActionPlan plan = importNew(xlsx);

    assertThat(plan.stakeholder(StakeholderId.of("marco-ruiz")).orElseThrow().email())
        .contains("marco@acme.example");
  }

  @Test
  void everyProblemOfThePeoplesSheetNamesTheSheetRowAndColumnAfterThoseOfTheTable() {
    byte[] xlsx = withPeople(COLUMNS,
        new String[] {"", "buyer", "", "", "x@acme.example"},
        new String[] {"Dan Ortiz", "vendor", "economic buyer, boss", "", ""},
        new String[] {"Marco Ruiz", "seller", "", "", ""});

    List<String> problems = problems(() -> importNew(xlsx));

    assertThat(problems).containsExactly(
        "row 2, Buyer owner: 'Marco Ruiz' is on the seller side, at Globex; a buyer owner is"
            + " someone at Acme Corp",
        "Stakeholders sheet, row 2, Name: a person needs a name",
        "Stakeholders sheet, row 3, Side: 'vendor' is not a side; write buyer or seller",
        "Stakeholders sheet, row 3, Roles: 'boss' is not a role; use one of champion,"
            + " economic-buyer, decision-maker, technical-evaluator, legal, security, procurement,"
            + " finance, executive-sponsor, end-user, account-executive, sales-engineer,"
            + " sales-manager, customer-success, other");
  }

  /** A formula's error is no name, side or email: reported as the MAP sheet reports it. */
  @Test
  void aCellHoldingAFormulaErrorIsReportedAsInTheTable() {
    byte[] ours = exported(acmeWithEmails());
    byte[] nameAndSide = Tables.replaceInPart(ours, "xl/worksheets/sheet2.xml",
        "<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Sarah Chen</t></is></c>"
            + "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">buyer</t></is></c>",
        "<c r=\"A2\" t=\"e\"><v>#REF!</v></c><c r=\"B2\" t=\"e\"><v>#N/A</v></c>");
    byte[] xlsx = Tables.replaceInPart(nameAndSide, "xl/worksheets/sheet2.xml",
        "<c r=\"E3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">dan@acme.example</t></is></c>",
        "<c r=\"E3\" t=\"e\"><v>#N/A</v></c>");

    assertThat(problems(() -> importNew(xlsx))).containsExactly(
        "Stakeholders sheet, row 2, Name: the cell holds a formula error (#REF!); fix the formula"
            + " or type the value",
        "Stakeholders sheet, row 2, Side: the cell holds a formula error (#N/A); fix the formula"
            + " or type the value",
        "Stakeholders sheet, row 3, Email: the cell holds a formula error (#N/A); fix the formula"
            + " or type the value");
  }

  @Test
  void aPlanCheckProblemOfAPersonIsFoundInTheirCell() {
    String tooLong = "x".repeat(10_001);
    byte[] xlsx = withPeople(COLUMNS,
        new String[] {"Marco Ruiz", "buyer", "legal", tooLong, ""});

    List<String> problems = problems(() -> importNew(xlsx));

    assertThat(problems).containsExactly("Stakeholders sheet, row 2, Title: '" + "x".repeat(37)
        + "...': the stakeholder's title is 10001 characters long; free text is at most 10000"
        + " characters");
  }

  @Test
  void unknownColumnsOfThePeoplesSheetAreAnErrorUnlessIgnored() {
    byte[] xlsx = withPeople(new String[] {"Name", "Side", "Phone"},
        new String[] {"Marco Ruiz", "buyer", "555-0100"});

    List<String> problems = problems(() -> importNew(xlsx));
    MutualActionPlan plan = TABLE.withIgnoreUnknownColumns(true)
        .importXlsx(new ByteArrayInputStream(xlsx), ACME).plan();

    assertThat(problems).containsExactly("Stakeholders sheet, row 1, Phone: 'Phone' is not a"
        + " column of the people's sheet; its columns are Name, Side, Roles, Title, Email; rename"
        + " or remove the column, or ask to ignore unknown columns");
    assertThat(plan.stakeholders()).extracting(Stakeholder::name)
        .containsExactly("Marco Ruiz", "Alex Kim");
  }

  @Test
  void aColumnNamedTwiceInThePeoplesSheetIsAnError() {
    byte[] xlsx = withPeople(new String[] {"Name", "Side", "name"},
        new String[] {"Marco Ruiz", "buyer", "Marco"});

    assertThat(problems(() -> importNew(xlsx))).containsExactly(
        "Stakeholders sheet, row 1, name: a second Name column; keep one");
  }

  @Test
  void aSheetCalledStakeholdersWithoutNamesAndSidesSaysWhatItNeeds() {
    byte[] xlsx = withPeople(new String[] {"Person", "Company"},
        new String[] {"Marco Ruiz", "Acme"});

    List<String> problems = problems(() -> TABLE.withIgnoreUnknownColumns(true)
        .importXlsx(new ByteArrayInputStream(xlsx), ACME));

    assertThat(problems).containsExactly("Stakeholders sheet, row 1: the sheet lists the plan's"
        + " people, and needs a Name and a Side column (Roles, Title and Email are optional);"
        + " rename the sheet if it is something else");
  }

  @Test
  void importedOntoAPlanTheWorkbookLeavesThePlansPeopleAsTheyAre() {
    MutualActionPlan acme = acmeWithEmails();
    byte[] xlsx = workbook(List.of("MAP", "Stakeholders"), (name, sheet) -> {
      if (name.equals("MAP")) {
        header(sheet, "Id", "Milestone");
        sheet.value(1, 0, "legal");
        sheet.value(1, 1, "MSA redlines agreed");
      } else {
        header(sheet, "Name", "Side");
        sheet.value(1, 0, "Somebody New");
        sheet.value(1, 1, "nonsense");
      }
    });

    MutualActionPlan plan = TABLE.importXlsxOnto(new ByteArrayInputStream(xlsx), acme).plan();

    assertThat(plan.stakeholders()).isEqualTo(acme.stakeholders());
  }

  @Test
  void thePeoplesSheetReadAsTheTableIsNotReadTwice() {
    byte[] xlsx = withPeople(new String[] {"Milestone", "Buyer owner"},
        new String[] {"Legal", "Marco Ruiz"});

    MutualActionPlan plan = TABLE.withSheet("stakeholders")
        .importXlsx(new ByteArrayInputStream(xlsx), ACME).plan();

    assertThat(plan.milestones()).extracting(m -> m.title()).containsExactly("Legal");
    assertThat(plan.stakeholders()).extracting(Stakeholder::name).containsExactly("Marco Ruiz");
  }

  @Test
  void aCsvTableHasNoPeoplesSheetAndItsOwnersArePeopleWithNamesOnly() {
    MutualActionPlan original = acmeWithEmails();
    byte[] csv = Tables.bytes(out -> TABLE.exportCsv(original, out));

    MutualActionPlan plan = TABLE.importCsv(new ByteArrayInputStream(csv), ACME).plan();

    assertThat(plan.stakeholders()).allSatisfy(s -> {
      assertThat(s.roles()).isEmpty();
      assertThat(s.email()).isEmpty();
    });
  }

  /** The generator's default plans, with a milestone at least: a table without rows is refused. */
  static PlanGenerator plansWithMilestones() {
    return PlanGenerators.validPlans().milestones(1, 12);
  }

  /**
   * Invariant: for any valid plan with milestones (a table without milestone rows makes no new
   * plan) whose people and milestones all have names and titles (a sheet row without one is a
   * problem to fix), a new plan made of its exported workbook has the same
   * people in the same order, each with the same name, side, roles, job title and email, as a
   * spreadsheet keeps them: trimmed, and an empty cell for none.
   */
  @PlanProperty(cases = 300, generator = "plansWithMilestones")
  void anyPlansPeopleComeBackFromItsWorkbook(MutualActionPlan plan) {
    assumeTrue(plan.stakeholders().stream().noneMatch(s -> s.name().isBlank()));
    assumeTrue(plan.milestones().stream().noneMatch(m -> m.title().isBlank()));

    MutualActionPlan fresh = importNew(exported(plan));

    assertThat(fresh.stakeholders()).extracting(Stakeholder::name, Stakeholder::side,
        Stakeholder::roles, Stakeholder::title, Stakeholder::email)
        .isEqualTo(plan.stakeholders().stream().map(s -> org.assertj.core.groups.Tuple.tuple(
            s.name().strip(), s.side(), s.roles(), trimmed(s.title()), trimmed(s.email())))
            .toList());
  }

  private static Optional<String> trimmed(Optional<String> text) {
    return text.map(String::strip).filter(t -> !t.isEmpty());
  }

  /** The table's problems come first even when a problem of the people's sheet has a lower row. */
  @Test
  void theTablesProblemsComeBeforeThoseOfThePeoplesSheetWhateverTheirRows() {
    byte[] xlsx = workbook(List.of("MAP", "Stakeholders"), (name, sheet) -> {
      if (name.equals("MAP")) {
        header(sheet, "Milestone", "Due");
        sheet.value(1, 0, "Kickoff");
        sheet.value(2, 0, "Review");
        sheet.value(2, 1, "soon");
      } else {
        header(sheet, COLUMNS);
        sheet.value(1, 1, "buyer");
      }
    });

    assertThat(problems(() -> importNew(xlsx))).containsExactly(
        "row 3, Due: 'soon' is not a date (yyyy-MM-dd)",
        "Stakeholders sheet, row 2, Name: a person needs a name");
  }

  /** An owner the people's sheet lacks is added, and a problem of theirs is in the owner's cell. */
  @Test
  void aPlanCheckProblemOfANewOwnerBesideThePeoplesSheetIsFoundInTheOwnersCell() {
    String tooLong = "x".repeat(10_001);
    byte[] xlsx = workbook(List.of("MAP", "Stakeholders"), (name, sheet) -> {
      if (name.equals("MAP")) {
        header(sheet, "Milestone", "Buyer owner");
        sheet.value(1, 0, "Kickoff");
        sheet.value(1, 1, tooLong);
      } else {
        header(sheet, COLUMNS);
        sheet.value(1, 0, "Marco Ruiz");
        sheet.value(1, 1, "buyer");
      }
    });

    assertThat(problems(() -> importNew(xlsx))).containsExactly("row 2, Buyer owner: '"
        + "x".repeat(37) + "...': the stakeholder's name is 10001 characters long; free text is"
        + " at most 10000 characters");
  }
}

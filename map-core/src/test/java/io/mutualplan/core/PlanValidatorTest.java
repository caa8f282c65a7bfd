package io.mutualplan.core;

import static io.mutualplan.core.TestPlans.ALEX;
import static io.mutualplan.core.TestPlans.DAN;
import static io.mutualplan.core.TestPlans.LEGAL;
import static io.mutualplan.core.TestPlans.SARAH;
import static io.mutualplan.core.TestPlans.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.fixtures.Serialization;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every value rule of plan-format.md's "What a reader rejects", with its pointer and sentence. */
class PlanValidatorTest {

  /** Builds the test plan with milestone {@code index} changed, expecting exactly one problem. */
  private static PlanProblem onlyProblemWithMilestone(int index, UnaryOperator<Milestone> change) {
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    milestones.set(index, change.apply(milestones.get(index)));
    return onlyProblem(TestPlans.builder().milestones(milestones));
  }

  private static PlanProblem onlyProblem(MutualActionPlan.Builder builder) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, builder::build);
    assertThat(e).as("the plan should be rejected").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void anInvalidPlanExceptionKeepsItsProblemsWhenSerialized() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> TestPlans.builder().title("x".repeat(10_001)).build());

    InvalidPlanException read = Serialization.roundTrip(e);

    assertThat(read.problems()).isEqualTo(e.problems()).isNotEmpty();
    assertThat(read.getMessage()).isEqualTo(e.getMessage());
  }

  @Test
  void anInvalidPlanExceptionsMessageListsAHundredProblemsAndCountsTheRest() {
    List<PlanProblem> problems = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      problems.add(new PlanProblem("/milestones/" + i + "/buyerOwner", "no such stakeholder"));
    }

    InvalidPlanException e = new InvalidPlanException(problems);

    List<String> lines = e.getMessage().lines().toList();
    assertThat(lines).hasSize(1 + InvalidPlanException.MAX_LISTED + 1);
    assertThat(lines.get(0)).isEqualTo("10000 problems in the plan:");
    assertThat(lines.get(1)).isEqualTo("  /milestones/0/buyerOwner: no such stakeholder");
    assertThat(lines.get(100)).isEqualTo("  /milestones/99/buyerOwner: no such stakeholder");
    assertThat(lines.get(101)).isEqualTo("  ... and 9900 more problems");
    assertThat(e.problems()).hasSize(10_000).isEqualTo(problems);
  }

  @Test
  void anInvalidPlanExceptionsMessageListsEveryProblemUpToAHundred() {
    List<PlanProblem> problems = new ArrayList<>();
    for (int i = 0; i < InvalidPlanException.MAX_LISTED; i++) {
      problems.add(new PlanProblem("/milestones/" + i + "/title", "the title is empty"));
    }

    String message = new InvalidPlanException(problems).getMessage();

    assertThat(message.lines()).hasSize(101).last()
        .isEqualTo("  /milestones/99/title: the title is empty");
    assertThat(new InvalidPlanException(problems.subList(0, 2)).getMessage()).isEqualTo(
        "2 problems in the plan:\n  /milestones/0/title: the title is empty"
            + "\n  /milestones/1/title: the title is empty");
  }

  @Test
  void theTestPlanIsValid() {
    assertThat(TestPlans.plan().milestones()).hasSize(3);
  }

  @Test
  void aDuplicateStakeholderIdPointsAtTheSecondOne() {
    PlanProblem problem = onlyProblem(TestPlans.builder().addStakeholder(
        Stakeholder.builder().id(SARAH).name("Sarah Other").side(Side.BUYER).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/stakeholders/3/id",
        "stakeholder id 'sarah' is used twice (also at /stakeholders/0); ids must be unique"));
  }

  @Test
  void aDuplicateMilestoneIdPointsAtTheSecondOne() {
    PlanProblem problem = onlyProblem(TestPlans.builder().addMilestone(
        Milestone.builder().id(LEGAL).title("Legal again").buyerOwner(SARAH).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/3/id",
        "milestone id 'legal' is used twice (also at /milestones/1); ids must be unique"));
  }

  @Test
  void aBuyerOwnerOnTheSellerSideIsRejected() {
    PlanProblem problem = onlyProblemWithMilestone(1, m -> m.withBuyerOwner(ALEX));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/1/buyerOwner",
        "buyerOwner 'alex' is on the seller side; a buyer owner must be a buyer-side stakeholder"));
  }

  @Test
  void aSellerOwnerOnTheBuyerSideIsRejected() {
    PlanProblem problem = onlyProblemWithMilestone(2, m -> m.withSellerOwner(DAN));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/2/sellerOwner",
        "sellerOwner 'dan' is on the buyer side; a seller owner must be a seller-side stakeholder"));
  }

  @Test
  void anOwnerWhoIsNotAStakeholderIsRejected() {
    PlanProblem problem =
        onlyProblemWithMilestone(0, m -> m.withBuyerOwner(StakeholderId.of("zoe")));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/0/buyerOwner",
        "buyerOwner 'zoe' is not a stakeholder of this plan; add them to stakeholders"));
  }

  @Test
  void aDependencyOnAnUnknownMilestoneIsRejected() {
    PlanProblem problem = onlyProblemWithMilestone(
        1, m -> m.withDependsOn(Dependency.on(SECURITY), Dependency.on("procurement")));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/1/dependsOn/1",
        "'legal' depends on 'procurement', which is not a milestone of this plan"));
  }

  @Test
  void theSamePredecessorTwiceIsRejected() {
    Dependency lagged = Dependency.builder().milestone(SECURITY)
        .type(DependencyType.START_TO_START).lagDays(3).build();
    PlanProblem problem =
        onlyProblemWithMilestone(1, m -> m.withDependsOn(Dependency.on(SECURITY), lagged));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/1/dependsOn/1",
        "'legal' depends on 'security-review' twice (also at /milestones/1/dependsOn/0);"
            + " keep one dependency"));
  }

  @Test
  void aLagBeyondTheLimitIsRejected() {
    Dependency lead = Dependency.builder().milestone(SECURITY).lagDays(-10_001).build();
    PlanProblem problem = onlyProblemWithMilestone(1, m -> m.withDependsOn(lead));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/1/dependsOn/0/lagDays",
        "lagDays -10001 is out of range; a lag is between -10000 and 10000 working days"));
  }

  @Test
  void aNegativeLagWithinTheLimitIsALead() {
    Dependency lead = Dependency.builder().milestone(SECURITY).lagDays(-5).build();
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    milestones.set(1, milestones.get(1).withDependsOn(lead));
    assertThat(TestPlans.builder().milestones(milestones).build().milestones().get(1).dependsOn())
        .containsExactly(lead);
  }

  @Test
  void aCompleteStatusNeedsACompletedDate() {
    PlanProblem problem =
        onlyProblemWithMilestone(0, m -> m.withStatus(MilestoneStatus.COMPLETE));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/0/completed",
        "the status is complete but there is no completed date; add the date it was done"));
  }

  @Test
  void aCompletedDateNeedsTheCompleteStatus() {
    PlanProblem problem = onlyProblemWithMilestone(0, m -> m
        .withStatus(MilestoneStatus.IN_PROGRESS).withCompleted(LocalDate.parse("2026-12-01")));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/0/completed",
        "there is a completed date but the status is 'in-progress'; set the status to complete"
            + " or remove the date"));
  }

  @Test
  void completedBeforeStartedIsRejected() {
    PlanProblem problem = onlyProblemWithMilestone(0, m -> m
        .withStatus(MilestoneStatus.COMPLETE)
        .withStarted(LocalDate.parse("2026-12-02"))
        .withCompleted(LocalDate.parse("2026-12-01")));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/0/completed",
        "completed 2026-12-01 is before started 2026-12-02"));
  }

  @Test
  void completedOnTheDayItStartedIsFine() {
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    milestones.set(0, milestones.get(0).withStatus(MilestoneStatus.COMPLETE)
        .withStarted(LocalDate.parse("2026-12-01")).withCompleted(LocalDate.parse("2026-12-01")));
    assertThat(TestPlans.builder().milestones(milestones).build().milestones().get(0).isComplete())
        .isTrue();
  }

  @Test
  void anEstimateOutOfOrderIsRejected() {
    PlanProblem problem =
        onlyProblemWithMilestone(1, m -> m.withEstimate(Estimate.of(10, 30, 20)));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/1/estimate",
        "the estimate is out of order (optimistic 10, likely 30, pessimistic 20); it needs"
            + " optimistic <= likely <= pessimistic"));
  }

  @Test
  void aNegativeDurationIsRejected() {
    PlanProblem problem = onlyProblemWithMilestone(1, m -> m.withDurationDays(-1));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/1/durationDays",
        "durationDays -1 is out of range; it must be between 0 and 10000 working days"));
  }

  @Test
  void aNegativeLeadTimeIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().outcome(
        Outcome.builder().date(LocalDate.parse("2027-03-01")).leadTimeDays(-2).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/outcome/leadTimeDays",
        "leadTimeDays -2 is out of range; it must be between 0 and 10000 working days"));
  }

  @Test
  void anOutcomeSetByAnUnknownStakeholderIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().outcome(Outcome.builder()
        .date(LocalDate.parse("2027-03-01")).setBy(StakeholderId.of("ceo")).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/outcome/setBy",
        "setBy 'ceo' is not a stakeholder of this plan; add them to stakeholders"));
  }

  @Test
  void revisionNumbersMustIncrease() {
    PlanProblem problem = onlyProblem(TestPlans.builder()
        .addRevision(TestPlans.revision(2, SARAH, "2026-11-20T10:30:00Z")));
    assertThat(problem).isEqualTo(new PlanProblem("/revisions/2/number",
        "revision 2 follows revision 2; revision numbers must increase"));
  }

  @Test
  void revisionNumbersStartAtOne() {
    PlanProblem problem = onlyProblem(TestPlans.builder()
        .revisions(List.of(TestPlans.revision(0, SARAH, "2026-11-20T10:30:00Z"))).signOffs(List.of()));
    assertThat(problem).isEqualTo(
        new PlanProblem("/revisions/0/number", "revision number 0 must be 1 or more"));
  }

  @Test
  void revisionInstantsMustNotGoBackwards() {
    PlanProblem problem = onlyProblem(TestPlans.builder()
        .addRevision(TestPlans.revision(3, ALEX, "2026-11-19T10:29:59Z")));
    assertThat(problem).isEqualTo(new PlanProblem("/revisions/2/at",
        "revision 3 at 2026-11-19T10:29:59Z is earlier than revision 2 at 2026-11-19T10:30:00Z;"
            + " the history must not go backwards in time"));
  }

  @Test
  void twoRevisionsAtTheSameInstantAreFine() {
    MutualActionPlan plan =
        TestPlans.builder().addRevision(TestPlans.revision(3, ALEX, "2026-11-19T10:30:00Z")).build();
    assertThat(plan.revisions()).hasSize(3);
  }

  @Test
  void aRevisionByAnUnknownAuthorIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder()
        .addRevision(TestPlans.revision(3, StakeholderId.of("intern"), "2026-11-20T10:30:00Z")));
    assertThat(problem).isEqualTo(new PlanProblem("/revisions/2/author",
        "the author 'intern' is not a stakeholder of this plan; add them to stakeholders"));
  }

  @Test
  void aSignOffOfAMissingRevisionIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().addSignOff(
        SignOff.builder().by(SARAH).revision(7).on(LocalDate.parse("2026-11-22")).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/signOffs/1/revision",
        "the sign-off names revision 7, which is not in the plan's revisions"));
  }

  @Test
  void aSignOffByAnUnknownStakeholderIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().addSignOff(SignOff.builder()
        .by(StakeholderId.of("board")).revision(1).on(LocalDate.parse("2026-11-22")).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/signOffs/1/by",
        "the sign-off 'board' is not a stakeholder of this plan; add them to stakeholders"));
  }

  @Test
  void aRoleListedTwiceIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().stakeholders(List.of(
        TestPlans.sarah(), TestPlans.dan().withRoles(Role.ECONOMIC_BUYER, Role.ECONOMIC_BUYER),
        TestPlans.alex())));
    assertThat(problem).isEqualTo(new PlanProblem("/stakeholders/1/roles/1",
        "role 'economic-buyer' is listed twice for Dan Ortiz; list each role once"));
  }

  @Test
  void aCalendarNeedsAWorkingDay() {
    PlanProblem problem = onlyProblem(TestPlans.builder()
        .calendar(CalendarSettings.builder().workingDays(List.of()).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/calendar/workingDays",
        "workingDays is empty; a calendar needs at least one working weekday"));
  }

  @Test
  void aWorkingDayListedTwiceIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().calendar(CalendarSettings.builder()
        .addWorkingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.MONDAY).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/calendar/workingDays/2",
        "'monday' appears twice in workingDays; list each working weekday once"));
  }

  @Test
  void aHolidayListedTwiceIsRejected() {
    LocalDate christmas = LocalDate.parse("2026-12-25");
    PlanProblem problem = onlyProblem(TestPlans.builder().calendar(CalendarSettings.builder()
        .addHolidays(christmas, LocalDate.parse("2027-01-01"), christmas).build()));
    assertThat(problem).isEqualTo(new PlanProblem("/calendar/holidays/2",
        "holiday 2026-12-25 is listed twice (also at /calendar/holidays/0); list it once"));
  }

  @Test
  void theDefaultCalendarWorksEveryDay() {
    assertThat(CalendarSettings.builder().build().workingDays())
        .containsExactly(DayOfWeek.values());
  }

  @Test
  void aNegativeDealValueIsRejected() {
    PlanProblem problem =
        onlyProblem(TestPlans.builder().dealValue(Money.of(new BigDecimal("-1.50"), "USD")));
    assertThat(problem).isEqualTo(new PlanProblem("/dealValue/amount",
        "the deal value -1.50 is negative; it must be >= 0"));
  }

  @Test
  void anUnknownCurrencyIsRejected() {
    PlanProblem problem =
        onlyProblem(TestPlans.builder().dealValue(Money.of(BigDecimal.TEN, "usd")));
    assertThat(problem).isEqualTo(new PlanProblem("/dealValue/currency",
        "'usd' is not an ISO-4217 currency code, such as USD or EUR"));
  }

  @Test
  void aCurrencyIsThreeCapitalLettersThatNameAnIsoCurrency() {
    assertThat(Money.currencyProblem("EUR")).isEmpty();
    assertThat(Money.currencyProblem("JPY")).isEmpty();
    assertThat(Money.currencyProblem("usd"))
        .hasValue("'usd' is not an ISO-4217 currency code, such as USD or EUR");
    assertThat(Money.currencyProblem("QQQ")).isPresent();
    assertThat(Money.currencyProblem("EURO")).isPresent();
    assertThat(Money.currencyProblem("")).isPresent();
  }

  @Test
  void amountsInScientificNotationAreKeptPlain() {
    Money money = Money.of(new BigDecimal("1.2E+5"), "EUR");
    assertThat(money.amount().toString()).isEqualTo("120000");
    assertThat(money).isEqualTo(Money.of(new BigDecimal("120000"), "EUR"));
  }

  @Test
  void anAmountWithAHugeExponentIsRejectedWithoutExpandingIt() {
    PlanProblem problem = onlyProblem(
        TestPlans.builder().dealValue(Money.of(new BigDecimal("1E+999999999"), "USD")));
    assertThat(problem).isEqualTo(new PlanProblem("/dealValue/amount",
        "the deal value has more than 40 digits before or after the decimal point; write the"
            + " amount in plain digits"));
  }

  @Test
  void textWithAnUnpairedSurrogateIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().goal("Go live \uD83D soon"));
    assertThat(problem).isEqualTo(new PlanProblem("/goal",
        "goal contains a broken character (an unpaired UTF-16 surrogate)"));
  }

  @Test
  void textWithPairedSurrogatesIsFine() {
    assertThat(TestPlans.builder().goal("Go live \uD83D\uDE80").build().goal()).isPresent();
  }

  @Test
  void textOverTenThousandCharactersIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().title("x".repeat(10_001)));
    assertThat(problem).isEqualTo(new PlanProblem("/title",
        "title is 10001 characters long; free text is at most 10000 characters"));
  }

  @Test
  void textOfExactlyTenThousandCharactersIsFine() {
    assertThat(TestPlans.builder().title("x".repeat(10_000)).build().title()).hasSize(10_000);
  }

  @Test
  void textOfTenThousandEmojiIsFineBecauseAnEmojiIsOneCharacter() {
    String emoji = "\uD83D\uDE80".repeat(10_000);

    assertThat(TestPlans.builder().title(emoji).putAttribute(emoji, emoji).build().title())
        .isEqualTo(emoji);
  }

  @Test
  void textOfTenThousandAndOneEmojiIsRejectedCountingCharacters() {
    PlanProblem problem =
        onlyProblem(TestPlans.builder().title("\uD83D\uDE80".repeat(10_001)));
    assertThat(problem).isEqualTo(new PlanProblem("/title",
        "title is 10001 characters long; free text is at most 10000 characters"));
  }

  @Test
  void anAttributeKeyIsEscapedInThePointer() {
    PlanProblem problem =
        onlyProblem(TestPlans.builder().putAttribute("crm/id~1", "y".repeat(10_001)));
    assertThat(problem.pointer()).isEqualTo("/attributes/crm~1id~01");
  }

  @Test
  void aDateOutsideTheFormatsRangeIsRejected() {
    PlanProblem problem = onlyProblemWithMilestone(0, m -> m.withDue(LocalDate.of(10_000, 1, 1)));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/0/due",
        "due +10000-01-01 is out of range; dates are between 0001-01-01 and 9999-12-31"));
  }

  @Test
  void theFirstAndLastDaysOfTheFormatAreInRangeAndTheDaysAroundThemAreNot() {
    assertThat(PlanLimits.dateProblem("due", PlanLimits.MIN_DATE)).isEmpty();
    assertThat(PlanLimits.dateProblem("due", PlanLimits.MAX_DATE)).isEmpty();
    assertThat(PlanLimits.dateProblem("asOf", LocalDate.of(0, 12, 31))).hasValue(
        "asOf 0000-12-31 is out of range; dates are between 0001-01-01 and 9999-12-31");
    assertThat(PlanLimits.dateProblem("asOf", LocalDate.of(10_000, 1, 1))).isPresent();
  }

  @Test
  void everyProblemIsReportedTogetherInDocumentOrder() {
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    milestones.set(0, milestones.get(0).withBuyerOwner(ALEX));
    milestones.set(2, milestones.get(2).withEstimate(Estimate.of(3, 2, 1)));
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> TestPlans.builder().title("t".repeat(10_001)).milestones(milestones).build());
    assertThat(e.problems()).extracting(PlanProblem::pointer).containsExactly(
        "/title", "/milestones/0/buyerOwner", "/milestones/2/estimate");
    assertThat(e.getMessage()).startsWith("3 problems in the plan:\n  /title: title is 10001");
  }

  /** Free text and dates outside the milestones are checked as the milestones' are. */
  @Test
  void everyTextDateAndInstantOutsideTheMilestonesIsChecked() {
    String broken = "Go live \uD83D soon";
    LocalDate tooLate = LocalDate.of(10_000, 1, 1);
    MutualActionPlan.Builder builder = TestPlans.builder()
        .buyer(Organization.of(broken))
        .seller(Organization.of(broken))
        .outcome(Outcome.builder().date(tooLate).label(broken).leadTimeDays(21).build())
        .calendar(CalendarSettings.builder().addHolidays(tooLate).build())
        .createdOn(tooLate)
        .stakeholders(List.of(TestPlans.sarah().withName(broken).withTitle(broken)
            .withEmail(broken), TestPlans.dan(), TestPlans.alex()))
        .revisions(List.of(
            TestPlans.revision(1, ALEX, "2026-11-18T16:00:00Z").withSummary(broken),
            Revision.builder().number(2).author(SARAH).at(Instant.MAX).build()))
        .signOffs(List.of(SignOff.builder().by(DAN).revision(2).on(tooLate).build()));

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, builder::build);

    assertThat(e.problems()).extracting(PlanProblem::pointer).containsExactly(
        "/buyer/name", "/seller/name", "/outcome/date", "/outcome/label",
        "/calendar/holidays/0", "/createdOn", "/stakeholders/0/name", "/stakeholders/0/title",
        "/stakeholders/0/email", "/revisions/0/summary", "/revisions/1/at", "/signOffs/0/on");
    assertThat(e.problems()).contains(
        new PlanProblem("/outcome/date", "the outcome date +10000-01-01 is out of range; dates"
            + " are between 0001-01-01 and 9999-12-31"),
        new PlanProblem("/revisions/1/at", "instant " + Instant.MAX + " is out of range;"
            + " instants are between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z"));
  }

  @Test
  void aTextThatStartsWithAnUnpairedSurrogateIsRejected() {
    PlanProblem problem = onlyProblem(TestPlans.builder().goal("\uD83D soon"));
    assertThat(problem.pointer()).isEqualTo("/goal");
  }

  @Test
  void aMilestonesAttributeIsPointedAtUnderThatMilestone() {
    PlanProblem problem = onlyProblemWithMilestone(0,
        m -> m.withAttributes(Map.of("crm", "y".repeat(10_001))));
    assertThat(problem.pointer()).isEqualTo("/milestones/0/attributes/crm");
  }

  @Test
  void aRepeatedPredecessorNamesWhereItWasFirstListed() {
    Dependency lagged = Dependency.builder().milestone(LEGAL).lagDays(3).build();
    PlanProblem problem = onlyProblemWithMilestone(2,
        m -> m.withDependsOn(Dependency.on(SECURITY), Dependency.on(LEGAL), lagged));
    assertThat(problem).isEqualTo(new PlanProblem("/milestones/2/dependsOn/2",
        "'signature' depends on 'legal' twice (also at /milestones/2/dependsOn/1);"
            + " keep one dependency"));
  }

  @Test
  void anEstimateWithThreeEqualPointsIsInOrder() {
    List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
    milestones.set(1, milestones.get(1).withEstimate(Estimate.of(5, 5, 5)));
    assertThat(TestPlans.builder().milestones(milestones).build().milestones().get(1).estimate())
        .contains(Estimate.of(5, 5, 5));
  }

  @Test
  void aLikelyEstimateOutOfRangeIsNamedBesideTheOrder() {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> {
      List<Milestone> milestones = new ArrayList<>(TestPlans.plan().milestones());
      milestones.set(1, milestones.get(1).withEstimate(Estimate.of(0, 20_000, 5)));
      TestPlans.builder().milestones(milestones).build();
    });
    assertThat(e.problems()).extracting(PlanProblem::pointer)
        .containsExactly("/milestones/1/estimate/likely", "/milestones/1/estimate");
  }

  @Test
  void aDealValueOfZeroOrOfFortyDigitsOnEachSideIsFine() {
    Money zero = Money.of(BigDecimal.ZERO, "USD");
    Money widest = Money.of(new BigDecimal("9".repeat(40) + "." + "9".repeat(40)), "USD");

    assertThat(TestPlans.builder().dealValue(zero).build().dealValue()).contains(zero);
    assertThat(TestPlans.builder().dealValue(widest).build().dealValue()).contains(widest);
  }

  /** plan-format.md's limits: a million milestones and a million stakeholders, not one more. */
  @Test
  void aPlanHoldsAMillionMilestonesAndAMillionStakeholdersButNotOneMore() {
    List<Milestone> milestones = new ArrayList<>();
    List<Stakeholder> people = new ArrayList<>();
    for (int i = 0; i < PlanLimits.MAX_MILESTONES; i++) {
      milestones.add(Milestone.builder().id(MilestoneId.of("m" + i)).title("Step").build());
    }
    for (int i = 0; i < PlanLimits.MAX_STAKEHOLDERS; i++) {
      people.add(Stakeholder.builder().id(StakeholderId.of("p" + i)).name("P").side(Side.BUYER)
          .build());
    }
    MutualActionPlan.Builder bare = MutualActionPlan.builder().id(PlanId.of("big"))
        .title("Big").buyer(Organization.of("Acme")).seller(Organization.of("Globex"));

    assertThat(bare.milestones(milestones).stakeholders(people).build().milestones())
        .hasSize(PlanLimits.MAX_MILESTONES);

    milestones.add(Milestone.builder().id(MilestoneId.of("one-more")).title("Step").build());
    people.add(Stakeholder.builder().id(StakeholderId.of("one-more")).name("P").side(Side.BUYER)
        .build());
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> bare.milestones(milestones).stakeholders(people).build());
    assertThat(e.problems()).containsExactly(
        new PlanProblem("/stakeholders",
            "a plan may have at most 1000000 stakeholders; this one has 1000001"),
        new PlanProblem("/milestones",
            "a plan may have at most 1000000 milestones; this one has 1000001"));
  }

  @Test
  void withCopiesAreCheckedToo() {
    assertThatThrownBy(() -> TestPlans.plan().withTitle("z".repeat(10_001)))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageStartingWith("/title: title is 10001 characters long");
  }
}

package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.rules.fixtures.Check;
import io.mutualplan.rules.spi.Severity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DueDateSlippedTest {
  private static final MilestoneId LEGAL = MilestoneId.of("legal");

  /** Acme's legal step, first due 2027-01-22, moved to another date. */
  private static MutualActionPlan legalMovedTo(String due) {
    return ExamplePlans.acme().moveDue(LEGAL, LocalDate.parse(due));
  }

  @Test
  void aDueDateMovedMoreThanTenWorkingDaysPastItsBaselineHasSlipped() {
    assertThat(findings("due-date-slipped", legalMovedTo("2027-02-02"))).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.milestone()).contains(LEGAL);
          assertThat(f.path()).contains("/milestones/4/due");
          assertThat(f.message()).isEqualTo("MSA redlines agreed (legal) is due 2027-02-02,"
              + " 11 days after 2027-01-22, the date both sides first agreed.");
          assertThat(f.hint()).startsWith("Don't let the slip pass quietly: ask Marco what"
              + " shifted (\"we are about two weeks behind; what shifted?\")");
        });
  }

  @Test
  void theRulePagesExampleIsWhatTheRuleSays() {
    assertThat(findings("due-date-slipped", legalMovedTo("2027-02-12"))).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).isEqualTo("MSA redlines agreed (legal) is due 2027-02-12,"
              + " 21 days after 2027-01-22, the date both sides first agreed.");
          assertThat(f.hint()).isEqualTo("Don't let the slip pass quietly: ask Marco what"
              + " shifted (\"we are about two weeks behind; what shifted?\"), and decide"
              + " together whether the step can be sped up or the steps after it, and the"
              + " outcome, have to move. Write the reason in the milestone's notes, where both"
              + " sides see it.");
        });
  }

  @Test
  void tenWorkingDaysIsStillWithinTheDefault() {
    assertThat(findings("due-date-slipped", legalMovedTo("2027-02-01"))).isEmpty();
  }

  @Test
  void aDateMovedEarlierOrNeverMovedHasNotSlipped() {
    assertThat(findings("due-date-slipped", legalMovedTo("2027-01-05"))).isEmpty();
    assertThat(findings("due-date-slipped", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void slipIsCountedInWorkingDaysOfThePlansCalendar() {
    // Weekdays only, with Friday 2027-01-29 a holiday: from Friday 2027-01-22, 2027-02-05 is 9
    // working days later (14 calendar days) and has not slipped; Tuesday 2027-02-09 is 11.
    CalendarSettings weekdays = CalendarSettings.builder()
        .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
        .addHoliday(LocalDate.parse("2027-01-29"))
        .build();

    assertThat(findings("due-date-slipped", legalMovedTo("2027-02-05").withCalendar(weekdays)))
        .isEmpty();
    assertThat(findings("due-date-slipped", legalMovedTo("2027-02-09").withCalendar(weekdays)))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("is due 2027-02-09, 11 working days after 2027-01-22"));
  }

  @Test
  void aCompletedMilestoneHasNoSlipLeftToDiscuss() {
    MutualActionPlan done = edit(legalMovedTo("2027-03-01"), "legal",
        m -> m.withStatus(MilestoneStatus.COMPLETE).withCompleted(LocalDate.parse("2026-11-21")));
    assertThat(findings("due-date-slipped", done)).isEmpty();
  }

  @Test
  void aBaselineWithoutADueDateIsNotASlip() {
    assertThat(findings("due-date-slipped",
        edit(legalMovedTo("2027-03-01"), "legal", m -> m.withDue(java.util.Optional.empty()))))
        .isEmpty();
  }

  @Test
  void maxSlipDaysSetsTheThreshold() {
    RuleEngine strict = RuleEngine.builder().override("due-date-slipped",
        RuleOverride.builder().putParameter("maxSlipDays", 0).build()).build();

    assertThat(Check.findings(strict, "due-date-slipped", legalMovedTo("2027-01-23"),
        ExamplePlans.AS_OF)).hasSize(1);
    assertThat(Check.findings(strict, "due-date-slipped", legalMovedTo("2027-01-22"),
        ExamplePlans.AS_OF)).isEmpty();
  }

  @Test
  void lightweightPlansAreCheckedToo() {
    assertThat(lightweightFindings("due-date-slipped", legalMovedTo("2027-02-12"))).hasSize(1);
  }

  @Test
  void aPlanWithACycleIsCheckedToo() {
    MutualActionPlan cycle = edit(legalMovedTo("2027-02-12"), "security-review",
        m -> m.withDependsOn(io.mutualplan.core.Dependency.on("legal")));
    assertThat(findings("dependencies-acyclic", cycle)).hasSize(1);
    assertThat(findings("due-date-slipped", cycle)).hasSize(1);
  }
}

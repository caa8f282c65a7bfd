package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.fixtures.TestRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan looked at on the edge of the calendar has no schedule, as a plan with a cycle has none:
 * its schedule would hold dates no plan can (Acme's unfinished steps, as of 9999-12-31, would end
 * in the year 10000; an outcome on 0001-01-03 with 5 days of lead time leaves a deadline in the
 * year 0).
 */
class ScheduleOutOfRangeTest {
  private static final LocalDate LAST_DAY = LocalDate.parse("9999-12-31");

  @Test
  void theRuleThatComparesDatesSaysNothingAndNoRuleFails() {
    QualityReport report = RuleEngine.builder().build().evaluate(ExamplePlans.acme(), LAST_DAY);

    assertThat(report.findingsOf(RuleEngine.RULE_FAILED)).isEmpty();
    assertThat(report.findingsOf("due-date-realistic")).isEmpty();
    assertThat(report.findingsOf("dependencies-acyclic")).isEmpty();
    // The rules that need no schedule run as usual: every open step is long overdue.
    assertThat(report.findingsOf("overdue")).hasSize(6);
    assertThat(report.findingsOf("outcome-anchored")).isEmpty();
    // Feasibility needs no dates: the passes' working days say the deadline is long gone.
    assertThat(report.findingsOf("schedule-feasible")).hasSize(1);
  }

  @Test
  void aDeadlineBeforeTheFirstDateAPlanCanHoldIsNoDeadlineARuleSees() {
    List<String> seen = new ArrayList<>();
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(TestRules.rule("observer", context -> {
          seen.add("schedule " + context.schedule().isPresent());
          seen.add("deadline " + context.deadline().isPresent());
        }))
        .build();

    engine.evaluate(TestPlans.outcomeInTheFirstDays(), LocalDate.parse("0001-01-01"));

    assertThat(seen).containsExactly("schedule false", "deadline false");
  }

  @Test
  void aRuleSeesNeitherAScheduleNorACycleButStillTheCalendarAndTheDeadline() {
    List<String> seen = new ArrayList<>();
    RuleEngine engine = RuleEngine.builder().withBuiltInRules(false)
        .addRule(TestRules.rule("observer", context -> {
          seen.add("schedule " + context.schedule().isPresent());
          seen.add("cycle " + context.dependencyCycle().isPresent());
          seen.add("deadline " + context.deadline().orElseThrow());
          seen.add("calendar " + context.calendar().isWorkingDay(LAST_DAY));
        }))
        .build();

    engine.evaluate(ExamplePlans.acme(), LAST_DAY);

    assertThat(seen).containsExactly(
        "schedule false", "cycle false", "deadline 2027-02-07", "calendar true");
  }
}

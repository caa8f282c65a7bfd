package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanProblem;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Building a plan backwards: missing due dates become late finish dates. */
class DeriveDueDatesTest {
  private static final LocalDate AS_OF = date("2026-11-22");

  /**
   * Acme's due dates once derived as of {@link #AS_OF}: the complete first milestone's as given,
   * then the late finish dates of the six open ones.
   */
  private static List<Optional<LocalDate>> acmeDerived(Optional<LocalDate> complete) {
    return List.of(
        complete,
        Optional.of(date("2026-12-16")),
        Optional.of(date("2026-12-31")),
        Optional.of(date("2027-01-28")),
        Optional.of(date("2027-01-28")),
        Optional.of(date("2027-02-07")),
        Optional.of(date("2027-02-07")));
  }

  /** Acme with its due dates removed gets the late finish dates of its schedule. */
  @Test
  void fillsMissingDueDatesWithLateFinishDates() {
    MutualActionPlan sketch = withoutDueDates(ExamplePlans.acme());

    MutualActionPlan derived = Scheduler.deriveDueDates(sketch, AS_OF);

    assertThat(dueDates(derived)).containsExactlyElementsOf(
        acmeDerived(Optional.empty())); // champion-alignment is complete: left alone
    assertThat(derived.milestones()).allMatch(m -> m.baselineDue().isEmpty());
  }

  @Test
  void keepsDueDatesThatAreAlreadySet() {
    MutualActionPlan acme = ExamplePlans.acme();

    assertThat(Scheduler.deriveDueDates(acme, AS_OF)).isSameAs(acme);
  }

  @Test
  void overwritesDueDatesWhenAsked() {
    MutualActionPlan derived = Scheduler.deriveDueDates(ExamplePlans.acme(), AS_OF, true);

    assertThat(dueDates(derived)).containsExactlyElementsOf(
        acmeDerived(Optional.of(date("2026-11-20")))); // complete: its committed date stays
    assertThat(derived.milestones()).allMatch(m -> m.baselineDue().isEmpty());
    assertThat(derived.withMilestones(ExamplePlans.acme().milestones()))
        .isEqualTo(ExamplePlans.acme());
  }

  @Test
  void refusesAPlanWithoutAnOutcome() {
    MutualActionPlan plan = plan(step("a", 1));

    assertThatThrownBy(() -> Scheduler.deriveDueDates(plan, AS_OF))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.problems()).extracting(PlanProblem::pointer).containsExactly("/outcome"))
        .hasMessageContaining("the plan has no outcome");
  }

  @Test
  void refusesAPlanWithACycle() {
    MutualActionPlan plan = withoutDueDates(ExamplePlans.acme());
    MutualActionPlan cyclic = plan.withMilestones(plan.milestones().stream()
        .map(m -> m.id().equals(id("security-docs"))
            ? m.withDependsOn(io.mutualplan.core.Dependency.on("security-review")) : m)
        .collect(Collectors.toList()));

    assertThatThrownBy(() -> Scheduler.deriveDueDates(cyclic, AS_OF))
        .isInstanceOf(CyclicDependencyException.class)
        .hasMessage("dependency cycle: security-docs -> security-review -> security-docs");
  }

  private static MutualActionPlan withoutDueDates(MutualActionPlan plan) {
    return plan.withMilestones(plan.milestones().stream()
        .map(m -> m.withDue(Optional.empty()))
        .collect(Collectors.toList()));
  }

  private static List<Optional<LocalDate>> dueDates(MutualActionPlan plan) {
    return plan.milestones().stream().map(Milestone::due).collect(Collectors.toList());
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.json.MapJson;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeriveDatesCommandTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  @Test
  void fillsEachMissingDueDateWithTheLateFinishAndKeepsTheOthers() {
    MutualActionPlan plan = MapJson.standard().plans().read(TestPlans.chainWithoutDueDates());
    Schedule schedule = Scheduler.schedule(plan, AS_OF);

    Result result = map("derive-dates", "-", "--as-of", "2026-11-22")
        .stdin(TestPlans.chainWithoutDueDates()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).endsWith("}\n").doesNotContain("\n  ");
    MutualActionPlan derived = MapJson.standard().plans().read(result.stdout());
    assertThat(derived.milestones().get(0).due()).contains(schedule.milestone(0).lateFinish());
    assertThat(derived.milestones().get(1).due()).contains(schedule.milestone(1).lateFinish());
    assertThat(derived.milestones().get(2).due()).contains(LocalDate.parse("2027-01-10"));
    assertThat(derived.milestones().get(0).due()).contains(LocalDate.parse("2027-01-27"));
  }

  @Test
  void overwriteReplacesDueDatesThatAreSet() {
    Result result = map("derive-dates", "-", "--as-of", "2026-11-22", "--overwrite")
        .stdin(TestPlans.chainWithoutDueDates()).run();

    MutualActionPlan derived = MapJson.standard().plans().read(result.stdout());
    assertThat(derived.milestones().get(2).due()).contains(LocalDate.parse("2027-01-30"));
    assertThat(derived.milestones().stream().map(Milestone::baselineDue))
        .containsOnly(Optional.empty());
  }

  @Test
  void aPlanWithoutAnOutcomeIsBadInputThatSaysWhatToAdd() {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5}");

    Result result = map("derive-dates", "-").stdin(plan).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).startsWith("map: <stdin>: /outcome: the plan has no outcome");
  }

  @Test
  void completedMilestonesKeepTheirDates() throws Exception {
    Result result = map("derive-dates", MapRun.example("acme-go-live.json"),
        "--as-of", "2026-11-22", "--overwrite").run();

    MutualActionPlan derived = MapJson.standard().plans().read(result.stdout());
    assertThat(derived.milestones().get(0).due()).contains(LocalDate.parse("2026-11-20"));
  }
}

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
    // No outcome to point at: the place is the plan's, the object that is to hold it.
    assertThat(result.stderr())
        .startsWith("map: <stdin>: /outcome (line 1, column 1): the plan has no outcome");
  }

  @Test
  void completedMilestonesKeepTheirDates() throws Exception {
    Result result = map("derive-dates", MapRun.example("acme-go-live.json"),
        "--as-of", "2026-11-22", "--overwrite").run();

    MutualActionPlan derived = MapJson.standard().plans().read(result.stdout());
    assertThat(derived.milestones().get(0).due()).contains(LocalDate.parse("2026-11-20"));
  }

  @Test
  void prettyIndentsTheDerivedPlanSoAHandFormattedFileStaysReadable() {
    MutualActionPlan plan = MapJson.standard().plans().read(TestPlans.chainWithoutDueDates());

    Result result = map("derive-dates", "-", "--as-of", "2026-11-22", "--pretty")
        .stdin(TestPlans.chainWithoutDueDates()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    MutualActionPlan derived = Scheduler.deriveDueDates(plan, AS_OF);
    assertThat(result.stdout()).isEqualTo(MapJson.standard().pretty().plans().write(derived) + "\n");
    assertThat(result.stdout()).contains("\n  \"milestones\": [\n");
  }

  @Test
  void aDerivedDateOutOfTheFormatsRangeIsBadInputAtTheMilestonesLineAndColumn() {
    // Built back from 0001-01-03, the first step would have to start in the year 0.
    String plan = TestPlans.plan("\"date\":\"0001-01-03\",\"leadTimeDays\":1",
        "\n{\"id\":\"a\",\"title\":\"First step\",\"buyerOwner\":\"bea\",\"durationDays\":5},"
            + "\n{\"id\":\"b\",\"title\":\"Second step\",\"buyerOwner\":\"bea\","
            + "\"durationDays\":5,\"dependsOn\":[\"a\"]}");

    Result result = map("derive-dates", "-", "--as-of", "0001-01-01").stdin(plan).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: <stdin>: /milestones/0 (line 2, column 1): the late"
        + " start of milestone 'a' would be 0000-12-23, before 0001-01-01, the earliest date a plan"
        + " can hold; the plan cannot be scheduled as of this date\n");
  }
}

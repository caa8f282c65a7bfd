package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The README's worked example, compiled and run; {@link #theReadmeShowsThisExampleVerbatim()}
 * keeps the README's copy identical to the code between the {@code README} markers.
 */
class WorkedExampleTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void schedulesAndChecksTheAcmePlan() throws Exception {
    Path examples = EXAMPLES;
    // README-BEGIN
    MutualActionPlan plan = MapJson.standard().plans().read(examples.resolve("acme-go-live.json"));
    LocalDate asOf = LocalDate.parse("2026-11-22");

    // Backwards from go-live on 2027-03-01, less 21 days of implementation:
    Schedule schedule = Scheduler.schedule(plan, asOf);
    assertThat(schedule.deadline()).contains(LocalDate.parse("2027-02-07"));
    assertThat(schedule.projectedFinish()).contains(LocalDate.parse("2027-01-15"));
    assertThat(schedule.slackDays()).isEqualTo(23);
    assertThat(schedule.criticalPath()).extracting(MilestoneId::value)
        .containsExactly("security-docs", "security-review", "legal", "procurement", "signature");

    // One engine serves every plan, on any number of threads.
    RuleEngine engine = RuleEngine.builder().build();
    QualityReport report = engine.evaluate(plan, asOf);
    assertThat(report.verdict()).isEqualTo(Verdict.READY);
    assertThat(report.score()).isEqualTo(100);

    // Legal slips past the deadline: the plan no longer meets the buyer's date.
    MutualActionPlan slipped = plan.moveDue(MilestoneId.of("legal"), LocalDate.parse("2027-02-12"));
    assertThat(slipped.milestone(MilestoneId.of("legal")).orElseThrow().baselineDue())
        .contains(LocalDate.parse("2027-01-22"));
    QualityReport after = engine.evaluate(slipped, asOf);
    assertThat(after.verdict()).isEqualTo(Verdict.NEEDS_WORK);
    after.findings().forEach(f -> System.out.println(f.ruleId() + ": " + f.message()));
    // README-END
    assertThat(after.findings()).extracting(f -> f.ruleId())
        .containsExactly("outcome-anchored", "due-date-realistic", "dates-respect-dependencies",
            "due-date-slipped");
    String readme = Files.readString(Path.of("..", "README.md"));
    after.findings().forEach(
        f -> assertThat(readme).contains(f.ruleId() + ": " + f.message()));
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws Exception {
    String example = MarkedCode.between("WorkedExampleTest.java", "README");
    assertThat(Files.readString(Path.of("..", "README.md"))).contains(example);
  }
}

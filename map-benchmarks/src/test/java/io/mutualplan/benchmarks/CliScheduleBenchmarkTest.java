package io.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.InProcessMap;
import io.mutualplan.json.MapJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line benchmark runs the real command on the plan file, and it succeeds. */
class CliScheduleBenchmarkTest {

  @Test
  void writesThePlanFileThatTheCommandSchedules(@TempDir Path directory) {
    Path plan = PlanFile.write(300, directory.resolve("nested/plan.json"));
    Path schedule = directory.resolve("schedule.json");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int exitCode = InProcessMap.run(errors, "schedule", plan.toString(), "--as-of", "2026-11-22",
        "--format", "json", "-o", schedule.toString());

    assertThat(errors.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(exitCode).isZero();
    assertThat(MapJson.standard().plans().read(plan)).isEqualTo(BenchmarkPlans.largePlan(300));
    assertThat(MapJson.standard().schedules().read(schedule).milestones()).hasSize(300);
  }

  @Test
  void reportsAnUnreadablePlanThroughTheExitCode(@TempDir Path directory) throws IOException {
    Path plan = Files.writeString(directory.resolve("plan.json"), "{");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int exitCode = InProcessMap.run(errors, "schedule", plan.toString(), "--as-of", "2026-11-22");

    assertThat(exitCode).isEqualTo(2);
    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("plan.json");
  }

  @Test
  void setsUpAndTearsDownTheBenchmark() throws IOException {
    CliScheduleBenchmark benchmark = new CliScheduleBenchmark();
    benchmark.milestones = 200;

    benchmark.writePlanFile();
    try {
      assertThat(benchmark.mapSchedule()).isZero();
    } finally {
      benchmark.deleteFiles();
    }
  }
}

package io.mutualplan.benchmarks;

import io.mutualplan.cli.InProcessMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code map schedule <file> --as-of 2026-11-22 --format json -o <out>} end to end in a warm JVM:
 * parse the arguments, read and validate the plan file, schedule it, write the schedule document.
 * The plan is {@link BenchmarkPlans#largePlan(int)}, written to a temporary file once per trial.
 * {@code run.sh} also times the same command as a fresh {@code java -jar map.jar} process, which
 * adds JVM start-up and a cold JIT.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CliScheduleBenchmark {
  /** Milestones in the plan file. */
  @Param({"100000"})
  public int milestones;

  private Path directory;
  private String[] arguments;

  /**
   * Writes the plan file and checks that the command succeeds on it.
   *
   * @throws IOException when the temporary files cannot be made
   */
  @Setup(Level.Trial)
  public void writePlanFile() throws IOException {
    directory = Files.createTempDirectory("map-cli-benchmark");
    Path plan = PlanFile.write(milestones, directory.resolve("plan.json"));
    Path schedule = directory.resolve("schedule.json");
    arguments = new String[] {
        "schedule", plan.toString(), "--as-of", BenchmarkPlans.AS_OF.toString(),
        "--format", "json", "-o", schedule.toString()};
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exitCode = InProcessMap.run(errors, arguments);
    if (exitCode != 0 || Files.size(schedule) == 0) {
      throw new IllegalStateException("map schedule exited with " + exitCode + ": "
          + errors.toString(StandardCharsets.UTF_8));
    }
  }

  /**
   * Deletes the plan and schedule files.
   *
   * @throws IOException when they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    for (String name : new String[] {"plan.json", "schedule.json"}) {
      Files.deleteIfExists(directory.resolve(name));
    }
    Files.deleteIfExists(directory);
  }

  /**
   * One run of {@code map schedule}.
   *
   * @return the exit code
   */
  @Benchmark
  public int mapSchedule() {
    return InProcessMap.run(System.err, arguments);
  }
}

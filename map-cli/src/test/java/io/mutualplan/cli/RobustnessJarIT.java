package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mutualplan.cli.EveryOutput.Invocation;
import io.mutualplan.cli.MapJar.Run;
import io.mutualplan.cli.rulesjar.ExampleRules;
import io.mutualplan.cli.rulesjar.RulesJar;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The robustness cases that need a real process of the shaded jar: standard output on a full
 * device, closed ({@code >&-}) or a pipe nobody reads, for every command and format; a signal
 * while {@code -o} writes a large file; a device as the plan; custom rules with {@code java -jar};
 * a heap too small for the plan. {@code RobustnessTest} runs the file cases in process.
 */
class RobustnessJarIT {
  private static final String ACME = "examples/acme-go-live.json";

  @TempDir static Path shared;

  private static Path largePlan;

  @TempDir Path directory;

  @BeforeAll
  static void writeALargePlan() throws Exception {
    largePlan = LargePlanFile.write(shared.resolve("large.json"), 100_000);
  }

  static Stream<Invocation> invocations() {
    return EveryOutput.invocations();
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aFullDeviceAsStandardOutputIsExitTwoWithAMessage(Invocation invocation) throws Exception {
    File devFull = SpecialFiles.device("/dev/full").toFile();

    Run run = MapJar.run(
        new ProcessBuilder(MapJar.command(invocation.args(ACME))).redirectOutput(devFull), "");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("map: cannot write to standard output: no space left on "
        + "device; the output is incomplete\n");
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aClosedStandardOutputIsExitTwoWithAMessage(Invocation invocation) throws Exception {
    assumeTrue(new File("/bin/sh").canExecute(), "closing standard output needs a shell");
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\" >&-"));
    command.addAll(MapJar.command(invocation.args(ACME)));

    Run run = MapJar.run(new ProcessBuilder(command), "");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("map: cannot write to standard output: bad file "
        + "descriptor; the output is incomplete\n");
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aPipeNobodyReadsIsExitTwoWithAMessage(Invocation invocation) throws Exception {
    Process process = new ProcessBuilder(MapJar.command(invocation.args(ACME)))
        .directory(MapJar.repository().toFile()).start();
    // The reader goes away before map writes a byte: every write meets a broken pipe.
    process.getInputStream().close();
    process.getOutputStream().close();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> MapJar.readAll(process.getErrorStream()));

    int exitCode = process.waitFor();

    String stderr = new String(err.get(), StandardCharsets.UTF_8);
    assertThat(exitCode).as(stderr).isEqualTo(2);
    assertThat(stderr).isEqualTo(
        "map: cannot write to standard output: broken pipe; the output is incomplete\n");
  }

  /**
   * A signal while {@code -o} writes a large file: the shutdown hook removes the temporary file,
   * and the destination keeps what it had (or, if the signal came after the move, has the whole
   * result).
   */
  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT"})
  void aSignalDuringALargeWriteLeavesNoTemporaryFileAndTheDestinationWhole(String signal)
      throws Exception {
    assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute(),
        "sending a signal needs kill");
    Path out = Files.writeString(directory.resolve("out.json"), "precious");
    Process process;
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      process = new ProcessBuilder(MapJar.command(
          "format", "--pretty", largePlan.toString(), "-o", out.toString()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      assertThat(waitForATemporaryFile(watcher, process))
          .as("map started writing its temporary file").isTrue();
    }
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
        .inheritIO().start();
    assertThat(kill.waitFor()).isZero();

    int exitCode = process.waitFor();

    Map<String, String> after = SpecialFiles.snapshot(directory);
    assertThat(after).containsOnlyKeys("out.json");
    String content = Files.readString(out);
    if (exitCode == 0) {
      assertThat(content).startsWith("{\n").endsWith("}\n");
    } else {
      assertThat(exitCode).isEqualTo(128 + (signal.equals("TERM") ? 15 : 2));
      assertThat(content).isEqualTo("precious");
    }
  }

  /** Waits until a {@code .map-*.tmp} file appears, or the process ends first. */
  private static boolean waitForATemporaryFile(WatchService watcher, Process process)
      throws InterruptedException {
    while (process.isAlive()) {
      WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
      if (key == null) {
        continue;
      }
      boolean temporary = key.pollEvents().stream()
          .anyMatch(event -> event.context().toString().matches("\\.map-[0-9a-z]+\\.tmp"));
      key.reset();
      if (temporary) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aDeviceThatNeverEndsAsThePlanStopsAtTheLimit() throws Exception {
    SpecialFiles.device("/dev/zero");

    Run run = MapJar.map("", "format", "/dev/zero");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("map: cannot read /dev/zero: it is larger than 512 MiB, "
        + "the limit of a plan document\n");
  }

  @Test
  void customRulesComeFromAJarEvenThoughJavaJarIgnoresTheClassPath() throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));

    Run run = MapJar.map("", "check", ACME, "--as-of", "2026-11-22", "--rules", jar.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains(ExampleRules.RULE)
        .contains("Checked by a rule from a jar: 7 milestones.");
  }

  @Test
  void aHeapTooSmallForThePlanIsExitTwoThatSaysSo() throws Exception {
    Run run = MapJar.run(new ProcessBuilder(MapJar.command(List.of("-Xmx32m"),
        "check", largePlan.toString(), "--as-of", "2026-11-22")), "");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr()).startsWith("map: ").contains("not enough memory")
        .doesNotContain("internal error");
  }
}

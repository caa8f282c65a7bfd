package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.EveryOutput.Invocation;
import io.mutualplan.cli.MapRun.Result;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command with every output format, against each way its output or its input can be
 * hostile: a full device, a broken or closed standard output, a link, a named pipe or a read-only
 * file as {@code -o}, a named pipe and {@code /dev/zero} as the plan (the latter once per command:
 * a plan is read before its command looks at the format). Each run must end with the
 * right exit code and message, and change nothing but the file it was asked to write.
 *
 * <p>These runs are in this JVM, with the real streams and files of the system; {@code
 * RobustnessJarIT} runs the same cases for standard output through the shaded jar, the way a
 * shell runs it.
 */
class RobustnessTest {
  @TempDir Path directory;

  static Stream<Invocation> invocations() {
    return EveryOutput.invocations();
  }

  static Stream<Invocation> oneOfEachCommand() {
    return EveryOutput.oneOfEachCommand();
  }

  /** What the invocation writes for the Acme example to standard output. */
  private static String expected(Invocation invocation) {
    Result result = map(invocation.args(example("acme-go-live.json"))).run();
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return result.stdout();
  }

  private static Result run(Invocation invocation, String... extra) {
    return map(invocation.args(example("acme-go-live.json"), extra)).run();
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aFullDeviceAsStandardOutputIsExitTwoWithAMessage(Invocation invocation) throws Exception {
    Path devFull = SpecialFiles.device("/dev/full");
    Result result;
    try (OutputStream full = new FileOutputStream(devFull.toFile())) {
      result = map(invocation.args(example("acme-go-live.json"))).stdout(full).run();
    }

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot write to standard output: no space left "
        + "on device; the output is incomplete\n");
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aBrokenPipeAsStandardOutputIsExitTwoWithAMessage(Invocation invocation) throws Exception {
    Pipe pipe = Pipe.open();
    pipe.source().close();
    Result result;
    try (OutputStream broken = Channels.newOutputStream(pipe.sink())) {
      result = map(invocation.args(example("acme-go-live.json"))).stdout(broken).run();
    }

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo(
        "map: cannot write to standard output: broken pipe; the output is incomplete\n");
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aClosedStandardOutputIsExitTwoWithAMessage(Invocation invocation) throws Exception {
    OutputStream closed = new FileOutputStream(directory.resolve("closed").toFile());
    closed.close();

    Result result = map(invocation.args(example("acme-go-live.json"))).stdout(closed).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: cannot write to standard output: ")
        .endsWith("; the output is incomplete\n");
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aFullDeviceAsOutputIsExitTwoAndStaysADevice(Invocation invocation) {
    Path devFull = SpecialFiles.device("/dev/full");

    Result result = run(invocation, "-o", devFull.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr())
        .isEqualTo("map: cannot write /dev/full: no space left on device\n");
    assertThat(SpecialFiles.isDevice(devFull)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aLinkAsOutputWritesWhatItPointsTo(Invocation invocation) throws Exception {
    Path target = Files.writeString(directory.resolve("target.txt"), "old");
    Path link = Files.createSymbolicLink(directory.resolve("link.txt"), target.getFileName());
    Map<String, String> before = SpecialFiles.snapshot(directory);

    Result result = run(invocation, "-o", link.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(target)).isEqualTo(expected(invocation));
    assertOnlyChanged(before, "target.txt");
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aNamedPipeAsOutputIsWrittenToAndStaysAPipe(Invocation invocation) throws Exception {
    Path fifo = SpecialFiles.fifo(directory.resolve("pipe"));
    Map<String, String> before = SpecialFiles.snapshot(directory);
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> readAll(fifo));

    Result result = run(invocation, "-o", fifo.toString());
    SpecialFiles.release(fifo);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(new String(reader.get(), StandardCharsets.UTF_8)).isEqualTo(expected(invocation));
    assertThat(SpecialFiles.snapshot(directory)).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aReadOnlyFileAsOutputIsExitTwoAndUnchanged(Invocation invocation) throws Exception {
    Path out = Files.writeString(directory.resolve("out.txt"), "precious");
    assertThat(out.toFile().setWritable(false, false)).isTrue();
    Map<String, String> before = SpecialFiles.snapshot(directory);

    Result result = run(invocation, "-o", out.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot write " + out
        + ": the file is read-only; map never replaces a read-only file\n");
    assertThat(SpecialFiles.snapshot(directory)).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aNamedPipeAsThePlanIsReadToItsEnd(Invocation invocation) throws Exception {
    Path fifo = SpecialFiles.fifo(directory.resolve("plan-pipe"));
    byte[] plan = Files.readAllBytes(Path.of(example("acme-go-live.json")));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeAll(fifo, plan));

    Result result = map(invocation.args(fifo.toString())).run();
    SpecialFiles.release(fifo);
    writer.get();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(expected(invocation));
  }

  /** Reading half a gigabyte takes a moment: once per command, as no format reads otherwise. */
  @ParameterizedTest
  @MethodSource("oneOfEachCommand")
  void aDeviceThatNeverEndsAsThePlanStopsAtTheLimit(Invocation invocation) {
    Path devZero = SpecialFiles.device("/dev/zero");

    Result result = map(invocation.args(devZero.toString())).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: cannot read /dev/zero: it is larger than 512 "
        + "MiB, the limit of a plan document\n");
  }

  private void assertOnlyChanged(Map<String, String> before, String changed) throws IOException {
    Map<String, String> after = SpecialFiles.snapshot(directory);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String name : before.keySet()) {
      if (name.equals(changed)) {
        assertThat(after.get(name)).as(name).isNotEqualTo(before.get(name));
      } else {
        assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
      }
    }
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAll(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The shaded {@code map.jar}, run as a separate process the way people run it, for the tests that
 * need a real process: its exit code, its own standard streams, signals.
 */
final class MapJar {
  private MapJar() {}

  /** What a process did. */
  record Run(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  /** The jar that {@code package} built. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("map.jar", "target/map.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded jar; run `./mvnw verify`, not just `test`").isRegularFile();
    return jar;
  }

  /** The repository, the directory the processes run in. */
  static Path repository() {
    return Path.of(System.getProperty("map.repository", "..")).toAbsolutePath().normalize();
  }

  /** The command that runs {@code map} with these arguments (and these options of Java first). */
  static List<String> command(List<String> javaOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A run of a second or two: the quick compiler and a small heap, as ./map starts it.
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(javaOptions);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return command;
  }

  /** The command that runs {@code map} with these arguments. */
  static List<String> command(String... args) {
    return command(List.of(), args);
  }

  /** Starts a process in the repository, gives it {@code stdin} and waits for it to end. */
  static Run run(ProcessBuilder builder, String stdin) throws Exception {
    Process process = builder.directory(repository().toFile()).start();
    CompletableFuture<byte[]> out = builder.redirectOutput() == ProcessBuilder.Redirect.PIPE
        ? CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()))
        : CompletableFuture.completedFuture(new byte[0]);
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try (var in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    int exitCode = process.waitFor();
    return new Run(exitCode, new String(out.get(), StandardCharsets.UTF_8),
        new String(err.get(), StandardCharsets.UTF_8));
  }

  /** Runs {@code map} with these arguments and this standard input. */
  static Run map(String stdin, String... args) throws Exception {
    return run(new ProcessBuilder(command(args)), stdin);
  }

  static byte[] readAll(InputStream stream) {
    try {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

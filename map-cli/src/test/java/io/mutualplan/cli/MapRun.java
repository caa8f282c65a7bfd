package io.mutualplan.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@code map} in this JVM, with standard input, the clock, the environment and the terminal
 * under the test's control, and captures what it writes and its exit code.
 *
 * <pre>{@code
 * MapRun.Result result = MapRun.map("schedule", "plan.json").stdin(json).run();
 * assertThat(result.exitCode()).isZero();
 * }</pre>
 */
final class MapRun {
  /** The clock of every run unless a test sets another: 2026-11-22 at noon, UTC. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  /** The repository's example plans. */
  static final Path EXAMPLES = Path.of("..", "examples");

  private final String[] args;
  private byte[] stdin = new byte[0];
  private Clock clock = CLOCK;
  private final Map<String, String> environment = new HashMap<>();
  private boolean terminal;
  private OutputStream stdout;

  private MapRun(String[] args) {
    this.args = args.clone();
  }

  /** A run of {@code map} with these arguments. */
  static MapRun map(String... args) {
    return new MapRun(args);
  }

  /** The path of an example plan, e.g. {@code acme-go-live.json}, as an argument. */
  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  /** The text of an example plan. */
  static String exampleText(String name) throws java.io.IOException {
    return Files.readString(EXAMPLES.resolve(name));
  }

  MapRun stdin(String text) {
    this.stdin = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  MapRun stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  MapRun clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  MapRun environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Pretends that standard output and standard error are interactive terminals. */
  MapRun onTerminal() {
    this.terminal = true;
    return this;
  }

  /** Writes standard output to this stream instead of capturing it. */
  MapRun stdout(OutputStream stdout) {
    this.stdout = stdout;
    return this;
  }

  Result run() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliEnvironment cli = new CliEnvironment(
        new ByteArrayInputStream(stdin),
        stdout == null ? out : stdout,
        err,
        clock,
        environment,
        terminal,
        terminal);
    int exitCode = new MapCli(cli).run(args);
    return new Result(
        exitCode,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        out.toByteArray());
  }

  /**
   * What a run did.
   *
   * @param exitCode the exit code
   * @param stdout standard output, as UTF-8 text
   * @param stderr standard error, as UTF-8 text
   * @param stdoutBytes standard output, as written
   */
  record Result(int exitCode, String stdout, String stderr, byte[] stdoutBytes) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }
}

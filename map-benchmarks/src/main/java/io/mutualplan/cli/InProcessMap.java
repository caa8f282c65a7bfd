package io.mutualplan.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * map-cli's entry point without the process around it, for the command-line benchmark: what
 * {@link Main#main(String[])} runs, minus {@code System.exit}. It lives in map-cli's package (in
 * the benchmarks' jar only) because {@link MapCli} is package-private; the command line has no
 * public API but {@code main}.
 */
public final class InProcessMap {
  private InProcessMap() {}

  /**
   * Runs {@code map} with these arguments: no standard input, standard output discarded, not a
   * terminal, no environment variables, the clock at the Unix epoch (pass {@code --as-of}).
   *
   * @param stderr where error messages go
   * @param args the command line, e.g. {@code schedule plan.json --as-of 2026-11-22}
   * @return the exit code
   */
  public static int run(OutputStream stderr, String... args) {
    CliEnvironment environment = new CliEnvironment(
        InputStream.nullInputStream(),
        OutputStream.nullOutputStream(),
        stderr,
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
        Map.of(),
        false,
        false);
    return new MapCli(environment).run(args);
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** A failure nobody foresaw is a bug: exit code 3, said plainly, a stack trace only on request. */
class InternalErrorTest {
  /** Standard output that fails in a way no command expects. */
  private static final OutputStream BROKEN = new OutputStream() {
    @Override
    public void write(int b) {
      throw new IllegalStateException("the output is broken");
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      throw new IllegalStateException("the output is broken");
    }
  };

  @Test
  void anUnexpectedFailureExitsWithThreeAndSaysItIsABug() {
    Result result = map("format", example("acme-go-live.json")).stdout(BROKEN).run();

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stderr())
        .startsWith("map: internal error (a bug): IllegalStateException: the output is broken\n")
        .contains("rerun with --debug")
        .doesNotContain("\tat ");
  }

  @Test
  void debugPrintsTheStackTrace() {
    Result result = map("format", example("acme-go-live.json"), "--debug").stdout(BROKEN).run();

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stderr())
        .startsWith("map: internal error (a bug): IllegalStateException")
        .contains("\tat ")
        .doesNotContain("rerun with --debug");
  }

  @Test
  void debugBeforeTheCommandWorksToo() {
    Result result = map("--debug", "format", example("acme-go-live.json")).stdout(BROKEN).run();

    assertThat(result.stderr()).contains("\tat ");
  }
}

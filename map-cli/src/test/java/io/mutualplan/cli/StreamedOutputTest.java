package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.EveryOutput.Invocation;
import io.mutualplan.cli.MapRun.Result;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output is streamed: written in blocks as it is made, never built whole first, so a valid
 * plan within the format's limits does not run out of memory on the way out (a whole output as
 * one string would be up to five times the plan, and Java's strings stop at 2 GB anyway).
 *
 * <p>Shown on standard output, which counts its writes: a streamed output reaches it in blocks of
 * at most the output buffer's size; a string built whole would reach it in one write.
 *
 * <p>{@code map import} writes the plan its table makes, so it is shown with a large table; {@code
 * map ical} is the exception: iCal4j, which map-ical builds the feed with, holds a calendar whole,
 * and the feed's bytes are made whole from it before they are written.
 */
class StreamedOutputTest {
  /** Enough that the smallest output, the diff document's removed milestones, fills two blocks. */
  private static final int MILESTONES = 4_000;

  @TempDir static Path directory;

  private static Path plan;

  private static Path table;

  @BeforeAll
  static void writeALargePlanAndItsTable() throws Exception {
    plan = LargePlanFile.write(directory.resolve("large.json"), MILESTONES);
    table = TableFiles.export(plan, directory.resolve("large.csv"));
  }

  /** Every invocation whose output grows with its plan, and that streams it. */
  static Stream<Invocation> invocations() {
    return EveryOutput.invocations()
        .filter(invocation -> !List.of("import", "ical").contains(invocation.command()));
  }

  /** Standard output that remembers how many bytes it got, and in how large a write at most. */
  private static final class CountingOutput extends OutputStream {
    long total;
    int writes;
    int largestWrite;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      total += length;
      writes++;
      largestWrite = Math.max(largestWrite, length);
    }
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void aLargeOutputReachesStandardOutputInBlocks(Invocation invocation) {
    CountingOutput stdout = new CountingOutput();

    Result result = map(invocation.args(plan.toString())).stdout(stdout).run();

    assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
    assertThat(stdout.total).as("bytes written").isGreaterThan(2L * OutputTarget.BUFFER_BYTES);
    assertThat(stdout.largestWrite).isLessThanOrEqualTo(OutputTarget.BUFFER_BYTES);
    assertThat(stdout.writes).isGreaterThan(2);
  }

  @Test
  void aLargeImportReachesStandardOutputInBlocks() {
    CountingOutput stdout = new CountingOutput();

    Result result = map("import", table.toString(), "--onto", plan.toString()).stdout(stdout)
        .run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(stdout.total).as("bytes written").isGreaterThan(2L * OutputTarget.BUFFER_BYTES);
    assertThat(stdout.largestWrite).isLessThanOrEqualTo(OutputTarget.BUFFER_BYTES);
    assertThat(stdout.writes).isGreaterThan(2);
  }
}

package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The lines of an NDJSON stream, and the share of it that the plans done make. */
class NdjsonLinesTest {

  /**
   * The reader runs ahead of the plans done (a whole small file is read at once): the share done
   * follows the plans done, not the bytes read.
   */
  @Test
  void theShareDoneFollowsThePlansDoneNotTheBytesRead() throws Exception {
    String line = "{\"id\":\"x\"}\n"; // 11 bytes
    byte[] stream = line.repeat(4).getBytes(StandardCharsets.UTF_8);
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(stream), "four.ndjson");

    assertThat(lines.shareDone(0, stream.length)).isZero();
    for (int given = 0; given < 4; given++) {
      assertThat(lines.next()).isNotNull();
    }
    assertThat(lines.next()).isNull();

    assertThat(lines.shareDone(1, stream.length)).isEqualTo(0.25);
    assertThat(lines.shareDone(3, stream.length)).isEqualTo(0.75);
    assertThat(lines.shareDone(4, stream.length)).isEqualTo(1.0);
  }
}

package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of an NDJSON stream, and the share of it that the plans done make. */
class NdjsonLinesTest {
  /** How many bytes {@link NdjsonLines} reads at a time. */
  private static final int CHUNK = 1 << 16;

  /** The lines of a stream that are not blank, each as its number and its text. */
  private static List<String> lines(String stream) throws Exception {
    NdjsonLines lines = new NdjsonLines(
        new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), "deals.ndjson");
    List<String> read = new ArrayList<>();
    for (PortfolioInput line = lines.next(); line != null; line = lines.next()) {
      read.add(line.line().getAsLong() + ": "
          + new String(line.bytes().orElseThrow(), StandardCharsets.UTF_8));
    }
    return read;
  }

  /** A plan's line of exactly {@code bytes} bytes. */
  private static String lineOf(int bytes) {
    return "{\"notes\":\"" + "x".repeat(bytes - 12) + "\"}";
  }

  @Test
  void blankLinesArePassedOverAndCountedAndTheLastLineNeedsNoLineBreak() throws Exception {
    assertThat(lines("{\"a\":1}\r\n\n   \n\t\r\n{\"b\":2}"))
        .containsExactly("1: {\"a\":1}", "5: {\"b\":2}");
  }

  @Test
  void aLineLongerThanTheChunksItIsReadInIsReadWhole() throws Exception {
    String longLine = lineOf(3 * CHUNK + 5);

    assertThat(lines(longLine + "\n{}\n")).containsExactly("1: " + longLine, "2: {}");
  }

  /** A line break as a chunk's last byte, as the next one's first, and split between the two. */
  @Test
  void aLineBreakAtTheEdgeOfAChunkEndsItsLineThere() throws Exception {
    String endsTheChunk = lineOf(CHUNK - 1);
    String fillsTheChunk = lineOf(CHUNK);

    assertThat(lines(endsTheChunk + "\n{}\n")).containsExactly("1: " + endsTheChunk, "2: {}");
    assertThat(lines(fillsTheChunk + "\n{}\n")).containsExactly("1: " + fillsTheChunk, "2: {}");
    assertThat(lines(endsTheChunk + "\r\n{}\n")).containsExactly("1: " + endsTheChunk, "2: {}");
  }

  /** The bytes of the lines given, not of the whole chunk read ahead of them. */
  @Test
  void theShareDoneCountsTheBytesOfTheLinesGivenNotOfTheChunkRead() throws Exception {
    String line = "{\"id\":\"x\"}\n"; // 11 bytes
    byte[] stream = line.repeat(4).getBytes(StandardCharsets.UTF_8);
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(stream), "four.ndjson");

    assertThat(lines.next()).isNotNull();

    assertThat(lines.shareDone(1, stream.length)).isEqualTo(0.25);
  }

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

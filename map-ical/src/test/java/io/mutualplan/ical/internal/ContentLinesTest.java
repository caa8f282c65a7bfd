package io.mutualplan.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentLinesTest {
  private static String folded(String line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContentLines.write(line, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLineOf75OctetsIsNotFolded() {
    String line = "SUMMARY:" + "x".repeat(67);
    assertThat(folded(line)).isEqualTo(line + "\r\n");
  }

  @Test
  void theFoldComesBeforeTheOctetThatWouldPassTheLimit() {
    String line = "SUMMARY:" + "x".repeat(68);
    assertThat(folded(line)).isEqualTo("SUMMARY:" + "x".repeat(67) + "\r\n x\r\n");
  }

  @Test
  void aMultiByteCharacterAtTheFoldMovesWholeToTheNextLine() {
    // 74 octets, then a 2-byte, a 3-byte and a 4-byte character: none fits on the first line.
    String line = "SUMMARY:" + "x".repeat(66) + "é日😀";
    String folded = folded(line);

    assertThat(folded).isEqualTo("SUMMARY:" + "x".repeat(66) + "\r\n é日😀\r\n");
    assertThat(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8)).hasSize(74);
  }

  @Test
  void continuationLinesCountTheirLeadingSpace() {
    String line = "D:" + "日".repeat(60); // 2 + 180 octets
    String[] lines = folded(line).split("\r\n");

    assertThat(lines).hasSize(3);
    assertThat(lines[0].getBytes(StandardCharsets.UTF_8)).hasSize(74); // 2 + 24 x 3
    assertThat(lines[1].getBytes(StandardCharsets.UTF_8)).hasSize(73); // 1 + 24 x 3
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(line);
  }

  @Test
  void textLosesControlCharactersButKeepsLineBreaksAndTabs() {
    assertThat(FeedText.value("a\r\nb\rc\nd\te\u0000f\u0007g")).isEqualTo("a\nb\nc\nd\tefg");
    assertThat(FeedText.parameter("Kim,\nAlex\tK")).isEqualTo("Kim, Alex K");
  }
}

package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's UTF-8 check agrees with the JDK's strict decoder: for random bytes in a plan's
 * goal (bytes from 0x80 up, mixed with ASCII letters, so that every sequence length, lead and
 * continuation byte turns up), the plan is read with the decoded goal exactly when the JDK decodes
 * the document, and otherwise rejected with "the document is not valid UTF-8 at byte offset N"
 * where the JDK's decoder stops. From an array and from a stream. Each case is named by its seed.
 */
class Utf8AgreementPropertyTest {
  private static final String PREFIX = "{\"format\":\"mutual-action-plan/1\",\"goal\":\"";

  static LongStream seeds() {
    return LongStream.range(0, 2000).map(i -> 0x07F8_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsExactlyWhatTheJdksStrictDecoderAccepts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream goal = new ByteArrayOutputStream();
    int length = random.nextInt(1, 12);
    for (int i = 0; i < length; i++) {
      goal.write(random.nextInt(4) == 0 ? 'a' + random.nextInt(26) : random.nextInt(0x80, 0x100));
    }
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    document.writeBytes(PREFIX.getBytes(StandardCharsets.US_ASCII));
    document.writeBytes(goal.toByteArray());
    document.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
    byte[] bytes = document.toByteArray();
    String description = "seed " + seed + ": " + HexFormat.ofDelimiter(" ").formatHex(bytes);

    int jdkStop = firstMalformed(bytes);
    for (boolean stream : new boolean[] {false, true}) {
      DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
          () -> {
            if (stream) {
              MapJson.standard().plans().read(new ByteArrayInputStream(bytes));
            } else {
              MapJson.standard().plans().read(bytes);
            }
          });
      assertThat(e).as(description).isNotNull();
      if (jdkStop < 0) {
        // Valid text: the plan lacks its required fields, and nothing is said about the text.
        assertThat(e.problems()).as(description)
            .noneMatch(p -> p.message().contains("not valid UTF-8"));
      } else {
        assertThat(e.problems()).as(description).hasSize(1);
        assertThat(e.problems().get(0).message()).as(description)
            .startsWith("the document is not valid UTF-8 at byte offset " + jdkStop + ": ");
      }
    }
  }

  /** Where the JDK's UTF-8 decoder, reporting malformed input, stops; -1 when it decodes all. */
  private static int firstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2);
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }
}

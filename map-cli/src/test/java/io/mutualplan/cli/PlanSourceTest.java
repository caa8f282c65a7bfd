package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source holds exactly the bytes of its input, whatever its size against the chunks it is read
 * in, and whether the input says its size (a file) or not (standard input, a pipe).
 */
class PlanSourceTest {
  @TempDir Path directory;

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(length).nextBytes(bytes);
    return bytes;
  }

  /** A stream that gives at most 1,000 bytes a read, as a pipe does when its writer is slow. */
  private static InputStream trickling(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1_000));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 196_613, 1_000_003})
  void standardInputIsReadWholeWhateverItsLength(int length) {
    byte[] input = bytes(length);

    PlanSource source = PlanSource.read("-", trickling(input));

    assertThat(source.name()).isEqualTo("<stdin>");
    assertThat(source.bytes()).isEqualTo(input);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 196_613, 1_000_003})
  void aFileIsReadWholeWhateverItsLength(int length) throws Exception {
    byte[] input = bytes(length);
    Path file = Files.write(directory.resolve("plan.json"), input);

    PlanSource source = PlanSource.read(file.toString(), InputStream.nullInputStream());

    assertThat(source.name()).isEqualTo(file.toString());
    assertThat(source.bytes()).isEqualTo(input);
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.cli.MapRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o OUT}: the result goes to the file, which is replaced only when the run succeeds. */
class OutputFileTest {
  @TempDir Path directory;

  @Test
  void theResultGoesToTheFileAndNothingToStandardOutput() throws Exception {
    Path out = directory.resolve("schedule.json");

    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json", "-o", out.toString()).run();
    Result toStdout = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(toStdout.stdout());
    assertThat(directory).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aFailedRunLeavesAnExistingFileAsItWasAndNoTemporaryFile() throws Exception {
    Path out = Files.writeString(directory.resolve("plan.json"), "precious");

    Result result = map("derive-dates", "-", "-o", out.toString()).stdin(TestPlans.cycle()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("precious");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aFailureWhileWritingRemovesTheTemporaryFile() throws Exception {
    Path out = directory.resolve("plan.json");
    OutputTarget target = OutputTarget.of(Optional.of(out.toString()), System.out);

    assertThatThrownBy(() -> target.write(stream -> {
      stream.write("half a plan".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(BadInputException.class).hasMessage("cannot write " + out + ": disk full");
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void formattingAFileOntoItselfIsSafe() throws Exception {
    Path plan = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("acme.json"));

    Result result = map("format", plan.toString(), "-o", plan.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(plan)).startsWith("{\"format\":\"mutual-action-plan/1\",\"id\":\"acme-2027\"");
  }

  @Test
  void aMissingDirectoryIsBadInput() {
    Path out = directory.resolve("no").resolve("such").resolve("plan.json");

    Result result = map("format", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot write " + out + ": no such directory\n");
  }

  @Test
  void aDirectoryAsOutputIsBadInput() {
    Result result = map("format", example("acme-go-live.json"), "-o", directory.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("it is a directory");
  }

  @Test
  void aDashMeansStandardOutput() {
    Result result = map("format", example("acme-go-live.json"), "-o", "-").run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).startsWith("{\"format\":\"mutual-action-plan/1\"");
  }

  @Test
  void textWrittenToAFileIsNeverColoured() throws Exception {
    Path out = directory.resolve("schedule.txt");

    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "-o", out.toString()).onTerminal().run();

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(out)).doesNotContain("\u001b[");
  }
}

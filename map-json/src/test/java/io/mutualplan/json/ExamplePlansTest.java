package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example plans of the repository read, and survive writing and reading again unchanged. */
class ExamplePlansTest {

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Examples.DIRECTORY)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsTheExampleAndWritesItBackToAnEqualPlan(Path example) {
    MutualActionPlan plan = MapJson.standard().plans().read(example);

    MutualActionPlan again = MapJson.standard().plans().read(MapJson.standard().plans().write(plan));

    assertThat(again).isEqualTo(plan);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writesTheSameCanonicalBytesAfterReadingItsOwnOutput(Path example) {
    MapJson json = MapJson.standard();
    byte[] canonical = json.plans().writeBytes(json.plans().read(example));

    assertThat(json.plans().writeBytes(json.plans().read(canonical))).isEqualTo(canonical);
    assertThat(new String(canonical, StandardCharsets.UTF_8)).doesNotContain("\n", ": ");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writesTheSamePrettyTextAfterReadingItsOwnPrettyOutput(Path example) {
    MapJson pretty = MapJson.standard().pretty();
    String text = pretty.plans().write(pretty.plans().read(example));

    assertThat(pretty.plans().write(pretty.plans().read(text))).isEqualTo(text);
    assertThat(text).startsWith("{\n  \"format\": \"mutual-action-plan/1\",\n");
  }
}

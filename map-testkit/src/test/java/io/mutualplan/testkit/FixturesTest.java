package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FixturesTest {
  /** The build runs the tests in the module's folder; the examples sit beside it. */
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void theNamesAreExactlyTheExampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .collect(Collectors.toList());
      assertThat(Fixtures.names()).isEqualTo(names);
    }
  }

  @Test
  void eachFixtureIsTheExampleFileByteForByte() throws IOException {
    for (String name : Fixtures.names()) {
      assertThat(Fixtures.json(name))
          .isEqualTo(Files.readString(EXAMPLES.resolve(name + ".json"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void eachFixtureReadsAsAPlanWithTheIdItsDocumentGives() {
    for (String name : Fixtures.names()) {
      assertThat(Fixtures.plan(name).id().value()).isNotBlank();
      assertThat(Fixtures.json(name)).contains("\"id\": \"" + Fixtures.plan(name).id() + "\"");
    }
    assertThat(Fixtures.plan("acme-go-live").milestones()).hasSize(7);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Fixtures.json("acme"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no example plan named 'acme'")
        .hasMessageContaining("acme-go-live");
    assertThatThrownBy(() -> Fixtures.plan("acme"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

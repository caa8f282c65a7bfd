package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the JSONTestSuite parsing corpus (valid JSON, invalid JSON and the undefined
 * cases) is rejected as a plan with a {@link DocumentReadException}, and nothing else: none of them
 * is a plan. Read as bytes, as a file, as a stream, as text decoded from UTF-8, and leniently.
 */
class JsonTestSuiteTest {

  static List<Path> corpus() throws IOException, URISyntaxException {
    Path directory = Path.of(JsonTestSuiteTest.class.getResource("jsontestsuite/LICENSE").toURI())
        .getParent();
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void rejectsTheFileAsAPlanWithAFormatError(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);

    for (MapJson json : List.of(MapJson.standard(), MapJson.standard().lenient())) {
      assertRejected(file, () -> json.plans().read(bytes));
      assertRejected(file, () -> json.plans().read(file));
      assertRejected(file, () -> json.plans().read(new ByteArrayInputStream(bytes)));
      assertRejected(file, () -> json.plans().read(new String(bytes, StandardCharsets.UTF_8)));
      assertRejected(file, () -> json.plans().read(
          new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsTheFileAsAValueInsideAPlanToAPlanOrAFormatError(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String[] places = {"\"goal\": ", "\"attributes\": ", "\"calendar\": { \"holidays\": ",
        "\"extra\": "};
    String[] closers = {"", "", " }", ""};
    for (int i = 0; i < places.length; i++) {
      byte[] plan = embed(places[i], content, closers[i]);
      for (MapJson json : List.of(MapJson.standard(), MapJson.standard().lenient())) {
        Throwable thrown = catchThrowable(() -> json.plans().read(plan));
        assertThat(thrown).as("%s as %s", file.getFileName(), places[i])
            .satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(DocumentReadException.class));
      }
    }
  }

  private static byte[] embed(String place, byte[] content, String closer) {
    String head = Documents.planWithMilestones("");
    head = head.substring(0, head.lastIndexOf('}')) + ", " + place;
    byte[] before = head.getBytes(StandardCharsets.UTF_8);
    byte[] after = (closer + "\n}").getBytes(StandardCharsets.UTF_8);
    byte[] plan = new byte[before.length + content.length + after.length];
    System.arraycopy(before, 0, plan, 0, before.length);
    System.arraycopy(content, 0, plan, before.length, content.length);
    System.arraycopy(after, 0, plan, before.length + content.length, after.length);
    return plan;
  }

  private static void assertRejected(Path file, org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).as(file.getFileName().toString()).isInstanceOf(DocumentReadException.class);
    assertThat(((DocumentReadException) thrown).problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.message()).doesNotContain("\n", "StreamReadConstraints",
            "[Source"));
  }
}

package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;

/**
 * The property every fuzz target of a document reader checks: any bytes read strictly or leniently
 * give a value or a {@link DocumentReadException} with problems; the strict reader accepts only
 * what the lenient one reads to the same value; and a value read writes, compact or pretty, and
 * reads back equal. Anything else thrown fails the fuzz test.
 */
final class FuzzedReading {
  private FuzzedReading() {}

  /**
   * Checks the property for one input.
   *
   * @param documents the handle of one document type, for the given options
   * @param bytes the input
   */
  static <T> void readsBackOrRejects(Function<MapJson, JsonDocuments<T>> documents, byte[] bytes) {
    MapJson json = MapJson.standard();
    Optional<T> strict = readOrReject(documents.apply(json), bytes);
    Optional<T> lenient = readOrReject(documents.apply(json.lenient()), bytes);
    if (strict.isPresent()) {
      assertThat(lenient).as("what the strict reader reads, the lenient one reads equal")
          .isEqualTo(strict);
    }
    if (lenient.isPresent()) {
      for (MapJson writer : new MapJson[] {json, json.pretty()}) {
        JsonDocuments<T> written = documents.apply(writer);
        assertThat(written.read(written.writeBytes(lenient.get())))
            .as("written %s and read back", writer).isEqualTo(lenient.get());
      }
    }
  }

  private static <T> Optional<T> readOrReject(JsonDocuments<T> documents, byte[] bytes) {
    try {
      return Optional.of(documents.read(bytes));
    } catch (DocumentReadException e) {
      assertThat(e.problems()).as("the problems of a rejected document").isNotEmpty();
      return Optional.empty();
    }
  }
}

package io.mutualplan.jackson3;

import io.mutualplan.json.JsonDocuments;
import io.mutualplan.json.MapJson;
import java.util.function.Function;

/**
 * One type of MAP document, with the way to its handle in map-json: the module reads and writes
 * nothing itself, it hands every document to that handle.
 *
 * @param <T> the type of the documents
 * @param type the documents' class, under which the module registers its serializer and
 *     deserializer
 * @param handle the handle of the documents in a {@link MapJson}, such as {@code MapJson::plans}
 */
record DocumentType<T>(Class<T> type, Function<MapJson, JsonDocuments<T>> handle) {

  /**
   * The handle of these documents with the options of {@code json}.
   *
   * @param json strict or lenient reading
   * @return the handle
   */
  JsonDocuments<T> in(MapJson json) {
    return handle.apply(json);
  }
}

package io.mutualplan.jackson3;

import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a document as map-json reads it: the value's JSON text goes to the document's handle,
 * strict when the mapper fails on unknown properties and lenient when it does not, and what the
 * handle rejects is thrown as an {@link InvalidDocumentException} that starts where the value
 * starts in the input.
 *
 * @param <T> the type of the documents
 */
final class DocumentDeserializer<T> extends StdDeserializer<T> {
  private final DocumentType<T> document;

  DocumentDeserializer(DocumentType<T> document) {
    super(document.type());
    this.document = document;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    TokenStreamLocation start = parser.currentTokenLocation();
    ValueText value = ValueText.of(parser, document.type());
    MapJson json = MapJson.standard()
        .withLenient(!context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    try {
      return document.in(json).read(value.text());
    } catch (DocumentReadException e) {
      throw new InvalidDocumentException(parser, document.type(), start, value.placeInInput(e));
    }
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}

package io.mutualplan.jackson3;

import io.mutualplan.json.MapJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a document as map-json writes it: map-json makes the canonical text, and its tokens go to
 * the mapper's generator one by one, numbers as the text map-json chose ({@code 120000.50} stays
 * {@code 120000.50}). With the mapper's defaults the output is map-json's bytes; the mapper's own
 * layout (its pretty printer) and escaping settings apply as to any value it writes, and a
 * generator that builds a tree or another format gets the document's structure, not a string of
 * JSON.
 *
 * @param <T> the type of the documents
 */
final class DocumentSerializer<T> extends StdSerializer<T> {
  /** Reads back map-json's own output, which is always well within the default limits. */
  private static final JsonFactory CANONICAL_TEXT = new JsonFactory();

  private final DocumentType<T> document;

  DocumentSerializer(DocumentType<T> document) {
    super(document.type());
    this.document = document;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext context) {
    String canonical = document.in(MapJson.standard()).write(value);
    try (JsonParser tokens = CANONICAL_TEXT.createParser(ObjectReadContext.empty(), canonical)) {
      for (JsonToken token = tokens.nextToken(); token != null; token = tokens.nextToken()) {
        copy(token, tokens, gen);
      }
    }
  }

  private static void copy(JsonToken token, JsonParser tokens, JsonGenerator gen) {
    switch (token) {
      case START_OBJECT -> gen.writeStartObject();
      case END_OBJECT -> gen.writeEndObject();
      case START_ARRAY -> gen.writeStartArray();
      case END_ARRAY -> gen.writeEndArray();
      case PROPERTY_NAME -> gen.writeName(tokens.currentName());
      case VALUE_STRING -> gen.writeString(tokens.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> copyNumber(tokens, gen);
      case VALUE_TRUE -> gen.writeBoolean(true);
      case VALUE_FALSE -> gen.writeBoolean(false);
      case VALUE_NULL -> gen.writeNull();
      default -> throw new IllegalStateException("map-json wrote a " + token + " token");
    }
  }

  /**
   * A number as map-json wrote it: as text where the generator writes text (written as a {@code
   * BigDecimal}, {@code 0.00000001} would become {@code 1E-8}), else as the exact value (a tree
   * keeps {@code 120000.50} as a {@code BigDecimal} of scale 2).
   */
  private static void copyNumber(JsonParser tokens, JsonGenerator gen) {
    if (gen.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS)) {
      gen.writeNumber(tokens.getString());
    } else {
      gen.copyCurrentEventExact(tokens);
    }
  }
}

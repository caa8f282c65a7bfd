package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.function.Function;

/**
 * How one type is read and written: the one reader and the one writer of a document (a plan, a
 * schedule, ...) or of a part of one (a milestone, an id), shared by {@link JsonDocuments} and
 * the Jackson module.
 *
 * @param <T> the type
 */
final class Codec<T> {
  /** Writes one value in canonical form. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator gen, T value) throws IOException;
  }

  private final Class<T> type;
  private final String what;
  private final DocumentReader.ValueReader<T> reader;
  private final Writer<T> writer;

  /**
   * A codec.
   *
   * @param type the type read and written
   * @param what a value of the type in messages, such as {@code "a plan document"}
   * @param reader reads a value
   * @param writer writes a value
   */
  Codec(Class<T> type, String what, DocumentReader.ValueReader<T> reader, Writer<T> writer) {
    this.type = type;
    this.what = what;
    this.reader = reader;
    this.writer = writer;
  }

  /** A value written as a string and made from it by {@code parse}: an id, a spelling. */
  static <T> Codec<T> text(Class<T> type, String what, Function<String, T> parse,
      Function<T, String> spelling) {
    return new Codec<>(type, what, in -> in.parsed(parse),
        (gen, value) -> gen.writeString(spelling.apply(value)));
  }

  Class<T> type() {
    return type;
  }

  /**
   * Reads a whole document: nothing may follow the value.
   *
   * @throws DocumentReadException with every problem found
   */
  T readDocument(JsonParser parser, SourceText text, boolean lenient) {
    return new DocumentReader(parser, text, lenient).read(what, reader, true);
  }

  /**
   * Reads the value the parser stands on inside a larger document, leaving the parser on its last
   * token.
   *
   * @throws DocumentReadException with every problem found, pointers relative to the value
   */
  T readValue(JsonParser parser, boolean lenient) {
    return new DocumentReader(parser, SourceText.NONE, lenient).read(what, reader, false);
  }

  void write(JsonGenerator gen, T value) throws IOException {
    writer.write(gen, value);
  }
}

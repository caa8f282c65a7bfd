package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.mutualplan.core.PlanLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Optional;

/**
 * The one {@link JsonFactory} of the documents: the format's limits as stream constraints, strict
 * JSON (no comments, no trailing commas, ...), and sources and targets left open for their owner.
 */
public final class DocumentFactory {
  /** Longer numbers are refused before they are parsed; no value of the format comes close. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(PlanLimits.MAX_NESTING_DEPTH)
          .maxStringLength(PlanLimits.MAX_TEXT_LENGTH)
          .maxNameLength(PlanLimits.MAX_TEXT_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(PlanLimits.MAX_DOCUMENT_BYTES)
          .build())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // Characters outside the BMP as UTF-8, not as escaped surrogate pairs: text and bytes agree.
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  /** Two spaces, {@code "key": value}, one value per line, {@code []} and {@code {}} when empty. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private DocumentFactory() {}

  /**
   * The factory; thread-safe.
   *
   * @return the factory
   */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * A parser over a document's bytes that checks them to be text in their encoding (UTF-8 by
   * the Unicode Standard's rules, no overlong encodings or encoded surrogates; UTF-16 and UTF-32
   * without unpaired surrogates): reading fails with {@link MalformedTextException} at the first
   * bad character. A valid UTF-8 document, the usual case, costs one quick pass before parsing.
   *
   * @param json the document
   * @return the parser, not started
   * @throws IOException when the parser cannot be made
   */
  public static JsonParser parser(byte[] json) throws IOException {
    if (DocumentEncoding.of(json, json.length) == DocumentEncoding.UTF_8
        && Utf8.scan(json, 0, json.length) == json.length) {
      return FACTORY.createParser(json);
    }
    // Invalid text is read the way a stream is, so that every source reports it the same way.
    return parser(new ByteArrayInputStream(json));
  }

  /**
   * A parser over a document's bytes read from a stream, checked as {@link #parser(byte[])} does;
   * the stream is read as the parser needs it, never buffered whole, and not closed.
   *
   * @param json the document
   * @return the parser, not started
   * @throws IOException when the stream fails, or the document is not valid text within its
   *     first bytes ({@link MalformedTextException})
   */
  public static JsonParser parser(InputStream json) throws IOException {
    byte[] head = json.readNBytes(4);
    DocumentEncoding encoding = DocumentEncoding.of(head, head.length);
    return switch (encoding) {
      case UTF_8 -> FACTORY.createParser(new Utf8CheckedStream(head, json));
      case UNUSUAL -> FACTORY.createParser(
          new SequenceInputStream(new ByteArrayInputStream(head), json));
      default -> FACTORY.createParser(
          new CheckedDecodingReader(head, json, encoding.charset(), encoding.displayName()));
    };
  }

  /**
   * Where a document that is not valid text went wrong, when reading failed before parsing
   * began; empty when {@code e} is another failure.
   *
   * @param e the failure while making the parser
   * @return the problem, with the line and column of the bad byte
   */
  public static Optional<FormatProblem> malformedText(IOException e) {
    if (!(e instanceof MalformedTextException malformed)) {
      return Optional.empty();
    }
    return Optional.of(malformed.line() > 0
        ? FormatProblem.at("", malformed.line(), malformed.column(), malformed.getMessage())
        : FormatProblem.unlocated("", malformed.getMessage()));
  }

  /**
   * Makes a generator pretty-print, the same way for every document.
   *
   * @param gen the generator
   * @return the generator
   */
  public static JsonGenerator pretty(JsonGenerator gen) {
    PrettyPrinter printer = PRETTY.createInstance();
    return gen.setPrettyPrinter(printer);
  }
}

package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.mutualplan.core.PlanLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The one {@link JsonFactory} of the documents, and a parser for each kind of source. The factory
 * holds the format's limits as stream constraints, reads strict JSON (no comments, no trailing
 * commas) and leaves sources and targets open for their owner. Every source is read the same way:
 * a leading byte order mark (U+FEFF) is passed over, bytes are checked to be text in their
 * encoding, and the parser never sees either.
 */
final class DocumentSources {
  /** Longer numbers are refused before they are parsed; no value of the format comes close. */
  static final int MAX_NUMBER_LENGTH = 100;

  /**
   * The format's limits, as the parser enforces them. The parser counts a string in UTF-16 units
   * and a name in units, or in bytes when it reads UTF-8, while a plan's text limit counts
   * characters: its limits on strings and names let through the most that 10,000 characters can
   * take (two units, or four bytes, each), and the reader checks the exact limit on what comes
   * through, with the same problem.
   */
  static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(PlanLimits.MAX_NESTING_DEPTH)
      .maxStringLength(2 * PlanLimits.MAX_TEXT_LENGTH)
      .maxNameLength(4 * PlanLimits.MAX_TEXT_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxDocumentLength(PlanLimits.MAX_DOCUMENT_BYTES)
      .build();

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(LIMITS)
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

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private DocumentSources() {}

  /**
   * A parser over a document, and what it can tell of the text it read.
   *
   * @param parser the parser, not started
   * @param text the text, where the source holds it
   */
  record Source(JsonParser parser, SourceText text) {}

  static Source of(String json) throws IOException {
    if (!json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK) {
      StringReader characters = new StringReader(json);
      characters.skip(1);
      return new Source(FACTORY.createParser(characters), SourceText.of(json, 1));
    }
    return new Source(FACTORY.createParser(json), SourceText.of(json, 0));
  }

  static Source of(Reader json) throws IOException {
    PushbackReader characters = new PushbackReader(json, 1);
    int first = characters.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      characters.unread(first);
    }
    return new Source(FACTORY.createParser(characters), SourceText.NONE);
  }

  /**
   * A parser over a document's bytes: UTF-8, checked to be valid (a valid document, the usual
   * case, costs one quick pass before parsing), or UTF-16 or UTF-32 as JSON allows.
   */
  static Source of(byte[] json) throws IOException {
    int start = Utf8CheckedStream.startsWithByteOrderMark(json) ? 3 : 0;
    if (encoding(json) == null && Utf8.scan(json, start, json.length) == json.length) {
      return new Source(FACTORY.createParser(json, start, json.length - start),
          SourceText.of(json, start));
    }
    // Invalid text is read the way a stream is, so that every source reports it the same way.
    return of(new ByteArrayInputStream(json));
  }

  /**
   * A parser over a document's bytes read from a stream, checked as {@link #of(byte[])} checks
   * them; the stream is read as the parser needs it, never buffered whole, and not closed.
   */
  static Source of(InputStream json) throws IOException {
    byte[] head = json.readNBytes(4);
    Charset encoding = encoding(head);
    if (encoding == null) {
      Utf8CheckedStream checked = new Utf8CheckedStream(head, json);
      return new Source(FACTORY.createParser(checked), checked);
    }
    CheckedDecodingReader characters = new CheckedDecodingReader(head, json, encoding);
    return new Source(FACTORY.createParser(characters), SourceText.ending(characters::isEnd));
  }

  /**
   * The encoding of a document whose first bytes are {@code head}, when it is UTF-16 or UTF-32;
   * null for UTF-8. JSON text starts with an ASCII character (RFC 8259, and RFC 4627 section 3),
   * so the zero bytes among the first four tell the other encodings, as byte order marks do. The
   * parser does the same on its own, but does not say what it found; the strict decoders need to
   * be told.
   */
  private static Charset encoding(byte[] head) {
    int b0 = head.length > 0 ? head[0] & 0xFF : -1;
    int b1 = head.length > 1 ? head[1] & 0xFF : -1;
    boolean quad = head.length >= 4;
    if (quad && ((b0 == 0 && b1 == 0 && head[2] == (byte) 0xFE && head[3] == (byte) 0xFF)
        || (b0 == 0xFF && b1 == 0xFE && head[2] == 0 && head[3] == 0))) {
      return Charset.forName("UTF-32");
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    if (quad && b0 == 0 && b1 == 0 && head[2] == 0) {
      return Charset.forName("UTF-32BE");
    }
    if (quad && b1 == 0 && head[2] == 0 && head[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b0 == 0 && b1 >= 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (b1 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Makes a generator pretty-print, the same way for every document. */
  static JsonGenerator pretty(JsonGenerator gen) {
    return gen.setPrettyPrinter(PRETTY.createInstance());
  }
}

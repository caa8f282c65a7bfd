package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.mutualplan.core.PlanLimits;

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

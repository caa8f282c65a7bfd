package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.mutualplan.json.internal.Codec;
import io.mutualplan.json.internal.FormatFailure;

/**
 * The Jackson deserializer of one type of the documents: the codec's hand-written streaming
 * reader. Unknown fields are ignored exactly when the mapper has {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} disabled. Problems are thrown as {@link
 * FormatFailure}, with pointers relative to the value read.
 *
 * @param <T> the type
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  /**
   * Creates the deserializer.
   *
   * @param codec the type's codec
   */
  CodecDeserializer(Codec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    boolean lenient = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return codec.readValue(parser, lenient);
    } catch (FormatFailure failure) {
      throw PlanFormatException.from(failure);
    }
  }
}

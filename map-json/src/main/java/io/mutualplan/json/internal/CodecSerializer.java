package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The Jackson serializer of one type of the documents: the codec's hand-written streaming writer,
 * so the output is canonical whatever the mapper's settings (except pretty printing).
 *
 * @param <T> the type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  /**
   * Creates the serializer.
   *
   * @param codec the type's codec
   */
  public CodecSerializer(Codec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    codec.write(gen, value);
  }
}

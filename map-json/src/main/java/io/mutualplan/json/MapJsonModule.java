package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * The Jackson module of MAP: hand-written streaming serializers and deserializers for every
 * document ({@code MutualActionPlan}, {@code Schedule}, {@code QualityReport}, {@code
 * RuleConfiguration}, {@code Forecast}, {@code PlanComparison}, {@code Portfolio} and its rows),
 * every part of a plan
 * (stakeholders, milestones, outcome, calendar, money, estimates, dependencies, revisions,
 * sign-offs), its ids and its enumerations, the same readers and writers as {@link MapJson}'s.
 * Values are built through the model's builders, so every rule of the plan runs; nothing is read
 * by reflection and no type information is ever read from the document.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} (it is a {@code ServiceLoader}
 * provider), or registered by hand:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new MapJsonModule());
 * MutualActionPlan plan = mapper.readValue(json, MutualActionPlan.class);
 * }</pre>
 *
 * <p>A problem in the document is thrown as a {@link DocumentReadException} (unchecked) with JSON
 * Pointers relative to the value read; when the value sits inside another bean, Jackson wraps it
 * in a {@code JsonMappingException} (its cause) that gives the path to the value, unless {@code
 * DeserializationFeature.WRAP_EXCEPTIONS} is disabled. Unknown fields are ignored when the mapper
 * has {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} disabled. The mapper's own stream
 * limits apply; {@link MapJson} sets the format's limits, so prefer it for documents from outside.
 */
public final class MapJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Every type with a codec: the documents first, then the parts of a plan. */
  private static final List<Codec<?>> CODECS = List.of(
      PlanCodecs.PLAN,
      ScheduleCodec.SCHEDULE,
      ReportCodec.REPORT,
      RuleConfigurationCodec.CONFIGURATION,
      ForecastCodec.FORECAST,
      DiffCodec.DIFF,
      PortfolioCodec.PORTFOLIO,
      PortfolioCodec.ROW);

  /** Creates the module with a serializer and a deserializer for every type it knows. */
  public MapJsonModule() {
    super("MapJsonModule", Version.unknownVersion());
    for (Codec<?> codec : CODECS) {
      register(codec);
    }
    for (Codec<?> codec : PlanCodecs.PARTS) {
      register(codec);
    }
  }

  private <T> void register(Codec<T> codec) {
    addSerializer(codec.type(), new CodecSerializer<>(codec));
    addDeserializer(codec.type(), new CodecDeserializer<>(codec));
  }

  /** Writes with the codec, so the output is canonical whatever the mapper's settings. */
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      codec.write(gen, value);
    }
  }

  /**
   * Reads with the codec; unknown fields are ignored exactly when the mapper has {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} disabled.
   */
  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    CodecDeserializer(Codec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      boolean lenient = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      return codec.readValue(parser, lenient);
    }
  }
}

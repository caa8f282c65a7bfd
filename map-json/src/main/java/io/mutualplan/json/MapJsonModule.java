package io.mutualplan.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.mutualplan.json.internal.Codec;
import io.mutualplan.json.internal.CodecSerializer;

/**
 * The Jackson module of MAP: hand-written streaming serializers and deserializers for {@code
 * MutualActionPlan} and every part of it (stakeholders, milestones, outcome, calendar, money,
 * estimates, dependencies, revisions, sign-offs), its ids and its enumerations, in the {@code
 * mutual-action-plan/1} format; for {@code Schedule} ({@code mutual-action-plan-schedule/1}),
 * {@code QualityReport} ({@code mutual-action-plan-report/1}) and {@code RuleConfiguration}. Values are built through the model's builders, so every rule of
 * the plan runs; nothing is read by reflection and no type information is ever read from the
 * document.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} (it is a {@code ServiceLoader}
 * provider), or registered by hand:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new MapJsonModule());
 * MutualActionPlan plan = mapper.readValue(json, MutualActionPlan.class);
 * }</pre>
 *
 * <p>A problem in the document is thrown as a {@link PlanFormatException} (unchecked) with JSON
 * Pointers relative to the value read; when the value sits inside another bean, Jackson wraps it
 * in a {@code JsonMappingException} (its cause) that gives the path to the value, unless {@code
 * DeserializationFeature.WRAP_EXCEPTIONS} is disabled. Unknown fields are ignored when the mapper has {@code
 * DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} disabled. The mapper's own stream limits
 * apply; {@link MapJson} sets the format's limits, so prefer it for documents from outside.
 */
public final class MapJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with a serializer and a deserializer for every type of the plan. */
  public MapJsonModule() {
    super("MapJsonModule", Version.unknownVersion());
    for (Codec<?> codec : Codec.all()) {
      register(codec);
    }
  }

  private <T> void register(Codec<T> codec) {
    addSerializer(codec.type(), new CodecSerializer<>(codec));
    addDeserializer(codec.type(), new CodecDeserializer<>(codec));
  }
}

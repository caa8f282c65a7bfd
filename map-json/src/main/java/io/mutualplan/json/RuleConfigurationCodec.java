package io.mutualplan.json;

import static io.mutualplan.json.DocumentReader.set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.mutualplan.json.DocumentReader.ObjectReading;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.rules.spi.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule configuration document:
 *
 * <pre>{@code
 * {"profile": "full", "autoThreshold": 15000,
 *  "rules": {"seller-share": {"enabled": true, "severity": "warning",
 *                             "parameters": {"maxShare": 0.7, "vagueTerms": ["tbd"]}}}}
 * }</pre>
 *
 * <p>Every field is optional. The reader checks the form (types, spellings, duplicates) and the
 * configuration's own rules, each at its value; whether a rule id or a parameter exists is for the
 * rule engine that the configuration is given to, which knows its rules. A parameter is a number
 * (read exactly), a text, or a list of texts.
 */
final class RuleConfigurationCodec {
  enum ConfigurationField { PROFILE, AUTO_THRESHOLD, RULES }

  static final Fields<ConfigurationField> FIELDS = new Fields<>(ConfigurationField.class,
      "a rule configuration");

  enum OverrideField { ENABLED, SEVERITY, PARAMETERS }

  static final Fields<OverrideField> OVERRIDE_FIELDS = new Fields<>(OverrideField.class,
      "a rule's settings");

  static final Codec<RuleConfiguration> CONFIGURATION = new Codec<>(RuleConfiguration.class,
      "a rule configuration", RuleConfigurationCodec::read, RuleConfigurationCodec::write);

  private RuleConfigurationCodec() {}

  /** Writes the configuration in the same form, absent values omitted. */
  static void write(JsonGenerator gen, RuleConfiguration configuration) throws IOException {
    gen.writeStartObject();
    FIELDS.string(gen, ConfigurationField.PROFILE, configuration.profile().map(Profile::spelling));
    FIELDS.optional(gen, ConfigurationField.AUTO_THRESHOLD, configuration.autoThreshold(),
        (out, threshold) -> out.writeNumber(threshold.toPlainString()));
    FIELDS.name(gen, ConfigurationField.RULES);
    gen.writeStartObject();
    for (Map.Entry<String, RuleOverride> rule : configuration.rules().entrySet()) {
      gen.writeFieldName(rule.getKey());
      writeOverride(gen, rule.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static void writeOverride(JsonGenerator gen, RuleOverride override) throws IOException {
    gen.writeStartObject();
    OVERRIDE_FIELDS.optional(gen, OverrideField.ENABLED, override.enabled(),
        JsonGenerator::writeBoolean);
    OVERRIDE_FIELDS.string(gen, OverrideField.SEVERITY,
        override.severity().map(Severity::spelling));
    if (!override.parameters().isEmpty()) {
      OVERRIDE_FIELDS.name(gen, OverrideField.PARAMETERS);
      gen.writeStartObject();
      for (Map.Entry<String, Object> parameter : override.parameters().entrySet()) {
        gen.writeFieldName(parameter.getKey());
        writeParameter(gen, parameter.getValue());
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  private static void writeParameter(JsonGenerator gen, Object value) throws IOException {
    if (value instanceof BigDecimal number) {
      gen.writeNumber(number.toPlainString());
    } else if (value instanceof List<?> texts) {
      gen.writeStartArray();
      for (Object text : texts) {
        gen.writeString(String.valueOf(text));
      }
      gen.writeEndArray();
    } else {
      gen.writeString(String.valueOf(value));
    }
  }

  static RuleConfiguration read(DocumentReader in) throws IOException {
    ObjectReading<ConfigurationField> object = in.object(FIELDS);
    RuleConfiguration.Builder configuration = RuleConfiguration.builder();
    for (ConfigurationField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case PROFILE -> set(in.parsed(Profile::parse), configuration::profile);
        case AUTO_THRESHOLD -> set(autoThreshold(in), configuration::autoThreshold);
        case RULES -> configuration.rules(in.map("a rule id", id -> "a rule's settings",
            RuleConfigurationCodec::override, RuleOverride.builder().build()));
      }
    }
    if (!object.complete()) {
      return null;
    }
    return in.buildPart(configuration::build);
  }

  /** The threshold, checked by the configuration's own rule here, so it is placed at its value. */
  private static BigDecimal autoThreshold(DocumentReader in) throws IOException {
    BigDecimal threshold = in.decimal();
    if (threshold == null) {
      return null;
    }
    RuleConfiguration alone =
        in.buildPart(() -> RuleConfiguration.builder().autoThreshold(threshold).build());
    return alone == null ? null : threshold;
  }

  private static RuleOverride override(DocumentReader in) throws IOException {
    ObjectReading<OverrideField> object = in.object(OVERRIDE_FIELDS);
    RuleOverride.Builder override = RuleOverride.builder();
    for (OverrideField field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ENABLED -> set(in.bool(), override::enabled);
        case SEVERITY -> set(in.parsed(Severity::parse), override::severity);
        case PARAMETERS -> override.parameters(in.map("a parameter name",
            name -> "parameter '" + Quote.text(name) + "'",
            RuleConfigurationCodec::parameter, ""));
      }
    }
    return object.complete() ? in.buildPart(override::build) : null;
  }

  /** A number, a text, or a list of texts. */
  private static Object parameter(DocumentReader in) throws IOException {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.decimal();
    }
    if (token == JsonToken.VALUE_STRING) {
      return in.text();
    }
    if (token == JsonToken.START_ARRAY) {
      String entry = "each entry of parameter '" + Quote.text(in.currentName()) + "'";
      return List.copyOf(in.list(entry, DocumentReader::text));
    }
    in.wrongType("a number, a text or a list of texts");
    return null;
  }
}

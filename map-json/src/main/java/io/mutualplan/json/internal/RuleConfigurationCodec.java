package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.rules.spi.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule configuration document:
 *
 * <pre>{@code
 * {"profile": "full", "autoThreshold": 15000,
 *  "rules": {"seller-share": {"enabled": true, "severity": "warning",
 *                             "parameters": {"maxShare": 0.7, "vagueTerms": ["tbd"]}}}}
 * }</pre>
 *
 * <p>Every field is optional. The reader checks the form (types, spellings, duplicates);
 * whether a rule id or a parameter exists is for the rule engine that the configuration is given
 * to, which knows its rules. A parameter is a number (read exactly), a text, or a list of texts.
 */
final class RuleConfigurationCodec {
  static final int PROFILE = 0;
  static final int AUTO_THRESHOLD = 1;
  static final int RULES = 2;
  static final FieldSet CONFIGURATION = new FieldSet("a rule configuration", 0,
      "profile", "autoThreshold", "rules");

  static final int ENABLED = 0;
  static final int SEVERITY = 1;
  static final int PARAMETERS = 2;
  static final FieldSet OVERRIDE = new FieldSet("a rule's settings", 0,
      "enabled", "severity", "parameters");

  private RuleConfigurationCodec() {}

  /** Writes the configuration in the same form, absent values omitted. */
  static void write(JsonGenerator gen, RuleConfiguration configuration) throws IOException {
    gen.writeStartObject();
    if (configuration.profile().isPresent()) {
      gen.writeStringField(CONFIGURATION.name(PROFILE), configuration.profile().get().spelling());
    }
    if (configuration.autoThreshold().isPresent()) {
      gen.writeFieldName(CONFIGURATION.name(AUTO_THRESHOLD));
      gen.writeNumber(configuration.autoThreshold().get().toPlainString());
    }
    gen.writeFieldName(CONFIGURATION.name(RULES));
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
    if (override.enabled().isPresent()) {
      gen.writeBooleanField(OVERRIDE.name(ENABLED), override.enabled().get());
    }
    if (override.severity().isPresent()) {
      gen.writeStringField(OVERRIDE.name(SEVERITY), override.severity().get().spelling());
    }
    if (!override.parameters().isEmpty()) {
      gen.writeFieldName(OVERRIDE.name(PARAMETERS));
      gen.writeStartObject();
      for (Map.Entry<String, Object> parameter : override.parameters().entrySet()) {
        gen.writeFieldName(parameter.getKey());
        Object value = parameter.getValue();
        if (value instanceof BigDecimal) {
          gen.writeNumber(((BigDecimal) value).toPlainString());
        } else if (value instanceof List) {
          gen.writeStartArray();
          for (Object text : (List<?>) value) {
            gen.writeString(String.valueOf(text));
          }
          gen.writeEndArray();
        } else {
          gen.writeString(String.valueOf(value));
        }
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  static RuleConfiguration read(JsonInput in, ValueLocations top, int slot) throws IOException {
    if (!in.expectObject(top, slot, "a rule configuration")) {
      return null;
    }
    ValueLocations object = in.open(top, slot, false);
    ObjectFields fields = in.fields(object, CONFIGURATION);
    RuleConfiguration.Builder configuration = RuleConfiguration.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case PROFILE -> {
          Profile profile = in.parsed(object, at, "profile", Profile::parse);
          if (profile != null) {
            configuration.profile(profile);
          }
        }
        case AUTO_THRESHOLD -> {
          BigDecimal threshold = in.decimal(object, at, "autoThreshold");
          if (threshold != null) {
            configuration.autoThreshold(threshold);
          }
        }
        case RULES -> configuration.rules(rules(in, object, at));
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    if (!fields.complete() || in.hasProblems()) {
      return null;
    }
    return in.buildPart(top, slot, configuration::build);
  }

  private static Map<String, RuleOverride> rules(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    Map<String, RuleOverride> rules = new LinkedHashMap<>();
    if (!in.expectObject(node, slot, "rules")) {
      return rules;
    }
    ValueLocations object = in.open(node, slot, false);
    String rule;
    while ((rule = in.nextField(object)) != null) {
      int at = in.slot();
      if (rules.containsKey(rule)) {
        in.duplicate(object, at, rule);
        in.skip();
        continue;
      }
      RuleOverride override = override(in, object, at);
      rules.put(rule, override == null ? RuleOverride.builder().build() : override);
    }
    in.close(object);
    return rules;
  }

  private static RuleOverride override(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectObject(node, slot, "a rule's settings")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, OVERRIDE);
    RuleOverride.Builder override = RuleOverride.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case ENABLED -> {
          Boolean enabled = in.bool(object, at, "enabled");
          if (enabled != null) {
            override.enabled(enabled);
          }
        }
        case SEVERITY -> {
          Severity severity = in.parsed(object, at, "severity", Severity::parse);
          if (severity != null) {
            override.severity(severity);
          }
        }
        case PARAMETERS -> override.parameters(parameters(in, object, at));
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? in.buildPart(node, slot, override::build) : null;
  }

  private static Map<String, Object> parameters(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!in.expectObject(node, slot, "parameters")) {
      return parameters;
    }
    ValueLocations object = in.open(node, slot, false);
    String name;
    while ((name = in.nextField(object)) != null) {
      int at = in.slot();
      if (parameters.containsKey(name)) {
        in.duplicate(object, at, name);
        in.skip();
        continue;
      }
      Object value = parameter(in, object, at, name);
      parameters.put(name, value == null ? "" : value);
    }
    in.close(object);
    return parameters;
  }

  private static Object parameter(JsonInput in, ValueLocations node, int slot, String name)
      throws IOException {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.decimal(node, slot, "parameter '" + Quote.text(name) + "'");
    }
    if (token == JsonToken.VALUE_STRING) {
      return in.text(node, slot, "parameter '" + Quote.text(name) + "'");
    }
    if (token == JsonToken.START_ARRAY) {
      List<String> texts = PlanReader.list(in, node, slot, "parameter", "an entry",
          (i, n, s) -> i.text(n, s, "each entry of parameter '" + Quote.text(name) + "'"));
      return List.copyOf(new ArrayList<>(texts));
    }
    in.wrongType(node, slot, "parameter '" + Quote.text(name) + "'",
        "a number, a text or a list of texts");
    return null;
  }
}

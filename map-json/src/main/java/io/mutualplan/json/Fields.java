package io.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.mutualplan.core.Suggestion;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The fields of one kind of object in a document, as an enum: each constant is a field, written in
 * JSON as the constant's name in camel case ({@code BUYER_OWNER} is {@code buyerOwner}), in the
 * order of the constants, which is the order of the format's table and the order writers use.
 * Readers find a field by its name, report the required ones that are missing, and suggest the
 * closest name for a misspelled one.
 *
 * @param <F> the enum of the fields
 */
final class Fields<F extends Enum<F>> {
  private final String what;
  private final F[] fields;
  private final String[] names;
  private final SerializableString[] encodedNames;
  private final Map<String, F> byName = new HashMap<>();
  private final EnumSet<F> required;

  /**
   * The fields of one kind of object.
   *
   * @param type the enum of the fields
   * @param what the object's name in messages, such as {@code "a milestone"}
   * @param required the fields an object must have
   */
  @SafeVarargs
  Fields(Class<F> type, String what, F... required) {
    this.what = what;
    this.fields = type.getEnumConstants();
    this.names = new String[fields.length];
    this.encodedNames = new SerializableString[fields.length];
    for (F field : fields) {
      names[field.ordinal()] = camelCase(field.name());
      byName.put(names[field.ordinal()], field);
      encodedNames[field.ordinal()] = new SerializedString(names[field.ordinal()]);
    }
    this.required = EnumSet.noneOf(type);
    for (F field : required) {
      this.required.add(field);
    }
  }

  private static String camelCase(String constant) {
    StringBuilder name = new StringBuilder(constant.length());
    boolean upper = false;
    for (char c : constant.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return name.toString();
  }

  /** The object's name in messages, such as {@code "a milestone"}. */
  String what() {
    return what;
  }

  /** The field's name in documents. */
  String name(F field) {
    return names[field.ordinal()];
  }

  /** Writes the field's name, encoded once for writers. */
  void name(JsonGenerator gen, F field) throws IOException {
    gen.writeFieldName(encodedNames[field.ordinal()]);
  }

  /** Writes the field with a string value. */
  void string(JsonGenerator gen, F field, String value) throws IOException {
    name(gen, field);
    gen.writeString(value);
  }

  /** Writes the field with a whole number. */
  void number(JsonGenerator gen, F field, long value) throws IOException {
    name(gen, field);
    gen.writeNumber(value);
  }

  /** Writes the field with {@code true} or {@code false}. */
  void bool(JsonGenerator gen, F field, boolean value) throws IOException {
    name(gen, field);
    gen.writeBoolean(value);
  }

  /** Writes the field with a date. */
  void date(JsonGenerator gen, F field, LocalDate value) throws IOException {
    name(gen, field);
    IsoDates.write(gen, value);
  }

  /**
   * Writes the field with a number rounded to {@code places} decimal places, half even, in plain
   * decimal notation without trailing zeros: {@code 0.9412}, {@code 0.5}, {@code 1}, {@code 0}.
   * A {@code double} that is the nearest to such a decimal (as a forecast's fractions are) is
   * written as that decimal, and reads back as the same {@code double}.
   */
  void rounded(JsonGenerator gen, F field, double value, int places) throws IOException {
    name(gen, field);
    // valueOf goes through the shortest decimal that reads back as the double; the scale removes
    // a last-digit artefact of that conversion, stripping the zeros gives one text per value.
    gen.writeNumber(BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString());
  }

  /** Writes the field as {@link #rounded} does, or with {@code null} when there is no value. */
  void roundedOrNull(JsonGenerator gen, F field, OptionalDouble value, int places)
      throws IOException {
    if (value.isPresent()) {
      rounded(gen, field, value.getAsDouble(), places);
    } else {
      name(gen, field);
      gen.writeNull();
    }
  }

  /** Writes the field, with a value written by {@code writer}, when there is a value. */
  <T> void optional(JsonGenerator gen, F field, Optional<T> value,
      Codec.Writer<? super T> writer) throws IOException {
    if (value.isPresent()) {
      name(gen, field);
      writer.write(gen, value.get());
    }
  }

  /** Writes the field with a string value when there is one. */
  void string(JsonGenerator gen, F field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      string(gen, field, value.get());
    }
  }

  /** Writes the field with a date when there is one. */
  void date(JsonGenerator gen, F field, Optional<LocalDate> value) throws IOException {
    if (value.isPresent()) {
      date(gen, field, value.get());
    }
  }

  /** Writes the field with a value, or {@code null} when there is none. */
  <T> void orNull(JsonGenerator gen, F field, Optional<T> value, Codec.Writer<? super T> writer)
      throws IOException {
    name(gen, field);
    if (value.isPresent()) {
      writer.write(gen, value.get());
    } else {
      gen.writeNull();
    }
  }

  /** Writes the field with a string, or {@code null} when there is none. */
  void stringOrNull(JsonGenerator gen, F field, Optional<String> value) throws IOException {
    orNull(gen, field, value, JsonGenerator::writeString);
  }

  /** Writes the field with a date, or {@code null} when there is none. */
  void dateOrNull(JsonGenerator gen, F field, Optional<LocalDate> value) throws IOException {
    orNull(gen, field, value, IsoDates::write);
  }

  /** Writes the field with an array of {@code values}, each written by {@code element}. */
  <T> void array(JsonGenerator gen, F field, List<T> values, Codec.Writer<? super T> element)
      throws IOException {
    name(gen, field);
    array(gen, values, element);
  }

  /** Writes an array of {@code values}, each written by {@code element}. */
  static <T> void array(JsonGenerator gen, List<T> values, Codec.Writer<? super T> element)
      throws IOException {
    gen.writeStartArray(values, values.size());
    for (int i = 0, size = values.size(); i < size; i++) {
      element.write(gen, values.get(i));
    }
    gen.writeEndArray();
  }

  /** Writes the field with a whole number, or {@code null} when there is none. */
  void numberOrNull(JsonGenerator gen, F field, OptionalLong value) throws IOException {
    name(gen, field);
    if (value.isPresent()) {
      gen.writeNumber(value.getAsLong());
    } else {
      gen.writeNull();
    }
  }

  /** Writes the field with a whole number, or {@code null} when there is none. */
  void numberOrNull(JsonGenerator gen, F field, OptionalInt value) throws IOException {
    numberOrNull(gen, field, value.isPresent() ? OptionalLong.of(value.getAsInt())
        : OptionalLong.empty());
  }

  /** How many fields the object has. */
  int size() {
    return fields.length;
  }

  boolean isRequired(F field) {
    return required.contains(field);
  }

  Set<F> required() {
    return required;
  }

  /** The field named {@code name}, or null when the object has no such field. */
  F find(String name) {
    return byName.get(name);
  }

  /** Every name, for a message: {@code "id, title, ..."}. */
  String list() {
    return String.join(", ", names);
  }

  /** The known name closest to a misspelled one, or null when none is close. */
  String closest(String name) {
    return Suggestion.closest(name, Arrays.asList(names)).orElse(null);
  }
}

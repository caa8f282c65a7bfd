package io.mutualplan.json.internal;

import java.io.IOException;

/**
 * The fields of one object being read: finds each field's ordinal, reports unknown fields (unless
 * lenient), repeated fields and null required fields on the way, and at the end the required
 * fields that are missing.
 *
 * <pre>{@code
 * ObjectFields fields = in.fields(object, MILESTONE);
 * for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
 *   switch (field) { case ID -> ...; case TITLE -> ...; default -> { } }   // -1: already handled
 * }
 * if (fields.complete()) { build }
 * }</pre>
 */
final class ObjectFields {
  /** Returned by {@link #next()} at the end of the object. */
  static final int END = Integer.MIN_VALUE;

  /** Returned by {@link #next()} for a field already dealt with (unknown, repeated or null). */
  static final int HANDLED = -1;

  private final JsonInput in;
  private final ValueLocations object;
  private final FieldSet fields;
  private final int problemsBefore;
  private int seen;
  private int present;
  private int slot;

  ObjectFields(JsonInput in, ValueLocations object, FieldSet fields) {
    this.in = in;
    this.object = object;
    this.fields = fields;
    this.problemsBefore = in.problemCount();
    object.useFields(fields);
  }

  /**
   * Moves to the next field and onto its value.
   *
   * @return the field's ordinal; {@link #HANDLED} for a field to pass over; {@link #END} at the
   *     end of the object
   */
  int next() throws IOException {
    String name = in.nextField(object);
    if (name == null) {
      return END;
    }
    slot = in.slot();
    int ordinal = object.ordinal(slot);
    if (ordinal < 0) {
      if (!in.lenient()) {
        String closest = fields.closest(name);
        in.problem(object, slot, "unknown field '" + Quote.text(name) + "' in " + fields.what()
            + (closest != null
                ? "; did you mean '" + closest + "'?"
                : "; the fields of " + fields.what() + " are: " + fields.list())
            + " (or read leniently to ignore unknown fields)");
      }
      in.skip();
      return HANDLED;
    }
    int bit = 1 << ordinal;
    if ((seen & bit) != 0) {
      in.duplicate(object, slot, name);
      in.skip();
      return HANDLED;
    }
    seen |= bit;
    if (in.isNull()) {
      if ((fields.required() & bit) != 0) {
        in.problem(object, slot, name + " is required and cannot be null");
      }
      return HANDLED;
    }
    present |= bit;
    return ordinal;
  }

  /** The slot of the current field's value. */
  int slot() {
    return slot;
  }

  /**
   * Reports the required fields never given, and tells whether the object can be built: every
   * required field present and no problem found inside it.
   */
  boolean complete() {
    int missing = fields.required() & ~seen;
    for (int ordinal = 0; missing != 0 && ordinal < fields.size(); ordinal++) {
      if ((missing & (1 << ordinal)) != 0) {
        String name = fields.name(ordinal);
        in.missing(object, name, fields.what() + " needs " + name + "; it is missing");
      }
    }
    return (fields.required() & ~present) == 0 && in.problemCount() == problemsBefore;
  }

  /** Whether the field with this ordinal had a non-null value. */
  boolean has(int ordinal) {
    return (present & (1 << ordinal)) != 0;
  }
}

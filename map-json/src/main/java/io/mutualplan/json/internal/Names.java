package io.mutualplan.json.internal;

import com.fasterxml.jackson.core.io.SerializedString;

/** Field names encoded once, for writers: {@code gen.writeFieldName(name)} copies bytes. */
final class Names {
  private Names() {}

  static SerializedString[] of(FieldSet fields) {
    SerializedString[] names = new SerializedString[fields.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = new SerializedString(fields.name(i));
    }
    return names;
  }
}

package io.mutualplan.jackson3;

import io.mutualplan.json.MapJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mappers and map-json options the tests compare. */
final class Mappers {
  /** Jackson 3's defaults, with the modules it finds: unknown properties are ignored. */
  static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

  /** Failing on unknown properties, so that documents are read as strictly as map-json does. */
  static final JsonMapper STRICT = JsonMapper.builder().findAndAddModules()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static final MapJson JSON = MapJson.standard();

  private Mappers() {}
}

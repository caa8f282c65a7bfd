/**
 * MAP Jackson 3: every MAP document (plans, schedules, quality reports, rule configurations,
 * forecasts, diffs, portfolios and their rows) in a Jackson 3 {@code JsonMapper}, such as the one
 * a Spring Boot 4 service is given, read and written by map-json.
 *
 * <p>map-json is required transitively because the documents and the problems of a rejected one
 * are its types (and, through it, map-core's and map-rules'); Jackson 3's databind is required
 * transitively because the module and its exception are Jackson types. Jackson 2, which map-json
 * runs on, lives beside Jackson 3 under other module names.
 *
 * <p>The name ends in a digit, which javac advises against, because it is the Jackson version the
 * module is for and matches the artifact's name, as {@code org.apache.commons.lang3} does.
 */
@SuppressWarnings("module")
module io.mutualplan.jackson3 {
  requires transitive io.mutualplan.json;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;

  exports io.mutualplan.jackson3;

  provides tools.jackson.databind.JacksonModule with io.mutualplan.jackson3.MapJackson3Module;
}

/**
 * MAP JSON: every MAP document (plans, schedules, quality reports, rule configurations,
 * forecasts, diffs, portfolios) as a front door ({@code MapJson}) and as a Jackson module ({@code
 * MapJsonModule}).
 *
 * <p>map-core, map-rules and map-forecast are required transitively because the documents are
 * their types: whoever reads a report with this module holds a {@code QualityReport}. Jackson's databind is
 * required transitively for the module's users; it brings jackson-core along.
 */
module io.mutualplan.json {
  requires transitive io.mutualplan.core;
  requires transitive io.mutualplan.rules;
  requires transitive io.mutualplan.forecast;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports io.mutualplan.json;

  provides com.fasterxml.jackson.databind.Module with io.mutualplan.json.MapJsonModule;
}

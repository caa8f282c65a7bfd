/**
 * MAP JSON: the {@code mutual-action-plan/1} document and the schedule and report documents, as a
 * front door ({@code MapJson}) and as a Jackson module ({@code MapJsonModule}).
 */
module io.mutualplan.json {
  requires transitive io.mutualplan.core;
  requires transitive io.mutualplan.rules;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.mutualplan.json;

  provides com.fasterxml.jackson.databind.Module with io.mutualplan.json.MapJsonModule;
}

package io.mutualplan.cli;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;

/**
 * Reads a plan document, strictly by default (an unknown field is an error: a typo must not
 * vanish) or leniently ({@code --lenient}: unknown fields are ignored), turning everything wrong
 * with it into bad input that names the file, the JSON Pointer, the line and the column.
 */
final class PlanReading {
  private PlanReading() {}

  static MutualActionPlan read(PlanSource source, boolean lenient) {
    try {
      return MapJson.standard().withLenient(lenient).plans().read(source.bytes());
    } catch (DocumentReadException e) {
      throw PlanProblems.unreadable(source, e);
    } catch (InvalidPlanException e) {
      throw PlanProblems.invalid(source, e);
    }
  }
}

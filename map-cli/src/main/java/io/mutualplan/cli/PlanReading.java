package io.mutualplan.cli;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import java.util.List;

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

  /**
   * What a strict read finds wrong with a plan that a lenient read took: its unknown fields, each
   * at its own JSON Pointer, and, when there are too many to read on, the problem that says
   * reading stopped. None when the plan has no unknown field.
   */
  static List<DocumentProblem> strictProblems(PlanSource source) {
    try {
      MapJson.standard().plans().read(source.bytes());
      return List.of();
    } catch (DocumentReadException e) {
      return e.problems();
    } catch (InvalidPlanException e) {
      // The same plan as the lenient read's, which was valid: never the case.
      return List.of();
    }
  }
}

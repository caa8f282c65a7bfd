package io.mutualplan.cli;

import io.mutualplan.core.Counts;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --lenient}, for every command that reads a plan, and the reading of plans it decides:
 * strictly by default (an unknown field is an error: a typo must not vanish) or leniently (unknown
 * fields are ignored), everything wrong with a plan turned into bad input that names the file,
 * the JSON Pointer, the line and the column.
 */
final class LenientOption {
  /** The most fields a note names. */
  private static final int MAX_NAMED = 3;

  @Option(
      names = "--lenient",
      order = 7,
      description = "Ignore fields the plan format does not know (a CRM's own fields, say) "
          + "instead of rejecting the plan; known fields are checked as strictly as ever.")
  private boolean lenient;

  /** How plans are read: leniently when {@code --lenient} is given. */
  MapJson json() {
    return MapJson.standard().withLenient(lenient);
  }

  /** Reads and validates the plan in a source, leniently when {@code --lenient} is given. */
  MutualActionPlan read(PlanSource source) {
    try {
      return json().plans().read(source.bytes());
    } catch (DocumentReadException e) {
      throw PlanProblems.unreadable(source, e);
    } catch (InvalidPlanException e) {
      throw PlanProblems.invalid(source, e);
    }
  }

  /**
   * What {@code --lenient} left out of a plan it read, in a note for a command that writes the
   * plan (so that a CRM's fields are not lost without a word): the fields the plan format does
   * not know, by JSON Pointer. None when reading strictly or when the plan has no such field.
   * A strict read tells which fields they are: the lenient reader passes over them in silence.
   */
  List<String> leftOut(PlanSource source) {
    if (!lenient) {
      return List.of();
    }
    List<DocumentProblem> problems = strictProblems(source);
    List<String> fields = problems.stream()
        .filter(DocumentProblem::unknownField)
        .map(DocumentProblem::pointer)
        .toList();
    if (fields.isEmpty()) {
      return List.of();
    }
    // The strict read stops after its 100th problem: there may be more fields than it found.
    boolean more = fields.size() < problems.size();
    String listed = String.join(", ", fields.subList(0, Math.min(fields.size(), MAX_NAMED)))
        + (fields.size() > MAX_NAMED || more ? ", ..." : "");
    return List.of("--lenient left out " + (more ? "at least " : "")
        + Counts.of(fields.size(), "field", "fields") + " the plan format does not know ("
        + listed + "); the plan written does not have " + (fields.size() == 1 ? "it" : "them"));
  }

  /**
   * What a strict read finds wrong with a plan that a lenient read took: its unknown fields, each
   * at its own JSON Pointer, and, when there are too many to read on, the problem that says
   * reading stopped. None when the plan has no unknown field.
   */
  private static List<DocumentProblem> strictProblems(PlanSource source) {
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

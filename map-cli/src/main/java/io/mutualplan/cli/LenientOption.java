package io.mutualplan.cli;

import io.mutualplan.core.Counts;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.DocumentProblem;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --lenient}, for every command that reads a plan. */
final class LenientOption {
  /** The most fields a note names. */
  private static final int MAX_NAMED = 3;

  @Option(
      names = "--lenient",
      order = 7,
      description = "Ignore fields the plan format does not know (a CRM's own fields, say) "
          + "instead of rejecting the plan; known fields are checked as strictly as ever.")
  private boolean lenient;

  /** Whether {@code --lenient} was given. */
  boolean isLenient() {
    return lenient;
  }

  /** Reads and validates the plan in a source, leniently when {@code --lenient} is given. */
  MutualActionPlan read(PlanSource source) {
    return PlanReading.read(source, lenient);
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
    List<DocumentProblem> problems = PlanReading.strictProblems(source);
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
}

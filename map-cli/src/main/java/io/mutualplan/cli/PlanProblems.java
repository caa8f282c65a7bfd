package io.mutualplan.cli;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.PlanProblem;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.DocumentProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's problems as lines for standard error, each naming the file, the JSON Pointer and, when
 * known, the line and column: {@code plan.json: /milestones/3/buyerOwner (line 12, column 22):
 * ...}. A long list is cut after {@value #MAX_LISTED} lines, so that a broken file does not bury
 * the terminal.
 */
final class PlanProblems {
  static final int MAX_LISTED = 10;

  private PlanProblems() {}

  /** A document that could not be read as a plan. */
  static BadInputException unreadable(PlanSource source, DocumentReadException e) {
    List<String> described = new ArrayList<>();
    for (DocumentProblem problem : e.problems()) {
      described.add(PlanWords.oneLine(problem.toString()));
    }
    return lines(source, described);
  }

  /** A plan that breaks a rule of the plan format. */
  static BadInputException invalid(PlanSource source, InvalidPlanException e) {
    List<String> described = new ArrayList<>();
    for (PlanProblem problem : e.problems()) {
      described.add(PlanWords.oneLine(problem.toString()));
    }
    return lines(source, described);
  }

  private static BadInputException lines(PlanSource source, List<String> problems) {
    List<String> lines = new ArrayList<>(MAX_LISTED + 1);
    int listed = Math.min(problems.size(), MAX_LISTED);
    for (int i = 0; i < listed; i++) {
      lines.add(source.name() + ": " + problems.get(i));
    }
    if (problems.size() > listed) {
      lines.add(source.name() + ": ... and " + (problems.size() - listed) + " more problems");
    }
    return new BadInputException(lines);
  }
}

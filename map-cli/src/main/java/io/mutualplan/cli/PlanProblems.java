package io.mutualplan.cli;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.PlanProblem;
import io.mutualplan.core.Texts;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import io.mutualplan.sheets.TableException;
import io.mutualplan.sheets.TableProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan's problems as lines for standard error, each naming the file, the JSON Pointer and, when
 * known, the line and column: {@code plan.json: /milestones/3/buyerOwner (line 12, column 22):
 * ...}; a table's, each naming the file, the row and the column. A long list is cut after
 * {@value #MAX_LISTED} lines, so that a broken file does not bury the terminal; {@link #cut} cuts
 * every list of problems the same way.
 */
final class PlanProblems {
  static final int MAX_LISTED = 10;

  /**
   * What a plan's unknown field ends with: the option that reads the plan without it. The reader
   * marks such a problem, and says nothing of how to read leniently, which each program offers
   * in its own way; a rule configuration is read only strictly, so its problems go without.
   */
  private static final String LENIENT_ADVICE = " (or give --lenient to ignore unknown fields)";

  private PlanProblems() {}

  /** A document that could not be read as a plan. */
  static BadInputException unreadable(PlanSource source, DocumentReadException e) {
    List<String> described = new ArrayList<>();
    for (DocumentProblem problem : found(e)) {
      described.add(problem + lenientAdvice(problem));
    }
    return lines(source, described, stopped(e));
  }

  /**
   * The problems a reader found in a document: without, when it stopped after too many, the last,
   * which says so and is no problem of the document.
   */
  static List<DocumentProblem> found(DocumentReadException e) {
    List<DocumentProblem> problems = e.problems();
    return e.tooManyProblems() ? problems.subList(0, problems.size() - 1) : problems;
  }

  /** The reader's sentence saying it stopped after too many problems, when it did. */
  static Optional<String> stopped(DocumentReadException e) {
    List<DocumentProblem> problems = e.problems();
    return e.tooManyProblems()
        ? Optional.of(problems.get(problems.size() - 1).message()) : Optional.empty();
  }

  /** What a problem ends with: {@link #LENIENT_ADVICE} for an unknown field, else nothing. */
  static String lenientAdvice(DocumentProblem problem) {
    return problem.unknownField() ? LENIENT_ADVICE : "";
  }

  /**
   * A rule configuration that could not be read: as {@link #unreadable}, without the advice to
   * give {@code --lenient}, which is for plans only.
   */
  static BadInputException unreadableConfiguration(PlanSource source, DocumentReadException e) {
    return lines(source, found(e).stream().map(DocumentProblem::toString).toList(), stopped(e));
  }

  /**
   * A plan that breaks a rule of the plan format once changed (deriving its due dates), each
   * problem placed in the document it was read from.
   */
  static BadInputException invalid(PlanSource source, InvalidPlanException e) {
    List<DocumentProblem> problems = new ArrayList<>();
    for (PlanProblem problem : e.problems()) {
      problems.add(DocumentProblem.unlocated(problem.pointer(), problem.message()));
    }
    return lines(source, placed(source, problems), Optional.empty());
  }

  /**
   * A MAP table that could not be imported: each problem with its row as the file numbers it, its
   * column and the cell's text, as the table's reader words it: {@code deal.csv: row 4, Due:
   * '15/04/2027' is not a date (yyyy-MM-dd)}.
   */
  static BadInputException table(PlanSource source, TableException e) {
    return lines(source, e.problems().stream().map(TableProblem::toString).toList(),
        Optional.empty());
  }

  /**
   * A problem at a JSON Pointer of a document that was read, with the line and column of the
   * pointer (or of the deepest part of it that the document has).
   */
  static String located(PlanSource source, String pointer, String message) {
    return placed(source, List.of(DocumentProblem.unlocated(pointer, message))).get(0);
  }

  /**
   * Problems found after a document was read, known by their JSON Pointers, each described with
   * the line and column where the value it points at starts in that document.
   */
  static List<String> placed(PlanSource source, List<DocumentProblem> problems) {
    List<String> described = new ArrayList<>(problems.size());
    for (DocumentProblem problem : MapJson.standard().plans().place(source.bytes(), problems)) {
      described.add(problem.toString());
    }
    return described;
  }

  private static BadInputException lines(PlanSource source, List<String> problems,
      Optional<String> stopped) {
    List<String> lines = new ArrayList<>(MAX_LISTED + 2);
    for (String line : cut(problems, MAX_LISTED, stopped)) {
      lines.add(source.name() + ": " + line);
    }
    return new BadInputException(lines);
  }

  /**
   * Problems as every output lists them: the first {@code most}, a line for the rest ({@code ...
   * and 90 more problems}), then, when the reader stopped after too many problems, its sentence
   * saying so, which is neither a problem nor counted as one.
   */
  static List<String> cut(List<String> problems, int most, Optional<String> stopped) {
    List<String> lines = new ArrayList<>(Texts.listed(problems, most));
    stopped.ifPresent(lines::add);
    return lines;
  }
}

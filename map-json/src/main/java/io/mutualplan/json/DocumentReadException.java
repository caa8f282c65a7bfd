package io.mutualplan.json;

import io.mutualplan.core.Texts;
import java.util.List;

/**
 * A document could not be read: it is not JSON, not a document of the expected type, breaks a
 * rule of its format, exceeds a reader limit, or could not be read at all (a missing file). Thrown
 * for every document map-json reads: plans, schedules, reports and rule configurations.
 *
 * <p>Lists every problem the reader could find in one pass, each with its JSON Pointer and, when
 * read from text, its line and column; {@link #getMessage()} gives one line per problem, so it can
 * be shown to a person as it is:
 *
 * <pre>{@code
 * try {
 *   MutualActionPlan plan = MapJson.standard().plans().read(Path.of("plan.json"));
 * } catch (DocumentReadException e) {
 *   System.err.println(e.getMessage());
 *   // /milestones/3/buyerOwner (line 12, column 22): buyerOwner 'alex' is on the seller side; ...
 * }
 * }</pre>
 *
 * <p>Problems of form (syntax, types, missing or unknown fields, spellings) are found while
 * reading, as many as possible: reading goes on after a bad value and stops at a syntax error or
 * a reader limit, or after {@value #MAX_PROBLEMS} problems ({@link #tooManyProblems()}). The plan's
 * own rules (references, dates in order, ...) are checked once the document is well formed, and
 * all of their problems are reported together. The message lists at most {@value #MAX_LISTED}
 * problems; {@link #problems()} has all of them.
 *
 * <p>The exception carries no cause and no stack trace: the problems say everything, and they are
 * about the document, not about the code.
 */
public final class DocumentReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems {@link #getMessage()} lists; {@link #problems()} holds all of them. */
  public static final int MAX_LISTED = 100;

  /**
   * The most problems of form a reader finds before it stops reading: a document this broken
   * needs a first round of fixes.
   */
  public static final int MAX_PROBLEMS = 100;

  /**
   * Serializable, though javac cannot tell from the type: a {@code List.copyOf} of problems, each
   * serialized through its plain-valued serial form.
   */
  @SuppressWarnings("serial")
  private final List<DocumentProblem> problems;

  private final boolean tooManyProblems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, in the order found; not empty
   */
  public DocumentReadException(List<DocumentProblem> problems) {
    this(problems, false);
  }

  /**
   * Creates the exception, for a read that may have stopped after {@value #MAX_PROBLEMS} problems
   * (a program that places map-json's problems elsewhere passes {@link #tooManyProblems()} on).
   *
   * @param problems every problem found, in the order found; when {@code tooManyProblems}, the
   *     last one says that reading stopped; not empty
   * @param tooManyProblems whether reading stopped after too many problems
   */
  public DocumentReadException(List<DocumentProblem> problems, boolean tooManyProblems) {
    super(message(problems, tooManyProblems), null, false, false);
    this.problems = List.copyOf(problems);
    this.tooManyProblems = tooManyProblems;
  }

  /**
   * The problems, at most {@value #MAX_LISTED} of them and a line for the rest; then, when reading
   * stopped, the line that says so, which is not one more problem.
   */
  private static String message(List<DocumentProblem> problems, boolean tooManyProblems) {
    if (!tooManyProblems || problems.size() < 2) {
      return Texts.problemLines(problems, MAX_LISTED);
    }
    int found = problems.size() - 1;
    return Texts.problemLines(problems.subList(0, found), MAX_LISTED) + "\n"
        + problems.get(found);
  }

  /**
   * One problem.
   *
   * @param problem the problem
   * @return the exception
   */
  public static DocumentReadException of(DocumentProblem problem) {
    return new DocumentReadException(List.of(problem));
  }

  /**
   * Every problem found.
   *
   * @return the problems, never empty
   */
  public List<DocumentProblem> problems() {
    return problems;
  }

  /**
   * Whether the reader stopped after {@value #MAX_PROBLEMS} problems, before the end of the
   * document: the last of {@link #problems()} is then not a problem of the document but the
   * sentence that says reading stopped ({@code reading stopped after 100 problems; fix these and
   * read the document again}), and the document may have more problems than were found.
   *
   * @return true when reading stopped after too many problems
   */
  public boolean tooManyProblems() {
    return tooManyProblems;
  }
}

package io.mutualplan.jackson3;

import io.mutualplan.core.Pointers;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A MAP document in a Jackson 3 mapper's input that map-json rejects: Jackson 3's exception for a
 * value that does not fit its type, carrying map-json's {@link DocumentReadException} as its
 * cause, with every problem's JSON Pointer, line, column and message.
 *
 * <pre>{@code
 * try {
 *   Deal deal = mapper.readValue(json, Deal.class);          // record Deal(String account, MutualActionPlan plan)
 * } catch (InvalidDocumentException e) {
 *   e.getPathReference();  // where the plan is: Deal["plan"]
 *   e.getLocation();       // where the plan starts in the input
 *   e.problems();          // /milestones/2/buyerOwner (line 14, column 23): buyerOwner 'alex' is on the seller side; ...
 * }
 * }</pre>
 *
 * <p>The problems' pointers are relative to the MAP value (the plan, not the record holding it),
 * as map-json reads the value alone; their lines and columns are where the offending values are in
 * the mapper's input, so for a document read alone every problem is exactly the one map-json
 * reports. Lines and columns are absent when the input had none (a tree, a token buffer).
 * {@link #problemsInInput()} gives the same problems with pointers from the top of the input, for
 * a client that sent the whole body ({@code /plan/milestones/2/buyerOwner}).
 */
public final class InvalidDocumentException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /**
   * The cause. Jackson's constructors set the cause to none, which a throwable cannot change
   * afterwards; {@link #getCause()} gives this one.
   */
  private final DocumentReadException rejection;

  InvalidDocumentException(JsonParser parser, Class<?> type, TokenStreamLocation start,
      DocumentReadException rejection) {
    super(parser, "Cannot read `" + type.getSimpleName() + "`:\n" + rejection.getMessage(), start);
    _targetType = type;
    this.rejection = rejection;
  }

  /**
   * What map-json reported.
   *
   * @return the exception, with every problem
   */
  @Override
  public DocumentReadException getCause() {
    return rejection;
  }

  /**
   * Every problem map-json found in the value.
   *
   * @return the problems, never empty
   */
  public List<DocumentProblem> problems() {
    return rejection.problems();
  }

  /**
   * Every problem map-json found, each pointing from the top of the mapper's input rather than
   * from the MAP value: the pointer of where the value is (from Jackson's path, {@code
   * Deal["plan"]} is {@code /plan}, {@code [3]} is {@code /3}) before the problem's own pointer.
   * Lines, columns and messages are those of {@link #problems()}. For a value read alone, the
   * problems are {@link #problems()}.
   *
   * <p>Jackson adds to the path as the exception leaves the objects that hold the value, so ask
   * once it has left the mapper (in a {@code catch} around {@code readValue}, or in a framework's
   * error handler).
   *
   * <p>The pointer holds the steps Jackson's path holds, no others: a root name the reader
   * unwraps ({@code UNWRAP_ROOT_VALUE}), the pointer given to a reader's {@code at(...)} and the
   * place of a value read with {@code readValues} are not in it, and a single value that a
   * collection accepts as an array ({@code ACCEPT_SINGLE_VALUE_AS_ARRAY}) gets an index, {@code
   * /0}, that the input does not have.
   *
   * @return the problems, with JSON Pointers from the top of the input
   */
  public List<DocumentProblem> problemsInInput() {
    String value = valuePointer();
    return problems().stream()
        .map(problem -> new DocumentProblem(value + problem.pointer(), problem.line(),
            problem.column(), problem.message(), problem.unknownField()))
        .toList();
  }

  /** The JSON Pointer of the MAP value in the input, from Jackson's path to it. */
  private String valuePointer() {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference step : getPath()) {
      pointer.append('/');
      if (step.getPropertyName() != null) {
        pointer.append(Pointers.escape(step.getPropertyName()));
      } else {
        pointer.append(step.getIndex());
      }
    }
    return pointer.toString();
  }
}

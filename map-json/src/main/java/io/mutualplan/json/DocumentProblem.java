package io.mutualplan.json;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with a document: where it is (a JSON Pointer and, when the document was read
 * from text, the line and column where the offending value starts) and what is wrong, in a
 * sentence a person understands.
 *
 * <p>Lines and columns count from 1. They are absent when the value did not come from text with
 * positions (a Jackson token buffer, for example), or when the document could not be read at all
 * (a missing file). A problem about a value that is missing from
 * the document (a required field, a completion date) points at the field it should be in and is
 * located at the start of the enclosing object. Columns count characters when the text was read
 * from a {@code String} or a {@code Reader}, and bytes of UTF-8 when it was read from bytes, a
 * stream or a file; the two agree on lines that are plain ASCII.
 *
 * <p>A field the document's format does not know is a problem of a strict read only: a lenient
 * read ({@link MapJson#lenient()}) passes over it. Such a problem says so ({@link
 * #unknownField()}), so that a program can offer its own way of reading leniently (the {@code map}
 * command's {@code --lenient}) in its own words; the message itself only says what is wrong.
 *
 * <p>A problem is serializable, as the {@link DocumentReadException} that holds it is.
 *
 * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
 * @param line the line where the value starts, if known
 * @param column the column where the value starts, if known
 * @param message what is wrong and, where it helps, what to do
 * @param unknownField whether the problem is a field the format does not know, which a lenient
 *     read passes over
 */
public record DocumentProblem(
    String pointer, OptionalInt line, OptionalInt column, String message, boolean unknownField)
    implements Serializable {

  /**
   * Creates a problem.
   *
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the line where the value starts, if known
   * @param column the column where the value starts, if known
   * @param message what is wrong
   * @param unknownField whether the problem is a field the format does not know
   */
  public DocumentProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a problem that is not an unknown field.
   *
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the line where the value starts, if known
   * @param column the column where the value starts, if known
   * @param message what is wrong
   */
  public DocumentProblem(String pointer, OptionalInt line, OptionalInt column, String message) {
    this(pointer, line, column, message, false);
  }

  /**
   * A problem found in text, at a known line and column.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message what is wrong
   * @return the problem
   */
  public static DocumentProblem at(String pointer, int line, int column, String message) {
    return new DocumentProblem(pointer, OptionalInt.of(line), OptionalInt.of(column), message);
  }

  /**
   * A problem without a position in text.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong
   * @return the problem
   */
  public static DocumentProblem unlocated(String pointer, String message) {
    return new DocumentProblem(pointer, OptionalInt.empty(), OptionalInt.empty(), message);
  }

  /**
   * The problem on one line: {@code /milestones/3/buyerOwner (line 12, column 22): buyerOwner
   * 'alex' is on the seller side; ...}. The whole document is written {@code (document)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(pointer.length() + message.length() + 32);
    text.append(pointer.isEmpty() ? "(document)" : pointer);
    if (line.isPresent() && column.isPresent()) {
      text.append(" (line ").append(line.getAsInt())
          .append(", column ").append(column.getAsInt()).append(')');
    } else if (line.isPresent()) {
      text.append(" (line ").append(line.getAsInt()).append(')');
    }
    return text.append(": ").append(message).toString();
  }

  /**
   * Serialized as {@link Serial}: {@code OptionalInt} is not serializable.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new Serial(pointer, line.isPresent() ? line.getAsInt() : null,
        column.isPresent() ? column.getAsInt() : null, message, unknownField);
  }

  /**
   * The serial form of a problem: its parts as plain values, {@code null} for a part absent (an
   * unknown field's mark is absent from the form of the first release, and false).
   */
  private record Serial(String pointer, Integer line, Integer column, String message,
      Boolean unknownField) implements Serializable {
    private Object readResolve() {
      return new DocumentProblem(pointer,
          line == null ? OptionalInt.empty() : OptionalInt.of(line),
          column == null ? OptionalInt.empty() : OptionalInt.of(column), message,
          Boolean.TRUE.equals(unknownField));
    }
  }
}

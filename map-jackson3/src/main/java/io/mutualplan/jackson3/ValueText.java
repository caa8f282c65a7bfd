package io.mutualplan.jackson3;

import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The JSON text of the value a Jackson 3 parser stands on, for map-json to read: the value's
 * tokens, each placed at the line and column it has in the parser's input, counted from where the
 * value starts (line breaks and spaces fill the gaps). map-json then finds its problems where the
 * person who wrote the input sees them: {@link #placeInInput} moves them from the value's first
 * line and column to the input's.
 *
 * <p>A token is placed where it started in the input as long as the text so far is no longer than
 * the input's, which holds for JSON text: each token is copied as short as or shorter than it was
 * ({@code "\u0041"} becomes {@code "A"}, a character of several UTF-8 bytes counts one). When a
 * token cannot be placed (a parser over a tree or a buffer has no lines, another format's tokens
 * may be shorter than their JSON), the text is compact from there on, and problems are reported
 * without lines and columns rather than at wrong ones.
 */
final class ValueText {
  private final StringBuilder text = new StringBuilder();
  /** Where the value starts in the parser's input. */
  private final int startLine;
  private final int startColumn;
  /** Where the next character goes in {@link #text}, from 1. */
  private int line = 1;
  private int column = 1;
  private boolean placed;

  private ValueText(TokenStreamLocation start) {
    this.startLine = start.getLineNr();
    this.startColumn = start.getColumnNr();
    this.placed = startLine >= 1 && startColumn >= 1;
  }

  /**
   * Copies the value the parser stands on, leaving the parser on the value's last token, as
   * Jackson expects of a deserializer.
   *
   * @param parser the parser, on the value's first token (or on the first property of an object
   *     whose start Jackson has already read)
   * @param type the type being read, for the error about a token that has no JSON text
   * @return the text
   * @throws MismatchedInputException when the value holds a Java object rather than JSON, as a
   *     tree or a buffer may
   */
  static ValueText of(JsonParser parser, Class<?> type) {
    ValueText value = new ValueText(parser.currentTokenLocation());
    value.copy(parser, type);
    return value;
  }

  /** The value as JSON text. */
  String text() {
    return text.toString();
  }

  private void copy(JsonParser parser, Class<?> type) {
    JsonToken token = parser.currentToken();
    JsonToken previous = null;
    int depth = 0;
    if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT) {
      // Jackson has read the object's start already (for a type id, say): where it was is lost.
      placed = false;
      append("{");
      previous = JsonToken.START_OBJECT;
      depth = 1;
    }
    while (token != null) {
      if (previous == JsonToken.PROPERTY_NAME) {
        append(":");
      } else if (previous != null && !previous.isStructStart() && !token.isStructEnd()) {
        append(",");
      }
      placeAt(parser.currentTokenLocation());
      appendToken(token, parser, type);
      depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
      if (depth == 0) {
        return;
      }
      previous = token;
      token = parser.nextToken();
    }
  }

  private void appendToken(JsonToken token, JsonParser parser, Class<?> type) {
    switch (token) {
      case START_OBJECT -> append("{");
      case END_OBJECT -> append("}");
      case START_ARRAY -> append("[");
      case END_ARRAY -> append("]");
      case PROPERTY_NAME -> appendQuoted(parser.currentName());
      case VALUE_STRING -> appendQuoted(parser.getString());
      // The number's own text: map-json reads its digits and its scale, and checks its length.
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> append(parser.getString());
      case VALUE_TRUE -> append("true");
      case VALUE_FALSE -> append("false");
      case VALUE_NULL -> append("null");
      default -> throw MismatchedInputException.from(parser, type, "a " + type.getSimpleName()
          + " is read from JSON; the input holds a " + token + " here");
    }
  }

  /** Moves to where a token starts in the input, if the text so far leaves room to. */
  private void placeAt(TokenStreamLocation at) {
    if (!placed) {
      return;
    }
    int targetLine = at.getLineNr() - startLine + 1;
    int targetColumn = at.getLineNr() == startLine
        ? at.getColumnNr() - startColumn + 1 : at.getColumnNr();
    if (targetLine < line || at.getColumnNr() < 1) {
      placed = false;
      return;
    }
    if (targetLine > line) {
      text.append("\n".repeat(targetLine - line));
      line = targetLine;
      column = 1;
    }
    if (targetColumn < column) {
      placed = false;
      return;
    }
    text.append(" ".repeat(targetColumn - column));
    column = targetColumn;
  }

  private void append(String token) {
    text.append(token);
    column += token.length();
  }

  private void appendQuoted(String string) {
    int before = text.length();
    text.append('"');
    JsonStringEncoder.getInstance().quoteAsString(string, text);
    text.append('"');
    // Escaped, the text has no line breaks.
    column += text.length() - before;
  }

  /**
   * The problems map-json found in {@link #text()}, placed where they are in the parser's input;
   * without lines and columns when some token could not be placed.
   *
   * @param rejection what map-json reported
   * @return the same problems, placed in the input
   */
  DocumentReadException placeInInput(DocumentReadException rejection) {
    List<DocumentProblem> problems = new ArrayList<>();
    for (DocumentProblem problem : rejection.problems()) {
      problems.add(placed ? inInput(problem) : new DocumentProblem(problem.pointer(),
          OptionalInt.empty(), OptionalInt.empty(), problem.message(), problem.unknownField()));
    }
    return new DocumentReadException(problems, rejection.tooManyProblems());
  }

  private DocumentProblem inInput(DocumentProblem problem) {
    OptionalInt line = problem.line();
    OptionalInt column = problem.column();
    if (line.isPresent()) {
      int atLine = line.getAsInt();
      line = OptionalInt.of(atLine + startLine - 1);
      if (atLine == 1 && column.isPresent()) {
        column = OptionalInt.of(column.getAsInt() + startColumn - 1);
      }
    }
    return new DocumentProblem(problem.pointer(), line, column, problem.message(),
        problem.unknownField());
  }
}

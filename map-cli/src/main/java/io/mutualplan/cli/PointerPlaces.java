package io.mutualplan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds where a JSON Pointer is in a document that was read, for problems found after reading:
 * a due date that deriving dates pushed out of range, a missing outcome, a dependency cycle. The
 * reader reports the line and column of what it rejects itself; these problems come later, when
 * only the pointer is left.
 *
 * <p>A pointer may name something the document does not have (the {@code due} that deriving
 * dates adds, the {@code outcome} a plan lacks): the place is then that of the deepest part of
 * the pointer the document has, the milestone or the plan that is to hold it.
 */
final class PointerPlaces {
  /** A line and column, both counted from 1. */
  record Place(int line, int column) {}

  private PointerPlaces() {}

  /** The place of {@code pointer} in {@code document}, or empty when it cannot be found. */
  static Optional<Place> find(byte[] document, String pointer) {
    JsonPointer remaining;
    try {
      remaining = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try (JsonParser parser = new JsonFactory().createParser(document)) {
      if (parser.nextToken() == null) {
        return Optional.empty();
      }
      Place found = place(parser.currentTokenLocation());
      while (!remaining.matches() && enter(parser, remaining)) {
        found = place(parser.currentTokenLocation());
        remaining = remaining.tail();
      }
      return Optional.of(found);
    } catch (IOException e) {
      // The document was read once already; if it cannot be now, there is no place to give.
      return Optional.empty();
    }
  }

  /**
   * Moves the parser from the start of a container to the start of the child that the pointer's
   * first step names.
   *
   * @return whether there is such a child
   */
  private static boolean enter(JsonParser parser, JsonPointer step) throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean wanted = parser.currentName().equals(step.getMatchingProperty());
        parser.nextToken();
        if (wanted) {
          return true;
        }
        parser.skipChildren();
      }
      return false;
    }
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      int index = step.getMatchingIndex();
      if (index < 0) {
        return false;
      }
      for (int i = 0; ; i++) {
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY) {
          return false;
        }
        if (i == index) {
          return true;
        }
        parser.skipChildren();
      }
    }
    return false;
  }

  private static Place place(JsonLocation location) {
    return new Place(location.getLineNr(), location.getColumnNr());
  }
}

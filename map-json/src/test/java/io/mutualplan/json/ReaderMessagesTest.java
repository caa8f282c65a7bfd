package io.mutualplan.json;

import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.Serialization;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader's own words: syntax errors said from where the parser stopped, not in Jackson's
 * wording; limits named for what they limit; a number's range stated as the field's; and a
 * document read the same whatever its source, a leading byte order mark included.
 */
class ReaderMessagesTest {
  private static final JsonDocuments<MutualActionPlan> PLANS = MapJson.standard().plans();

  /** Every source that holds the text, so that the offending character can be named. */
  private static final List<Function<String, MutualActionPlan>> SOURCES = sources(PLANS);

  private static List<Function<String, MutualActionPlan>> sources(
      JsonDocuments<MutualActionPlan> plans) {
    return List.of(
        plans::read,
        text -> plans.read(text.getBytes(StandardCharsets.UTF_8)),
        text -> plans.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<DocumentProblem> problemsOf(Function<String, MutualActionPlan> source,
      String json) {
    DocumentReadException e =
        catchThrowableOfType(DocumentReadException.class, () -> source.apply(json));
    assertThat(e).as("rejected:%n%s", json).isNotNull();
    return e.problems();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"id": }              | /id | 1 | 8  | unexpected '}'; a value was expected after ':'
      {"id" "a"}            | /id | 1 | 7  | unexpected '"'; ':' was expected after the field name 'id'
      {"id": "a" "title": 1} | /id | 1 | 12 | unexpected '"'; ',' or '}' was expected after the value of 'id'
      {"id": "a",}          | /id | 1 | 12 | unexpected '}'; a field name in double quotes was expected after ','
      {id: 1}               | ``  | 1 | 2  | unexpected 'i'; a field name in double quotes or '}' was expected
      {"roles": [1, ]}      | /roles/1 | 1 | 15 | unexpected ']'; a value was expected after ','
      {"roles": [1 2]}      | /roles/1 | 1 | 14 | unexpected '2'; ',' or ']' was expected
      {"roles": [1}         | /roles/0 | 1 | 13 | unexpected '}'; the array is not closed: ']' was expected first
      {"id": tru}           | /id | 1 | 8  | 'tru' is not a JSON value; text is written in double quotes, and the only words are true, false and null
      {"id": 'a'}           | /id | 1 | 8  | unexpected '''; text is written in double quotes
      {"id": 01}            | /id | 1 | 9  | a number is not written as JSON writes numbers: no '+' and no leading zeros, a digit on each side of '.', and digits after 'e'
      x                     | ``  | 1 | 1  | unexpected 'x'; a document starts with '{'
      {"id": "a"]           | /id | 1 | 11 | unexpected ']'; the object is not closed: '}' was expected first
      {"id" x}              | /id | 1 | 7  | unexpected 'x'; ':' was expected after the field name 'id'
      {"id": é}             | /id | 1 | 8  | unexpected 'é'; a value was expected after ':'
      {"id": 中}            | /id | 1 | 8  | unexpected '中'; a value was expected after ':'
      {"id": 😀}            | /id | 1 | 8  | unexpected '😀'; a value was expected after ':'
      {"id": abcdefghijklmnopqrstuvwxyz} | /id | 1 | 8 | 'abcdefghijklmnopqrst' is not a JSON value; text is written in double quotes, and the only words are true, false and null
      {"id": -}             | /id | 1 | 9  | a number is not written as JSON writes numbers: no '+' and no leading zeros, a digit on each side of '.', and digits after 'e'
      """)
  void saysASyntaxErrorForPeopleFromEverySourceThatHoldsTheText(String json, String pointer,
      int line, int column, String message) {
    // Lenient, so that the field "roles", which a plan does not have, is skipped, not reported.
    for (Function<String, MutualActionPlan> source : sources(MapJson.standard().lenient().plans())) {
      List<DocumentProblem> problems = problemsOf(source, json);

      assertThat(problems).as(json).hasSize(1);
      assertProblem(problems.get(0)).hasPointer(pointer).isAt(line, column).hasMessage(message);
    }
  }

  @Test
  void namesAControlCharacterInAStringByItsCodePointFromEverySource() {
    for (char control : new char[] {'\u0000', '\t', '\u001F'}) {
      String json = "{\"id\": \"a" + control + "b\"}";
      String hex = String.format(java.util.Locale.ROOT, "%04X", (int) control);

      for (Function<String, MutualActionPlan> source : SOURCES) {
        assertProblem(problemsOf(source, json).get(0)).hasPointer("/id").isAt(1, 10)
            .hasMessage("a string holds the control character U+" + hex + "; write it as an"
                + " escape, such as \\n or \\u" + hex);
      }
    }
  }

  @Test
  void saysWhichEscapesJsonHasForOneItDoesNotHaveFromEverySource() {
    String json = "{\"id\": \"a\\xb\"}";

    for (Function<String, MutualActionPlan> source : SOURCES) {
      assertProblem(problemsOf(source, json).get(0)).hasPointer("/id").isAt(1, 11)
          .hasMessage("a string holds an escape JSON does not have: a backslash is followed by one"
              + " of \" \\ / b f n r t, or by u and four hex digits");
    }
  }

  @Test
  void namesACharacterThatCannotBeSeenByItsCodePointFromEverySource() {
    for (char unseen : new char[] {'\u0000', '\u2028', '\u200B'}) {
      String json = "{\"id\": " + unseen + "}";
      String hex = String.format(java.util.Locale.ROOT, "%04X", (int) unseen);

      for (Function<String, MutualActionPlan> source : SOURCES) {
        assertProblem(problemsOf(source, json).get(0)).hasPointer("/id").isAt(1, 8)
            .hasMessage("unexpected U+" + hex + "; a value was expected after ':'");
      }
    }
  }

  @Test
  void keepsACharacterThatIsNotAByteOrderMarkAtTheStartOfACharacterStream() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> PLANS.read(new StringReader("\u0000{}")));

    assertProblem(e.problems().get(0)).hasPointer("")
        .hasMessage("an unexpected character; a document starts with '{'");
  }

  @Test
  void saysAStreamThatFailsCouldNotBeReadInItsOwnWords() {
    for (String reason : new String[] {"the disk went away", null}) {
      java.io.InputStream failing = new java.io.InputStream() {
        private int read;

        @Override
        public int read() throws java.io.IOException {
          if (read++ < 20) {
            return "{\"format\": \"mutual-action-plan/1\"".charAt(read - 1);
          }
          throw new java.io.IOException(reason);
        }
      };

      DocumentReadException e =
          catchThrowableOfType(DocumentReadException.class, () -> PLANS.read(failing));

      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).message()).isEqualTo("the document could not be read: "
          + (reason == null ? "IOException" : reason));
      assertThat(e.problems().get(0).line()).isEmpty();
    }
  }

  @Test
  void saysWhatWasExpectedWithoutNamingTheCharacterWhenTheTextIsNotHeld() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> PLANS.read(new StringReader("{\"id\": }")));

    assertProblem(e.problems().get(0)).hasPointer("/id").isAt(1, 8)
        .hasMessage("an unexpected character; ':' and a value were expected after the field"
            + " name 'id'");
  }

  @Test
  void saysWhatFollowsTheDocumentIsOneTooMany() {
    for (Function<String, MutualActionPlan> source : SOURCES) {
      List<DocumentProblem> problems = problemsOf(source, "{} x");

      assertProblem(problems.get(problems.size() - 1)).hasPointer("").isAt(1, 4)
          .hasMessage("unexpected 'x' after the end of the document; a document holds one JSON"
              + " object");
    }
  }

  @Test
  void saysADocumentThatIsOnlyAByteOrderMarkIsEmpty() {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    for (Function<String, MutualActionPlan> source : SOURCES) {
      assertThat(problemsOf(source, "\uFEFF")).extracting(DocumentProblem::message)
          .containsExactly("the document is empty");
    }
    assertThat(catchThrowableOfType(DocumentReadException.class, () -> PLANS.read(mark))
        .problems()).extracting(DocumentProblem::message).containsExactly("the document is empty");
  }

  @Test
  void readsALeadingByteOrderMarkTheSameWhateverTheSource() {
    String plan = Documents.planWithMilestones("    { \"id\": \"a\", \"title\": \"A\" }");
    MutualActionPlan expected = PLANS.read(plan);

    for (Function<String, MutualActionPlan> source : SOURCES) {
      assertThat(source.apply("\uFEFF" + plan)).isEqualTo(expected);
    }
    assertThat(PLANS.read(new StringReader("\uFEFF" + plan))).isEqualTo(expected);
  }

  @Test
  void placesProblemsAfterAByteOrderMarkWhereTheyAreWhateverTheSource() {
    String json = "\uFEFF{\"format\": \"mutual-action-plan/1\", \"id\": }";

    for (Function<String, MutualActionPlan> source : SOURCES) {
      assertProblem(problemsOf(source, json).get(0)).hasPointer("/id").isAt(1, 42)
          .hasMessage("unexpected '}'; a value was expected after ':'");
    }
  }

  @Test
  void callsAHugeAmountANumberNotAString() {
    String json = Documents.planWith("", "  \"dealValue\": { \"amount\": 1" + "0".repeat(20_000)
        + ", \"currency\": \"USD\" }");

    for (Function<String, MutualActionPlan> source : SOURCES) {
      assertProblem(problemsOf(source, json).get(0))
          .hasPointer("/dealValue/amount")
          .hasMessage("a number longer than 100 characters");
    }
  }

  @Test
  void statesTheFieldsOwnRangeForANumberBeyondAnyInt() {
    String json = Documents.planWithMilestones(
        "    { \"id\": \"a\", \"title\": \"A\", \"durationDays\": 99999999999999999999 }");

    assertProblem(Documents.onlyProblemOf(json))
        .hasPointer("/milestones/0/durationDays")
        .isAt(Documents.spot(json, "99999999999999999999"))
        .hasMessage("durationDays 99999999999999999999 is out of range; it must be between 0 and"
            + " 10000 working days");
  }

  @Test
  void statesALagsRangeWithItsSign() {
    String json = Documents.planWithMilestones("""
            { "id": "a", "title": "A" },
            { "id": "b", "title": "B", "dependsOn": [{ "milestone": "a", "lagDays": -99999999999 }] }""");

    assertProblem(Documents.onlyProblemOf(json))
        .hasPointer("/milestones/1/dependsOn/0/lagDays")
        .hasMessage("lagDays -99999999999 is out of range; it must be between -10000 and 10000"
            + " working days");
  }

  @Test
  void placesANegativeAutoThresholdAtItsValue() {
    String json = "{\"profile\": \"auto\",\n \"autoThreshold\": -5}";

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().ruleConfigurations().read(json));

    assertThat(e.problems()).hasSize(1);
    assertProblem(e.problems().get(0)).hasPointer("/autoThreshold").isAt(2, 19)
        .hasMessage("autoThreshold must be 0 or more, not -5");
  }

  @Test
  void namesTheDocumentReadInAWrongTypeAtTheTop() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().schedules().read("[]"));

    assertProblem(e.problems().get(0)).hasPointer("").isAt(1, 1)
        .hasMessage("a schedule document must be an object; found an array");
  }

  @Test
  void aRejectionKeepsItsProblemsWhenSerialized() {
    DocumentReadException read = catchThrowableOfType(DocumentReadException.class,
        () -> PLANS.read("{\"id\": tru}"));
    DocumentProblem unknownField = catchThrowableOfType(DocumentReadException.class,
        () -> PLANS.read("{\"colour\": \"red\"}")).problems().stream()
        .filter(DocumentProblem::unknownField).findFirst().orElseThrow();
    DocumentReadException e = new DocumentReadException(List.of(read.problems().get(0),
        DocumentProblem.unlocated("/title", "not placed"),
        new DocumentProblem("/seller", OptionalInt.of(4), OptionalInt.empty(), "a line only"),
        unknownField));

    DocumentReadException back = Serialization.roundTrip(e);

    assertThat(back.problems()).isEqualTo(e.problems());
    assertProblem(back.problems().get(0)).hasPointer("/id").isAt(1, 8);
    assertThat(back.problems().get(1).line()).isEmpty();
    assertThat(back.problems()).extracting(DocumentProblem::unknownField)
        .containsExactly(false, false, false, true);
    assertThat(back.getMessage()).isEqualTo(e.getMessage());
  }
}

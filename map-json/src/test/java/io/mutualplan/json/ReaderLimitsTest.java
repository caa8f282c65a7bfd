package io.mutualplan.json;

import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents end in a {@link DocumentReadException} naming the limit, in the format's terms,
 * without exhausting memory or the stack: the documents below are generated as they are read and
 * never held whole in memory.
 */
class ReaderLimitsTest {

  private static List<DocumentProblem> problemsOf(InputStream json) {
    DocumentReadException e =
        catchThrowableOfType(DocumentReadException.class, () -> MapJson.standard().plans().read(json));
    assertThat(e).isNotNull();
    return e.problems();
  }

  /** The last problem of a document: where reading stopped. */
  private static DocumentProblem lastProblemOf(InputStream json) {
    List<DocumentProblem> problems = problemsOf(json);
    return problems.get(problems.size() - 1);
  }

  /** A plan document with this many milestones, each with the malformed id {@code "a b"}. */
  private static String milestonesWithBadIds(int count) {
    StringBuilder milestones = new StringBuilder();
    for (int i = 0; i < count; i++) {
      milestones.append(i == 0 ? "" : ",\n").append("    { \"id\": \"a b\", \"title\": \"A\" }");
    }
    return Documents.planWithMilestones(milestones.toString());
  }

  @Test
  void stopsAtNestingDeeperThan64Levels() {
    InputStream json = new GeneratedDocument("{\"attributes\":", "[", 100_000, "", "");

    assertProblem(lastProblemOf(json))
        .isAt(1, 15 + 64)
        .hasMessage("nesting deeper than 64 levels of objects and arrays; a plan document never"
            + " needs that many");
  }

  @Test
  void acceptsNestingOf64LevelsWhenLenient() {
    String nested = "[".repeat(63) + "]".repeat(63);
    String json = Documents.planWith("", "  \"extra\": " + nested);

    assertThat(MapJson.standard().lenient().plans().read(json).title()).isEqualTo("Acme x Globex");
  }

  @Test
  void stopsAtAStringOver10000CharactersBeforeReadingItWhole() {
    InputStream json = new GeneratedDocument(
        "{\"format\":\"mutual-action-plan/1\",\"title\":\"", "x", 200_000_000, "\"", "}");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0))
        .hasPointer("/title")
        .isAt(1, 42)
        .hasMessage("a string over 10000 characters; text in a plan is at most 10000 characters");
  }

  @Test
  void stopsAtAStringOver10000CharactersInAnUnknownFieldReadLeniently() {
    String json = Documents.planWith("", "  \"extra\": \"" + "x".repeat(10_001) + "\"");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().lenient().plans().read(json));

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("a string over 10000 characters"));
  }

  @Test
  void stopsAtADateOver10000CharactersWithTheLimitNotAsAMalformedDate() {
    String json = Documents.planWithMilestones("    { \"id\": \"a\", \"title\": \"A\", \"due\": \""
        + "2".repeat(10_001) + "\" }");

    assertProblem(lastProblemOf(bytes(json)))
        .hasPointer("/milestones/0/due")
        .isAt(Documents.spot(json, "\"2222"))
        .hasMessage("a string over 10000 characters; text in a plan is at most 10000 characters");
  }

  @Test
  void acceptsTextOfExactly10000Characters() {
    String json = Documents.planWith("", "  \"goal\": \"" + "x".repeat(10_000) + "\"");

    assertThat(MapJson.standard().plans().read(json).goal()).hasValueSatisfying(
        goal -> assertThat(goal).hasSize(10_000));
  }

  /** An emoji outside the Basic Multilingual Plane: one character, two UTF-16 units. */
  private static final String EMOJI = "\uD83D\uDE00";

  @Test
  void acceptsTextOf10000EmojiBecauseAnEmojiIsOneCharacter() {
    String title = EMOJI.repeat(10_000);
    String json = Documents.planWith("", "  \"goal\": \"" + title + "\"");

    assertThat(MapJson.standard().plans().read(json).goal()).contains(title);
    assertThat(MapJson.standard().plans().read(json.getBytes(StandardCharsets.UTF_8)).goal())
        .contains(title);
  }

  @Test
  void rejectsTextOf10001EmojiWithTheProblemOf10001Letters() {
    String emoji = Documents.planWith("", "  \"goal\": \"" + EMOJI.repeat(10_001) + "\"");
    String letters = Documents.planWith("", "  \"goal\": \"" + "x".repeat(10_001) + "\"");

    List<DocumentProblem> problems = Documents.problemsOf(emoji);

    assertThat(problems).singleElement().satisfies(problem -> assertProblem(problem)
        .hasPointer("/goal")
        .isAt(13, 11)
        .hasMessage("a string over 10000 characters; text in a plan is at most 10000 characters"));
    assertThat(problems).isEqualTo(Documents.problemsOf(letters));
    assertThat(problemsOf(bytes(emoji))).isEqualTo(problemsOf(bytes(letters)));
  }

  @Test
  void acceptsAnAttributeNameOf10000Emoji() {
    String name = EMOJI.repeat(10_000);
    String json = Documents.planWith("", "  \"attributes\": {\"" + name + "\": \"v\"}");

    assertThat(MapJson.standard().plans().read(json).attributes()).containsKey(name);
    assertThat(MapJson.standard().plans().read(json.getBytes(StandardCharsets.UTF_8))
        .attributes()).containsKey(name);
  }

  @Test
  void countsCharactersNotBytesInTextAndNamesReadAsBytes() {
    // Three bytes of UTF-8 each.
    String text = "\u6587".repeat(10_000);
    String json = Documents.planWith("", "  \"goal\": \"" + text + "\",\n  \"attributes\": {\""
        + text + "\": \"" + text + "\"}");

    MutualActionPlan plan = MapJson.standard().plans().read(bytes(json));

    assertThat(plan.goal()).contains(text);
    assertThat(plan.attributes()).containsEntry(text, text);
  }

  @Test
  void rejectsAnAttributeNameOf10001EmojiWithTheProblemOf10001Letters() {
    String emoji = Documents.planWith("", "  \"attributes\": {\"" + EMOJI.repeat(10_001)
        + "\": \"v\"}");
    String letters = Documents.planWith("", "  \"attributes\": {\"" + "x".repeat(10_001)
        + "\": \"v\"}");

    // A name is placed where reading stopped, after it; columns count UTF-16 units, two per emoji.
    for (List<DocumentProblem> problems : List.of(Documents.problemsOf(emoji),
        Documents.problemsOf(letters), problemsOf(bytes(emoji)), problemsOf(bytes(letters)))) {
      assertThat(problems).singleElement().satisfies(problem -> assertProblem(problem)
          .hasPointer("/attributes")
          .hasMessage("a field name over 10000 characters; names and attribute keys are at most"
              + " 10000 characters"));
    }
  }

  private static InputStream bytes(String json) {
    return new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void stopsAfterAMillionMilestones() {
    InputStream json = new GeneratedDocument(
        "{\"format\":\"mutual-action-plan/1\",\"milestones\":[",
        "{\"id\":\"m\",\"title\":\"t\"},", 2_000_000, "{\"id\":\"m\",\"title\":\"t\"}", "]}");

    assertProblem(lastProblemOf(json))
        .hasPointer("/milestones/1000000")
        .hasMessage("a plan may have at most 1000000 milestones; this document has more");
  }

  @Test
  void stopsAfterAMillionStakeholders() {
    InputStream json = new GeneratedDocument(
        "{\"format\":\"mutual-action-plan/1\",\"stakeholders\":[",
        "{\"id\":\"s\",\"name\":\"n\",\"side\":\"buyer\"},", 2_000_000, "1", "]}");

    assertProblem(lastProblemOf(json))
        .hasPointer("/stakeholders/1000000")
        .hasMessage("a plan may have at most 1000000 stakeholders; this document has more");
  }

  @Test
  void stopsAtADocumentOver512MiB() {
    long size = 512L * 1024 * 1024 + 1024;
    InputStream json = new GeneratedDocument("{\"format\":\"mutual-action-plan/1\"", " ",
        size, "", "}");

    assertThat(lastProblemOf(json).message())
        .isEqualTo("the document is longer than 536870912 bytes, the largest a reader accepts");
  }

  @Test
  void stopsAtANumberLongerThan100Characters() {
    String json = Documents.planWith("", "  \"dealValue\": { \"amount\": 1" + "0".repeat(100)
        + ", \"currency\": \"USD\" }");

    List<DocumentProblem> problems = Documents.problemsOf(json);

    assertProblem(problems.get(0))
        .hasPointer("/dealValue/amount")
        .hasMessage("a number longer than 100 characters");
  }

  @Test
  void stopsAfter100ProblemsSayingSo() {
    List<DocumentProblem> problems = Documents.problemsOf(milestonesWithBadIds(500));

    assertThat(problems).hasSize(101);
    assertThat(problems.get(100).message())
        .isEqualTo("reading stopped after 100 problems; fix these and read the document again");
  }

  @Test
  void aReadStoppedAfter100ProblemsSaysSoInsteadOfCountingTheStopAsOneMoreProblem() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().plans().read(milestonesWithBadIds(500)));

    assertThat(e.tooManyProblems()).isTrue();
    List<String> lines = e.getMessage().lines().toList();
    assertThat(lines).hasSize(101);
    assertThat(lines.get(99)).startsWith("/milestones/99/id ");
    assertThat(lines.get(100)).isEqualTo("(document): reading stopped after 100 problems; fix these"
        + " and read the document again");
  }

  @Test
  void aReadThatFoundAllItsProblemsDidNotStop() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MapJson.standard().plans().read(milestonesWithBadIds(99)));

    assertThat(e.tooManyProblems()).isFalse();
    assertThat(e.problems()).hasSize(99);
  }

  @Test
  void readsACharacterStreamWithTheSameLimits() {
    Reader json = new java.io.InputStreamReader(new GeneratedDocument("", "[", 100_000, "", ""),
        StandardCharsets.UTF_8);

    DocumentReadException e =
        catchThrowableOfType(DocumentReadException.class, () -> MapJson.standard().plans().read(json));

    assertThat(e.problems()).last().satisfies(
        p -> assertThat(p.message()).startsWith("nesting deeper than 64 levels"));
  }
}

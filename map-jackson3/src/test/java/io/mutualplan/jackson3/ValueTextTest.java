package io.mutualplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/** The value's text keeps every token where it was, counted from the value's start. */
class ValueTextTest {
  private static final JsonFactory JSON = new JsonFactory();

  /** A parser over {@code input}, moved to the value that starts at {@code mark}. */
  private static JsonParser parserAt(JsonFactory factory, String input, String mark) {
    JsonParser parser = factory.createParser(ObjectReadContext.empty(), input);
    int at = input.indexOf(mark);
    while (parser.nextToken() != null) {
      if (parser.currentTokenLocation().getCharOffset() == at) {
        return parser;
      }
    }
    throw new AssertionError(mark + " is not where a token starts in " + input);
  }

  @Test
  void eachTokenStartsAtItsLineAndColumnCountedFromTheValuesStart() {
    String input = "{\"deal\" :  { \"a\" : [1 , 2.50e0,\n    \"\\u0041\\n\" ] ,\n \"b\":null}, \"x\": 1}";
    JsonParser parser = parserAt(JSON, input, "{ \"a\"");

    ValueText value = ValueText.of(parser, Object.class);

    // The separators follow the token before; "\u0041\n" (ten characters) becomes "A\n" (five).
    assertThat(value.text()).isEqualTo(
        "{ \"a\":  [1,  2.50e0,\n    \"A\\n\"      ],\n \"b\":null}");
    assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    assertThat(parser.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
    assertThat(parser.currentName()).isEqualTo("x");
  }

  @Test
  void problemsOnTheValuesFirstLineMoveByItsColumnAndTheOthersByItsLineOnly() {
    JsonParser parser = parserAt(JSON, "\n\n  [ {\"plan\":\n {}}]", "{\"plan\"");
    ValueText value = ValueText.of(parser, Object.class);

    DocumentReadException placed = value.placeInInput(new DocumentReadException(List.of(
        DocumentProblem.at("/plan", 1, 9, "first line"),
        DocumentProblem.at("/plan/title", 2, 2, "second line"),
        DocumentProblem.unlocated("", "nowhere"))));

    assertThat(placed.problems()).containsExactly(
        DocumentProblem.at("/plan", 3, 13, "first line"),
        DocumentProblem.at("/plan/title", 4, 2, "second line"),
        DocumentProblem.unlocated("", "nowhere"));
  }

  @Test
  void aTokenLongerThanInTheInputLosesThePlacesAndTheProblemsTheirLinesAndColumns() {
    // A raw tab, which this parser is told to accept, becomes \t: two characters for one.
    JsonFactory lenient = JsonFactory.builder()
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();
    JsonParser parser = parserAt(lenient, "{\"title\":\"a\tb\",\"id\":7}", "{");

    ValueText value = ValueText.of(parser, Object.class);
    DocumentReadException placed = value.placeInInput(DocumentReadException.of(
        DocumentProblem.at("/id", 1, 21, "id must be text")));

    assertThat(value.text()).isEqualTo("{\"title\":\"a\\tb\",\"id\":7}");
    assertThat(placed.problems()).containsExactly(DocumentProblem.unlocated("/id",
        "id must be text"));
  }

  @Test
  void anObjectWhoseStartJacksonHasReadIsCompletedButNotPlaced() {
    JsonParser parser = parserAt(JSON, "{\"id\": \"a\", \"n\": [true, false]}", "\"id\"");

    ValueText value = ValueText.of(parser, Object.class);

    assertThat(value.text()).isEqualTo("{\"id\":\"a\",\"n\":[true,false]}");
    assertThat(value.placeInInput(DocumentReadException.of(
        DocumentProblem.at("/id", 1, 7, "x"))).problems())
        .containsExactly(DocumentProblem.unlocated("/id", "x"));
  }

  @Test
  void aScalarValueIsOneToken() {
    JsonParser parser = parserAt(JSON, "[\"plan\", 42]", "42");

    assertThat(ValueText.of(parser, Object.class).text()).isEqualTo("42");
    assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
  }
}

package io.mutualplan.json;

import static io.mutualplan.json.Documents.onlyProblemOf;
import static io.mutualplan.json.Documents.planWith;
import static io.mutualplan.json.Documents.planWithMilestones;
import static io.mutualplan.json.Documents.problemsOf;
import static io.mutualplan.json.Documents.spot;
import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per rule of "What a reader rejects" in plan-format.md: each says what the reader
 * reports, at which JSON Pointer, line and column, in which words.
 */
class RejectionRulesTest {

  @Nested
  class MalformedDocuments {
    @Test
    void reportsSyntaxErrorsWhereTheParserStopped() {
      String json = "{\n  \"format\": \"mutual-action-plan/1\",\n  \"id\" \"acme\"\n}";

      assertProblem(onlyProblemOf(json))
          .hasPointer("/id")
          .isAt(3, 8)
          .hasMessage("unexpected '\"'; ':' was expected after the field name 'id'");
    }

    @Test
    void saysATruncatedDocumentEndsTooEarly() {
      String json = planWithMilestones("");
      String truncated = json.substring(0, json.indexOf("\"milestones\""));

      assertProblem(onlyProblemOf(truncated))
          .isAt(10, 3)
          .hasMessage("the document ends too early: an object, array or string is not closed"
              + " (was the file cut off?)");
    }

    @Test
    void rejectsAnEmptyDocument() {
      assertThat(onlyProblemOf("  ").message()).isEqualTo("the document is empty");
    }

    @Test
    void rejectsADocumentThatIsNotAnObject() {
      assertProblem(onlyProblemOf("\n  [1, 2]"))
          .hasPointer("")
          .isAt(2, 3)
          .hasMessage("a plan document must be an object; found an array");
    }

    @Test
    void rejectsContentAfterTheDocument() {
      String json = planWithMilestones("") + "{}";

      assertProblem(onlyProblemOf(json))
          .hasPointer("")
          .isAt(spot(json, "{}", 1))
          .hasMessage("there is more after the end of the document; a document holds one JSON"
              + " object");
    }

    @Test
    void rejectsAKeyThatAppearsTwiceInOneObject() {
      String json = planWithMilestones("""
              { "id": "a", "title": "First", "title": "Second" }""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/title")
          .isAt(spot(json, "\"Second\""))
          .hasMessage("field 'title' appears twice in this object (first at line 11, column 23);"
              + " a key may appear only once");
    }

    @Test
    void rejectsADuplicateAttributeKey() {
      String json = planWith("", "  \"attributes\": { \"crm\": \"1\", \"crm\": \"2\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/attributes/crm")
          .isAt(spot(json, "\"2\""))
          .hasMessageContaining("field 'crm' appears twice in this object");
    }

    @Test
    void rejectsAKeyThatAppearsTwiceWithAnObjectAsItsSecondValueOnceReadingOnAfterIt() {
      String json = planWithMilestones("""
              { "id": "a", "title": "First", "title": { "id": 1, "x": [2] }, "due": "soon" }""");

      assertThat(problemsOf(json)).extracting(DocumentProblem::pointer, DocumentProblem::message)
          .containsExactly(
              tuple("/milestones/0/title", "field 'title' appears twice in this object (first at"
                  + " line 11, column 23); a key may appear only once"),
              tuple("/milestones/0/due", "due 'soon' is not a date; "
                  + IsoDates.explainDate("soon")));
    }

    @Test
    void rejectsAnAttributeKeyThatAppearsTwiceWithAnObjectAsItsSecondValueOnceReadingOnAfterIt() {
      String json = planWith("", "  \"attributes\": { \"crm\": \"1\", \"crm\": { \"a\": \"2\" },"
          + " \"erp\": 3 }");
      int[] first = spot(json, "\"1\"");

      assertThat(problemsOf(json)).extracting(DocumentProblem::pointer, DocumentProblem::message)
          .containsExactly(
              tuple("/attributes/crm", "field 'crm' appears twice in this object (first at line "
                  + first[0] + ", column " + first[1] + "); a key may appear only once"),
              tuple("/attributes/erp", "an attribute value must be a string; found a whole"
                  + " number"));
    }

    @Test
    void rejectsANullElementOfAnArray() {
      String json = planWithMilestones("    null");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0")
          .isAt(11, 5)
          .hasMessage("a milestone cannot be null");
    }

    @Test
    void rejectsTextThatIsNotValidUnicode() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": \"\\uD800 alone\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/title")
          .isAt(spot(json, "\"\\uD800"))
          .hasMessage("title contains an unpaired surrogate (\\uD800 at character 1); text must"
              + " be valid Unicode");
    }

    /**
     * The parser itself rejects such a name, stopping after the escape or after the escape that
     * follows it; the problem is the one a value gets, placed at the escape, at the object the
     * name is in (as a name's bad bytes are), whatever the source and however the name is read.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        k\\uD800                | \\uD800 | \\uD800 | 2
        \\uDC00k                | \\uDC00 | \\uDC00 | 1
        k\\uD800\\u0041          | \\uD800 | \\uD800 | 2
        k\\uD800\\uD800          | \\uD800 | \\uD800 | 2
        k\\uDBFF\\n              | \\uDBFF | \\uDBFF | 2
        a\\"\\\\b\\ud800x          | \\ud800 | \\uD800 | 5
        \\uD83D\\uDE00k\\udc00    | \\udc00 | \\uDC00 | 4
        \\u0000\\uD800          | \\uD800 | \\uD800 | 2
        """)
    void rejectsAFieldNameThatIsNotValidUnicodeInTheWordsOfAValueAtItsObject(String name,
        String escape, String shown, int character) {
      String json = planWith("", "  \"attributes\": { \"crm\": \"1\", \"" + name + "\": \"v\" }");
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

      for (JsonDocuments<?> plans : List.of(MapJson.standard().plans(),
          MapJson.standard().lenient().plans())) {
        List<DocumentProblem> problems = List.of(onlyProblemOf(plans, json),
            onlyProblemReading(() -> plans.read(bytes)),
            onlyProblemReading(() -> plans.read(new ByteArrayInputStream(bytes))));
        for (DocumentProblem problem : problems) {
          assertProblem(problem)
              .hasPointer("/attributes")
              .isAt(spot(json, escape))
              .hasMessage("a field name contains an unpaired surrogate (" + shown
                  + " at character " + character + "); text must be valid Unicode");
        }
      }
    }

    /**
     * The escape's place in the name counts characters, not the bytes a document given as bytes
     * holds them in: a character beyond U+FFFF counts as two, as in Java's strings.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        é中\\uD800  | \\uD800 | 3
        😀k\\uDC00  | \\uDC00 | 4
        """)
    void countsTheCharactersOfANameBeforeABadEscapeNotItsBytes(String name, String shown,
        int character) {
      String json = planWith("", "  \"attributes\": { \"crm\": \"1\", \"" + name + "\": \"v\" }");
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      JsonDocuments<?> plans = MapJson.standard().plans();

      for (DocumentProblem problem : List.of(onlyProblemOf(plans, json),
          onlyProblemReading(() -> plans.read(bytes)),
          onlyProblemReading(() -> plans.read(new ByteArrayInputStream(bytes))))) {
        assertProblem(problem)
            .hasPointer("/attributes")
            .hasMessage("a field name contains an unpaired surrogate (" + shown + " at character "
                + character + "); text must be valid Unicode");
      }
    }

    private static DocumentProblem onlyProblemReading(Runnable read) {
      DocumentReadException e = catchThrowableOfType(DocumentReadException.class, read::run);
      assertThat(e).isNotNull();
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }

    @Test
    void rejectsAFieldNameThatIsNotValidUnicodeInAMilestoneAtTheMilestoneNotAtTheFieldBefore() {
      String json = planWithMilestones("    { \"id\": \"a\", \"ti\\uD800tle\": \"A\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0")
          .isAt(spot(json, "\\uD800"))
          .hasMessage("a field name contains an unpaired surrogate (\\uD800 at character 3); text"
              + " must be valid Unicode");
    }

    /**
     * A stream holds only its last buffer: a name whose quote is in the buffer before is still
     * found, without its place in the name, wherever the buffer's edge falls.
     */
    @Test
    void rejectsAFieldNameThatIsNotValidUnicodeInAStreamAcrossTheEdgeOfItsBuffer() {
      for (int pad = 7_600; pad < 8_200; pad++) {
        String json = planWith("", "  \"attributes\": { \"p\": \"" + "x".repeat(pad)
            + "\", \"k\\uD800\": \"v\" }");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        DocumentProblem problem = onlyProblemReading(
            () -> MapJson.standard().plans().read(new ByteArrayInputStream(bytes)));

        assertProblem(problem)
            .hasPointer("/attributes")
            .isAt(spot(json, "\\uD800"));
        assertThat(problem.message()).as("padding %d", pad)
            .startsWith("a field name contains an unpaired surrogate (\\uD800");
      }
    }

    @Test
    void rejectsAFieldNameThatIsNotValidUnicodeAtTheTopAndInsideAnUnknownFieldReadLeniently() {
      String top = planWith("", "  \"zz\\uD800\": 1");
      String skipped = planWith("", "  \"crm\": { \"a\": 1, \"k\\uD800\": 2 }");

      assertProblem(onlyProblemOf(top))
          .hasPointer("")
          .isAt(spot(top, "\\uD800"))
          .hasMessage("a field name contains an unpaired surrogate (\\uD800 at character 3); text"
              + " must be valid Unicode");
      assertProblem(onlyProblemOf(MapJson.standard().lenient().plans(), skipped))
          .hasPointer("/crm")
          .isAt(spot(skipped, "\\uD800"))
          .hasMessageContaining("a field name contains an unpaired surrogate (\\uD800 at"
              + " character 2)");
    }
  }

  @Nested
  class WrongTypesAndMissingFields {
    @Test
    void rejectsAValueOfTheWrongType() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": 42 }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/title")
          .isAt(spot(json, "42"))
          .hasMessage("title must be a string; found a whole number");
    }

    @Test
    void rejectsAnIdOfTheWrongTypeWithThatProblemOnly() {
      String json = planWithMilestones("    { \"id\": 7, \"title\": \"A\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/id")
          .isAt(spot(json, "7"))
          .hasMessage("id must be a string; found a whole number");
    }

    @Test
    void rejectsAStringWhereAWholeNumberIsExpectedWithThatProblemOnly() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"durationDays\": \"3\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/durationDays")
          .isAt(spot(json, "\"3\""))
          .hasMessage("durationDays must be a whole number; found a string");
    }

    @Test
    void rejectsAFractionWhereAWholeNumberIsExpected() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": \"A\", \"durationDays\": 2.5 }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/durationDays")
          .isAt(spot(json, "2.5"))
          .hasMessage("durationDays must be a whole number; found 2.5");
    }

    @Test
    void rejectsANumberOutsideTheIntRange() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"durationDays\": 99999999999 }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/durationDays")
          .isAt(spot(json, "99999999999"))
          .hasMessageContaining("durationDays 99999999999 is out of range");
    }

    @Test
    void reportsAMissingRequiredFieldAtItsObject() {
      String json = planWithMilestones("    { \"id\": \"a\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/title")
          .isAt(11, 5)
          .hasMessage("title is missing from a milestone");
    }

    @Test
    void rejectsNullForARequiredField() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": null }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/title")
          .isAt(spot(json, "null"))
          .hasMessage("title is required and cannot be null");
    }

    @Test
    void acceptsNullForAnOptionalFieldAsIfItWereAbsent() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": \"A\", \"due\": null }");

      assertThat(MapJson.standard().plans().read(json).milestones().get(0).due()).isEmpty();
    }

    @Test
    void rejectsAnUnknownFieldNamingTheClosestKnownOne() {
      String json = planWithMilestones("    { \"id\": \"a\", \"titel\": \"A\", \"title\": \"A\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/titel")
          .isAt(spot(json, "\"A\""))
          .hasMessage("unknown field 'titel' in a milestone; did you mean 'title'?");
      assertThat(onlyProblemOf(json).unknownField()).isTrue();
    }

    @Test
    void rejectsAnUnknownFieldListingTheKnownOnesWhenNoneIsClose() {
      String json = planWithMilestones("    { \"id\": \"a\", \"zzzzzz\": \"A\", \"title\": \"A\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/zzzzzz")
          .isAt(spot(json, "\"A\""))
          .hasMessage("unknown field 'zzzzzz' in a milestone; the fields of a milestone are: id,"
              + " title, description, kind, buyerOwner, sellerOwner, due, baselineDue,"
              + " durationDays, estimate, exitCriteria, status, started, completed, dependsOn,"
              + " atRisk, notes, attributes");
    }

    @Test
    void rejectsADependencyThatIsNeitherAnIdNorAnObject() {
      String json = planWithMilestones("""
              { "id": "a", "title": "A" },
              { "id": "b", "title": "B", "dependsOn": ["a", 7] }""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/1/dependsOn/1")
          .isAt(spot(json, "7"))
          .hasMessage("a dependency must be a milestone id or an object; found a whole number");
    }

    @Test
    void marksOnlyAnUnknownFieldAsOneALenientReadPassesOver() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"titel\": \"A\", \"title\": \"A\", \"due\": 3 }");

      assertThat(problemsOf(json)).extracting(DocumentProblem::pointer,
              DocumentProblem::unknownField)
          .containsExactly(tuple("/milestones/0/titel", true), tuple("/milestones/0/due", false));
    }

    @Test
    void ignoresUnknownFieldsWhenLenient() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"crmId\": {\"deep\": [1, 2]}, \"title\": \"A\" }");

      assertThat(MapJson.standard().lenient().plans().read(json).milestones()).hasSize(1);
    }
  }

  @Nested
  class MalformedValues {
    @Test
    void rejectsAValueOutsideItsEnumerationListingTheAllowedOnes() {
      String json = planWithMilestones("""
              { "id": "a", "title": "A" } ]
            , "stakeholders": [ { "id": "ceo", "name": "Ann Lee", "side": "buyer",
                                "roles": ["ceo"] } ]
            , "milestones": [""").replace("\"stakeholders\": [\n", "\"people\": [\n");

      List<DocumentProblem> problems = problemsOf(MapJson.standard().lenient().plans(), json);

      assertProblem(problems.get(0))
          .hasPointer("/stakeholders/0/roles/0")
          .isAt(spot(json, "\"ceo\"]"))
          .hasMessage("a role: 'ceo' is not a role; expected one of: champion, economic-buyer,"
              + " decision-maker, technical-evaluator, legal, security, procurement, finance,"
              + " executive-sponsor, end-user, account-executive, sales-engineer, sales-manager,"
              + " customer-success, other");
    }

    @Test
    void rejectsAValueOutOfItsRangeFoundByThePlanRules() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"durationDays\": 10001 }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/durationDays")
          .isAt(spot(json, "10001"))
          .hasMessage("durationDays 10001 is out of range; it must be between 0 and 10000"
              + " working days");
    }

    @Test
    void rejectsADateNotWrittenYearMonthDay() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": \"A\", \"due\": \"2027-3-1\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/due")
          .isAt(spot(json, "\"2027-3-1\""))
          .hasMessage("due '2027-3-1' is not a date; write dates as yyyy-MM-dd, e.g. 2027-03-01");
    }

    @Test
    void rejectsADateWithAnExpandedYear() {
      String json = planWith("", "  \"createdOn\": \"+10000-01-01\"");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/createdOn")
          .isAt(spot(json, "\"+10000"))
          .hasMessageContaining("createdOn '+10000-01-01' is not a date");
    }

    @Test
    void rejectsADayThatIsNotInTheCalendar() {
      String json = planWith("", "  \"createdOn\": \"2027-02-30\"");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/createdOn")
          .hasMessage("createdOn '2027-02-30' is not a date; there is no such day in the calendar");
    }

    @Test
    void rejectsAnInstantThatIsNotUtc() {
      String json = planWith("", """
            "revisions": [ { "number": 1, "author": "alex", "at": "2026-11-20T15:04:05+01:00" } ]""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/revisions/0/at")
          .isAt(spot(json, "\"2026-11-20T"))
          .hasMessage("at '2026-11-20T15:04:05+01:00' is not a UTC instant; write instants in UTC"
              + " as yyyy-MM-ddTHH:mm:ssZ, e.g. 2026-11-20T15:04:05Z (a fraction of a second may"
              + " follow the seconds)");
    }

    @Test
    void rejectsAMalformedId() {
      String json = planWithMilestones("    { \"id\": \"security review\", \"title\": \"A\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/id")
          .isAt(11, 13)
          .hasMessage("id: 'security review' is not a valid id: an id starts with a letter or"
              + " digit, followed by at most 99 letters, digits, '.', '_' or '-'");
    }

    @Test
    void rejectsAMalformedCurrency() {
      String json = planWith("", "  \"dealValue\": { \"amount\": 120000, \"currency\": \"usd\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/dealValue/currency")
          .isAt(spot(json, "\"usd\""))
          .hasMessage("'usd' is not an ISO-4217 currency code, such as USD or EUR");
    }

    @Test
    void rejectsANegativeAmount() {
      String json = planWith("", "  \"dealValue\": { \"amount\": -1.50, \"currency\": \"USD\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/dealValue/amount")
          .isAt(spot(json, "-1.50"))
          .hasMessage("the deal value -1.50 is negative; it must be >= 0");
    }

    @Test
    void acceptsAnAmountOf40DigitsBeforeAnd40AfterTheDecimalPoint() {
      String amount = "9".repeat(40) + "." + "9".repeat(40);
      String json = planWith("", "  \"dealValue\": { \"amount\": " + amount
          + ", \"currency\": \"USD\" }");

      assertThat(MapJson.standard().plans().read(json).dealValue().get().amount())
          .isEqualTo(new java.math.BigDecimal(amount));
    }

    @Test
    void rejectsAnAmountOf41DigitsBeforeOrAfterTheDecimalPoint() {
      for (String amount : List.of("1" + "0".repeat(40), "0." + "0".repeat(40) + "1")) {
        String json = planWith("", "  \"dealValue\": { \"amount\": " + amount
            + ", \"currency\": \"USD\" }");

        assertProblem(onlyProblemOf(json))
            .hasPointer("/dealValue/amount")
            .isAt(spot(json, amount))
            .hasMessageContaining(" is out of range; an amount has at most 40 digits before and"
                + " 40 after the decimal point");
      }
    }

    @Test
    void rejectsAnAmountWithAHugeExponentBeforeExpandingIt() {
      String json = planWith("", "  \"dealValue\": { \"amount\": 1e999999999, \"currency\": \"USD\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/dealValue/amount")
          .hasMessage("amount 1e999999999 is out of range; an amount has at most 40 digits before"
              + " and 40 after the decimal point");
    }

    @Test
    void rejectsAnAmountWhoseExponentIsBeyondWhatJavaHoldsAsOutOfRange() {
      // Past about two billion, BigDecimal cannot hold the exponent at all (found by fuzzing).
      String json = planWith("",
          "  \"dealValue\": { \"amount\": 1e1000000120000, \"currency\": \"USD\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/dealValue/amount")
          .isAt(spot(json, "1e1000000120000"))
          .hasMessage("amount 1e1000000120000 is out of range; an amount has at most 40 digits"
              + " before and 40 after the decimal point");
    }

    @Test
    void rejectsAnAmountWhoseNegativeExponentIsBeyondWhatJavaHoldsAsTooPrecise() {
      String json = planWith("",
          "  \"dealValue\": { \"amount\": 5E-99999999999, \"currency\": \"USD\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/dealValue/amount")
          .hasMessage("amount 5E-99999999999 is out of range; an amount has at most 40 digits"
              + " before and 40 after the decimal point");
    }

    @Test
    void rejectsAnUnknownWeekday() {
      String json = planWith("", "  \"calendar\": { \"workingDays\": [\"monday\", \"funday\"] }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/calendar/workingDays/1")
          .isAt(spot(json, "\"funday\""))
          .hasMessage("'funday' is not a weekday; expected one of: monday, tuesday, wednesday,"
              + " thursday, friday, saturday, sunday");
    }

    @Test
    void rejectsAWorkingDayListedTwice() {
      String json = planWith("", "  \"calendar\": { \"workingDays\": [\"monday\", \"monday\"] }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/calendar/workingDays/1")
          .isAt(spot(json, "\"monday\"", 2))
          .hasMessageContaining("'monday' appears twice in workingDays");
    }

    @Test
    void rejectsAnEmptyListOfWorkingDays() {
      String json = planWith("", "  \"calendar\": { \"workingDays\": [] }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/calendar/workingDays")
          .isAt(spot(json, "[]"))
          .hasMessage("workingDays is empty; a calendar needs at least one working weekday");
    }

    @Test
    void rejectsAHolidayListedTwice() {
      String json = planWith("",
          "  \"calendar\": { \"holidays\": [\"2026-12-25\", \"2026-12-25\"] }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/calendar/holidays/1")
          .isAt(spot(json, "\"2026-12-25\"", 2))
          .hasMessageContaining("holiday 2026-12-25 is listed twice");
    }
  }

  @Nested
  class References {
    @Test
    void rejectsDuplicateMilestoneIds() {
      String json = planWithMilestones("""
              { "id": "legal", "title": "A" },
              { "id": "legal", "title": "B" }""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/1/id")
          .isAt(spot(json, "\"legal\"", 2))
          .hasMessage("milestone id 'legal' is used twice (also at /milestones/0); ids must be"
              + " unique");
    }

    @Test
    void rejectsAnIdThatIsNotValidUnicodeWithThatProblemOnly() {
      String json = planWithMilestones("    { \"id\": \"a\\uD800\", \"title\": \"A\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/id")
          .isAt(spot(json, "\"a\\uD800"))
          .hasMessage("id contains an unpaired surrogate (\\uD800 at character 2); text must be"
              + " valid Unicode");
    }

    @Test
    void placesARuleBrokenInAFieldAfterAttributesAtThatField() {
      String json = planWithMilestones("    { \"attributes\": { \"crm\": \"1\" }, \"id\": \"a\","
          + " \"title\": \"A\", \"buyerOwner\": \"nobody\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/buyerOwner")
          .isAt(spot(json, "\"nobody\""))
          .hasMessageContaining("buyerOwner 'nobody' is not a stakeholder of this plan");
    }

    @Test
    void rejectsAnOwnerWhoIsNotAStakeholder() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"buyerOwner\": \"nobody\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/buyerOwner")
          .isAt(spot(json, "\"nobody\""))
          .hasMessage("buyerOwner 'nobody' is not a stakeholder of this plan; add them to"
              + " stakeholders");
    }

    @Test
    void rejectsADependencyOnAMissingMilestone() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"dependsOn\": [\"ghost\"] }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/dependsOn/0")
          .isAt(spot(json, "\"ghost\""))
          .hasMessage("'a' depends on 'ghost', which is not a milestone of this plan");
    }

    @Test
    void rejectsARevisionAuthorWhoIsNotAStakeholder() {
      String json = planWith("", """
            "revisions": [ { "number": 1, "author": "zoe", "at": "2026-11-20T15:04:05Z" } ]""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/revisions/0/author")
          .isAt(spot(json, "\"zoe\""))
          .hasMessage("the author 'zoe' is not a stakeholder of this plan; add them to"
              + " stakeholders");
    }

    @Test
    void rejectsASetByWhoIsNotAStakeholder() {
      String json = planWith("", "  \"outcome\": { \"date\": \"2027-03-01\", \"setBy\": \"zoe\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/outcome/setBy")
          .isAt(spot(json, "\"zoe\""))
          .hasMessageContaining("setBy 'zoe' is not a stakeholder of this plan");
    }

    @Test
    void rejectsABuyerOwnerOnTheSellerSide() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"buyerOwner\": \"alex\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/buyerOwner")
          .isAt(11, 46)
          .hasMessage("buyerOwner 'alex' is on the seller side; a buyer owner must be a"
              + " buyer-side stakeholder");
    }

    @Test
    void rejectsASellerOwnerOnTheBuyerSide() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"sellerOwner\": \"sarah\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/sellerOwner")
          .isAt(spot(json, "\"sarah\"", 2))
          .hasMessage("sellerOwner 'sarah' is on the buyer side; a seller owner must be a"
              + " seller-side stakeholder");
    }

    @Test
    void rejectsTheSamePredecessorTwice() {
      String json = planWithMilestones("""
              { "id": "a", "title": "A" },
              { "id": "b", "title": "B",
                "dependsOn": ["a", { "milestone": "a", "type": "start-to-start" }] }""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/1/dependsOn/1")
          .isAt(spot(json, "{ \"milestone\""))
          .hasMessage("'b' depends on 'a' twice (also at /milestones/1/dependsOn/0); keep one"
              + " dependency");
    }

    @Test
    void rejectsASignOffOfARevisionThatDoesNotExist() {
      String json = planWith("", """
            "revisions": [ { "number": 1, "author": "alex", "at": "2026-11-20T15:04:05Z" } ],
            "signOffs": [ { "by": "sarah", "revision": 2, "on": "2026-11-21" } ]""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/signOffs/0/revision")
          .isAt(spot(json, "2, \"on\""))
          .hasMessage("the sign-off names revision 2, which is not in the plan's revisions");
    }
  }

  @Nested
  class DatesAndHistory {
    @Test
    void rejectsACompleteMilestoneWithoutACompletedDate() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"status\": \"complete\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/completed")
          .isAt(11, 5)
          .hasMessage("the status is complete but there is no completed date; add the date it was"
              + " done");
    }

    @Test
    void rejectsACompletedDateOnAMilestoneThatIsNotComplete() {
      String json = planWithMilestones(
          "    { \"id\": \"a\", \"title\": \"A\", \"completed\": \"2026-11-20\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/completed")
          .isAt(spot(json, "\"2026-11-20\""))
          .hasMessage("there is a completed date but the status is 'not-started'; set the status"
              + " to complete or remove the date");
    }

    @Test
    void rejectsCompletionBeforeTheStart() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": \"A\", \"status\": \"complete\","
          + " \"started\": \"2026-11-20\", \"completed\": \"2026-11-19\" }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/completed")
          .isAt(spot(json, "\"2026-11-19\""))
          .hasMessage("completed 2026-11-19 is before started 2026-11-20");
    }

    @Test
    void rejectsAnEstimateOutOfOrder() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": \"A\","
          + " \"estimate\": { \"optimistic\": 5, \"likely\": 3, \"pessimistic\": 9 } }");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/milestones/0/estimate")
          .isAt(spot(json, "{ \"optimistic\""))
          .hasMessage("the estimate is out of order (optimistic 5, likely 3, pessimistic 9); it"
              + " needs optimistic <= likely <= pessimistic");
    }

    @Test
    void rejectsRevisionNumbersThatDoNotIncrease() {
      String json = planWith("", """
            "revisions": [
              { "number": 2, "author": "alex", "at": "2026-11-20T15:04:05Z" },
              { "number": 2, "author": "sarah", "at": "2026-11-21T15:04:05Z" } ]""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/revisions/1/number")
          .isAt(spot(json, "2, \"author\": \"sarah\""))
          .hasMessage("revision 2 follows revision 2; revision numbers must increase");
    }

    @Test
    void rejectsInstantsGoingBackwards() {
      String json = planWith("", """
            "revisions": [
              { "number": 1, "author": "alex", "at": "2026-11-20T15:04:05Z" },
              { "number": 2, "author": "sarah", "at": "2026-11-19T15:04:05Z" } ]""");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/revisions/1/at")
          .isAt(spot(json, "\"2026-11-19T"))
          .hasMessageContaining("revision 2 at 2026-11-19T15:04:05Z is earlier than revision 1");
    }
  }

  @Nested
  class Formats {
    @Test
    void rejectsAnotherDocumentOfMapSayingWhatItIsAndWhichPlanToGive() {
      Map<String, String> documents = Map.of(
          "mutual-action-plan-schedule/1", "this is a schedule document (format"
              + " 'mutual-action-plan-schedule/1'), not a plan document; give the plan it was"
              + " made from",
          "mutual-action-plan-report/1", "this is a report document (format"
              + " 'mutual-action-plan-report/1'), not a plan document; give the plan it was made"
              + " from",
          "mutual-action-plan-forecast/1", "this is a forecast document (format"
              + " 'mutual-action-plan-forecast/1'), not a plan document; give the plan it was"
              + " made from",
          "mutual-action-plan-diff/1", "this is a diff document (format"
              + " 'mutual-action-plan-diff/1'), not a plan document; give one of the two plans it"
              + " compares",
          "mutual-action-plan-portfolio/1", "this is a portfolio document (format"
              + " 'mutual-action-plan-portfolio/1'), not a plan document; give the plans it sums"
              + " up");
      documents.forEach((format, message) -> {
        String json = "{\"format\": \"" + format + "\", \"planId\": \"acme\", \"x\": 1}";

        assertProblem(onlyProblemOf(json)).hasPointer("/format").isAt(1, 12)
            .hasMessage(message);
      });
    }

    @Test
    void rejectsAnotherDocumentOfMapWithThatProblemOnlyWhateverCameBeforeItsFormat() {
      String json = "{\"planId\": \"acme\", \"id\": 7,\n \"format\": \"mutual-action-plan-report/1\"}";

      assertProblem(onlyProblemOf(json)).hasPointer("/format").isAt(2, 12)
          .hasMessageContaining("this is a report document");
    }

    @Test
    void rejectsAPlanGivenAsARuleConfigurationWithThatProblemOnlyWhateverCameBeforeItsFormat() {
      String json = "{\"profile\": 7, \"format\": \"mutual-action-plan/1\", \"id\": \"acme\"}";

      assertProblem(onlyProblemOf(MapJson.standard().ruleConfigurations(), json))
          .hasPointer("/format")
          .isAt(spot(json, "\"mutual-action-plan/1\""))
          .hasMessageContaining("this is a plan document (format 'mutual-action-plan/1')");
    }

    @Test
    void rejectsAFormatOfTheWrongTypeWithThatProblemOnly() {
      String json = planWithMilestones("").replace("\"mutual-action-plan/1\"", "1");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/format")
          .isAt(2, 13)
          .hasMessage("format must be a string; found a whole number");
    }

    @Test
    void rejectsAFormatThatIsNotValidUnicodeWithThatProblemOnly() {
      String json = planWithMilestones("").replace("\"mutual-action-plan/1\"", "\"\\uDC00\"");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/format")
          .isAt(2, 13)
          .hasMessage("format contains an unpaired surrogate (\\uDC00 at character 1); text must"
              + " be valid Unicode");
    }

    @Test
    void rejectsAnotherFormatNamingTheOneSupported() {
      String json = planWithMilestones("").replace("mutual-action-plan/1", "mutual-action-plan/2");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/format")
          .isAt(2, 13)
          .hasMessage("format 'mutual-action-plan/2' is not supported; this reader reads"
              + " mutual-action-plan/1 (a document whose format is another major version needs"
              + " the release that reads it)");
    }

    @Test
    void rejectsADocumentWithoutAFormat() {
      String json = planWithMilestones("").replace("\"format\": \"mutual-action-plan/1\",", "");

      assertProblem(onlyProblemOf(json))
          .hasPointer("/format")
          .isAt(1, 1)
          .hasMessage("format is missing from a plan document");
    }
  }

  @Nested
  class ManyProblemsAtOnce {
    @Test
    void reportsEveryProblemOfFormInDocumentOrder() {
      String json = planWithMilestones("""
              { "id": "a b", "title": 1, "kind": "demos", "due": "tomorrow", "size": 3 }""");

      assertThat(problemsOf(json)).extracting(DocumentProblem::pointer).containsExactly(
          "/milestones/0/id", "/milestones/0/title", "/milestones/0/kind",
          "/milestones/0/due", "/milestones/0/size");
    }

    @Test
    void reportsEveryBrokenRuleOfThePlanTogether() {
      String json = planWithMilestones("""
              { "id": "a", "title": "A", "buyerOwner": "alex", "status": "complete" },
              { "id": "a", "title": "B", "dependsOn": ["ghost"] }""");

      assertThat(problemsOf(json)).extracting(DocumentProblem::pointer).containsExactly(
          "/milestones/0/buyerOwner", "/milestones/0/completed", "/milestones/1/id",
          "/milestones/1/dependsOn/0");
    }

    @Test
    void givesOneLinePerProblemInTheMessage() {
      String json = planWithMilestones("    { \"id\": \"a\", \"title\": \"A\", \"buyerOwner\": \"alex\","
          + " \"sellerOwner\": \"sarah\" }");

      DocumentReadException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          DocumentReadException.class, () -> MapJson.standard().plans().read(json));

      assertThat(e.getMessage()).isEqualTo(
          "/milestones/0/buyerOwner (line 11, column 46): buyerOwner 'alex' is on the seller"
              + " side; a buyer owner must be a buyer-side stakeholder\n"
              + "/milestones/0/sellerOwner (line 11, column 69): sellerOwner 'sarah' is on the"
              + " buyer side; a seller owner must be a seller-side stakeholder");
      assertThat(e.getStackTrace()).isEmpty();
    }
  }
}

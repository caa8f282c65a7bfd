package io.mutualplan.jackson3;

import static io.mutualplan.jackson3.Mappers.FOUND;
import static io.mutualplan.jackson3.Mappers.JSON;
import static io.mutualplan.jackson3.Mappers.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.Serialization;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.Malformation;
import io.mutualplan.testkit.MalformedDocument;
import io.mutualplan.testkit.PlanGenerators;
import io.mutualplan.testkit.ReaderRejection;
import io.mutualplan.testkit.RejectedDocument;
import io.mutualplan.testkit.RejectedDocumentGenerator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;

/** What map-json rejects, a Jackson 3 mapper rejects with map-json's problems. */
class RejectionsTest {

  /** A service's own record holding a plan. */
  record Deal(String account, MutualActionPlan plan) {}

  /**
   * Invariant: a plan document that breaks one rule of the format, read alone from text or from
   * bytes by a mapper that fails on unknown properties, is rejected with Jackson 3's databind
   * exception carrying exactly the problems map-json reports for it: pointers, lines, columns and
   * messages.
   */
  @ParameterizedTest
  @EnumSource(ReaderRejection.class)
  void aRejectedDocumentHasMapJsonsProblemsExactly(ReaderRejection rejection) {
    RejectedDocumentGenerator generator = PlanGenerators.rejectedDocuments().rejections(rejection);
    SplittableRandom random = new SplittableRandom(0x3A_0000L + rejection.ordinal());
    for (int i = 0; i < 25; i++) {
      RejectedDocument document = generator.document(random);
      byte[] bytes = document.json().getBytes(StandardCharsets.UTF_8);

      DocumentReadException fromText = rejectionOf(() -> JSON.plans().read(document.json()));
      DocumentReadException fromBytes = rejectionOf(() -> JSON.plans().read(bytes));
      InvalidDocumentException text = catchThrowableOfType(InvalidDocumentException.class,
          () -> STRICT.readValue(document.json(), MutualActionPlan.class));
      InvalidDocumentException binary = catchThrowableOfType(InvalidDocumentException.class,
          () -> STRICT.readValue(bytes, MutualActionPlan.class));

      assertThat(text).as("%s: %s", document.description(), document.json()).isNotNull();
      assertThat(text.problems()).as(document.description()).isEqualTo(fromText.problems());
      assertThat(text.getCause().getMessage()).isEqualTo(fromText.getMessage());
      assertThat(binary).as("%s: %s", document.description(), document.json()).isNotNull();
      assertThat(binary.problems()).as(document.description()).isEqualTo(fromBytes.problems());
      assertThat(binary).isInstanceOf(MismatchedInputException.class);
      assertThat(binary.getTargetType()).isEqualTo(MutualActionPlan.class);
    }
  }

  /**
   * Invariant: a rejected plan inside a record, after a line break, has map-json's problems with
   * pointers relative to the plan, each on the line and at the column where its value is in the
   * whole input; the exception itself is placed where the plan starts, on the path to it.
   */
  @Test
  void aRejectedPlanInARecordHasItsProblemsWhereTheyAreInTheWholeInput() {
    SplittableRandom random = new SplittableRandom(23);
    String before = "{\"account\": \"acme\",\n  \"plan\": ";
    for (int i = 0; i < 100; i++) {
      RejectedDocument document = PlanGenerators.rejectedDocuments().document(random);
      DocumentReadException alone = rejectionOf(() -> JSON.plans().read(document.json()));

      InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
          () -> STRICT.readValue(before + document.json() + "\n}", Deal.class));

      assertThat(e).as(document.description()).isNotNull();
      assertThat(e.problems()).as(document.description())
          .isEqualTo(movedTo(alone.problems(), 2, 11));
      assertThat(e.getLocation().getLineNr()).isEqualTo(2);
      assertThat(e.getLocation().getColumnNr()).isEqualTo(11);
      assertThat(e.getPathReference()).endsWith("Deal[\"plan\"]");
    }
  }

  /** The problems placed in the whole input still say that map-json stopped reading, and where. */
  @Test
  void aPlanInARecordWithTooManyProblemsStillSaysThatReadingStopped() {
    StringBuilder milestones = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      milestones.append(i == 0 ? "" : ",").append("{\"id\":\"a b\",\"title\":\"A\"}");
    }
    String plan = "{\"format\":\"mutual-action-plan/1\",\"id\":\"p\",\"title\":\"T\","
        + "\"buyer\":{\"name\":\"B\"},\"seller\":{\"name\":\"S\"},\"stakeholders\":[],"
        + "\"milestones\":[" + milestones + "]}";
    DocumentReadException alone = rejectionOf(() -> JSON.plans().read(plan));

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue("{\"account\": \"acme\",\n  \"plan\": " + plan + "\n}",
            Deal.class));

    assertThat(alone.tooManyProblems()).isTrue();
    assertThat(e.getCause().tooManyProblems()).isTrue();
    assertThat(e.getCause().getMessage()).endsWith("\n(document): reading stopped after 100"
        + " problems; fix these and read the document again");
  }

  @Test
  void problemsOnLaterLinesOfANestedPlanKeepTheirColumns() {
    String plan = Fixtures.json("acme-go-live")
        .replace("  \"title\": \"Acme x Globex\",\n", "")
        .replaceFirst("\"durationDays\": 1,", "\"durationDays\": \"one\",")
        .replaceFirst("\"status\": \"complete\"", "\"status\": \"done\"");
    DocumentReadException alone = rejectionOf(() -> JSON.plans().read(plan));
    String input = "[\n  {\"account\": \"acme\", \"plan\": " + plan.replace("\n", "\n  ") + "}\n]";

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(input, new TypeReference<List<Deal>>() {}));

    assertThat(alone.problems()).extracting(DocumentProblem::pointer).containsExactly(
        "/milestones/0/durationDays", "/milestones/0/status", "/title");
    // The plan starts on line 2, column 31; its later lines are indented by two more spaces.
    List<DocumentProblem> expected = new ArrayList<>();
    for (DocumentProblem problem : movedTo(alone.problems(), 2, 31)) {
      boolean firstLine = problem.line().getAsInt() == 2;
      expected.add(new DocumentProblem(problem.pointer(), problem.line(),
          firstLine ? problem.column() : OptionalInt.of(problem.column().getAsInt() + 2),
          problem.message(), problem.unknownField()));
    }
    assertThat(e.problems()).isEqualTo(expected);
    assertThat(e.problems().get(2).toString()).startsWith("/title (line 2, column 31): ");
    assertThat(e.getPathReference()).contains("[0]").endsWith("Deal[\"plan\"]");
  }

  @Test
  void aRejectedPlanInAListIsFoundByItsIndex() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    String bad = JSON.plans().write(plan).replace("\"side\":\"seller\"", "\"side\":\"vendor\"");
    String input = "[" + JSON.plans().write(plan) + "," + bad + "]";

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(input, new TypeReference<List<MutualActionPlan>>() {}));

    assertThat(e.getPath()).singleElement().satisfies(step -> assertThat(step.getIndex())
        .isEqualTo(1));
    assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly(
        "/stakeholders/5/side", "/stakeholders/6/side");
  }

  /**
   * A service's client sent the whole body, so it is told where each problem is from the top of
   * that body: Jackson's path to the plan, as a JSON Pointer, before the problem's own pointer.
   */
  @Test
  void problemsInInputPointFromTheTopOfTheInput() {
    String good = JSON.plans().write(Fixtures.plan("acme-go-live"));
    String bad = good.replace("\"side\":\"seller\"", "\"side\":\"vendor\"");
    String deals = "[{\"account\":\"a\",\"plan\":" + good + "},\n {\"account\":\"b\",\"plan\":"
        + bad + "}]";

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(deals, new TypeReference<List<Deal>>() {}));

    assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly(
        "/stakeholders/5/side", "/stakeholders/6/side");
    List<DocumentProblem> expected = new ArrayList<>();
    for (DocumentProblem problem : e.problems()) {
      expected.add(new DocumentProblem("/1/plan" + problem.pointer(), problem.line(),
          problem.column(), problem.message(), problem.unknownField()));
    }
    assertThat(e.problemsInInput()).isEqualTo(expected);
  }

  @Test
  void problemsInInputEscapeTheKeysOnTheWayAndAreTheProblemsForAValueReadAlone() {
    String bad = JSON.plans().write(Fixtures.plan("acme-go-live"))
        .replace("\"side\":\"seller\"", "\"side\":\"vendor\"");

    InvalidDocumentException inMap = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue("{\"emea/north~2\":" + bad + "}",
            new TypeReference<Map<String, MutualActionPlan>>() {}));
    InvalidDocumentException alone = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(bad, MutualActionPlan.class));

    assertThat(inMap.problemsInInput()).extracting(DocumentProblem::pointer).containsExactly(
        "/emea~1north~02/stakeholders/5/side", "/emea~1north~02/stakeholders/6/side");
    assertThat(alone.problemsInInput()).isEqualTo(alone.problems()).hasSize(2);
  }

  /** A service's record holding plans by region and in a list. */
  record Regions(Map<String, MutualActionPlan> byRegion, List<MutualActionPlan> plans) {}

  /**
   * An empty key is a step of its own ({@code //}, RFC 6901), and a plan in a list in a record
   * has the record's field and the list's index before its own pointer.
   */
  @Test
  void problemsInInputKeepAnEmptyKeyAndTheIndexInARecordsList() {
    String good = JSON.plans().write(Fixtures.plan("acme-go-live"));
    String bad = good.replace("\"side\":\"seller\"", "\"side\":\"vendor\"");

    InvalidDocumentException emptyKey = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue("{\"byRegion\":{\"\":" + bad + "}}", Regions.class));
    InvalidDocumentException inList = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue("{\"plans\":[" + good + "," + bad + "]}", Regions.class));

    assertThat(emptyKey.problemsInInput()).extracting(DocumentProblem::pointer).containsExactly(
        "/byRegion//stakeholders/5/side", "/byRegion//stakeholders/6/side");
    assertThat(inList.problemsInInput()).extracting(DocumentProblem::pointer).containsExactly(
        "/plans/1/stakeholders/5/side", "/plans/1/stakeholders/6/side");
  }

  @Test
  void theExceptionsMessageIsMapJsonsBesideJacksonsPlaceAndPath() {
    String input = "{\"account\":\"acme\",\"plan\":{\"format\":\"mutual-action-plan/2\"}}";

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(input, Deal.class));

    assertThat(e.getOriginalMessage()).isEqualTo("Cannot read `MutualActionPlan`:\n"
        + e.getCause().getMessage()).startsWith("Cannot read `MutualActionPlan`:\n/format"
        + " (line 1, column 36): format 'mutual-action-plan/2' is not supported; this reader reads"
        + " mutual-action-plan/1");
    assertThat(e.getMessage()).startsWith(e.getOriginalMessage())
        .endsWith("(through reference chain: " + Deal.class.getName() + "[\"plan\"])");
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(26);
    assertThat(e).isInstanceOf(DatabindException.class);
    assertThat(e.getCause().problems()).isEqualTo(e.problems());
    // The root cause, which frameworks report (Spring's getMostSpecificCause()), is map-json's.
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertThat(root).isSameAs(e.getCause());
  }

  @Test
  void theExceptionKeepsMapJsonsProblemsAndJacksonsPlaceWhenSerialized() {
    String input = "{\"account\":\"acme\",\"plan\":{\"format\":\"mutual-action-plan/2\"}}";
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(input, Deal.class));

    InvalidDocumentException read = Serialization.roundTrip(e);

    assertThat(read.problems()).isEqualTo(e.problems()).isNotEmpty();
    assertThat(read.getCause().problems()).isEqualTo(e.problems());
    assertThat(read.getOriginalMessage()).isEqualTo(e.getOriginalMessage());
    assertThat(read.getLocation().getColumnNr()).isEqualTo(26);
  }

  @Test
  void everyDocumentTypeIsRejectedWithMapJsonsProblems() {
    String schedule = "{\"format\":\"mutual-action-plan-schedule/1\"}";
    String report = "{\"format\":\"mutual-action-plan-report/1\",\"score\":\"high\"}";
    String rules = "{\"rules\":{\"seller-share\":{\"enabled\":\"yes\"}},\"autoThreshold\":-1}";

    assertThat(catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(schedule, Schedule.class)).problems())
        .isEqualTo(rejectionOf(() -> JSON.schedules().read(schedule)).problems());
    assertThat(catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(report, QualityReport.class)).problems())
        .isEqualTo(rejectionOf(() -> JSON.reports().read(report)).problems());
    assertThat(catchThrowableOfType(InvalidDocumentException.class,
        () -> FOUND.readValue(rules, RuleConfiguration.class)).problems())
        .isEqualTo(rejectionOf(() -> JSON.ruleConfigurations().read(rules)).problems())
        .hasSize(2);
  }

  @Test
  void aPortfolioThatItsWriterCouldNotHaveWrittenIsRejectedWithMapJsonsProblems() {
    LocalDate asOf = LocalDate.of(2026, 11, 22);
    RuleEngine engine = RuleEngine.builder().build();
    PlanSummary row = PlanSummary.summarize("acme.json", Fixtures.plan("acme-go-live"), asOf,
        engine);
    Portfolio portfolio = Portfolio.builder().asOf(asOf)
        .summary(Stream.<PortfolioEntry>of(row).collect(PortfolioSummary.collector(engine)))
        .addPlans(row)
        .build();
    String json = JSON.portfolios().write(portfolio)
        .replace("\"asOf\":\"2026-11-22\"", "\"asOf\":\"0000-11-22\"")
        .replaceFirst("\"score\":\\{[^}]*}", "\"score\":{\"min\":90,\"median\":50,\"max\":100}");

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(json, Portfolio.class));

    assertThat(e.getCause()).isInstanceOf(DocumentReadException.class);
    assertThat(e.problems())
        .isEqualTo(rejectionOf(() -> JSON.portfolios().read(json)).problems())
        .extracting(DocumentProblem::pointer).containsExactly("/asOf", "/summary/score/median");
  }

  @Test
  void unknownFieldsAreIgnoredExactlyWhenTheMapperIgnoresUnknownProperties() {
    String json = JSON.plans().write(Fixtures.plan("acme-go-live"))
        .replaceFirst("\"title\":", "\"crmStage\":{\"id\":7,\"names\":[\"won\"]},\"title\":");

    assertThat(FOUND.readValue(json, MutualActionPlan.class))
        .isEqualTo(JSON.lenient().plans().read(json))
        .isEqualTo(Fixtures.plan("acme-go-live"));
    assertThat(catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.readValue(json, MutualActionPlan.class)).problems())
        .extracting(DocumentProblem::pointer).containsExactly("/crmStage");
  }

  @Test
  void aPlanReadFromATreeHasMapJsonsProblemsWithoutLinesAndColumns() {
    String json = JSON.plans().write(Fixtures.plan("acme-go-live"))
        .replace("\"currency\":\"USD\"", "\"currency\":\"dollars\"");
    JsonNode tree = STRICT.readTree(json);
    DocumentReadException alone = rejectionOf(() -> JSON.plans().read(json));

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> STRICT.treeToValue(tree, MutualActionPlan.class));

    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo(alone.problems().get(0).pointer());
      assertThat(problem.message()).isEqualTo(alone.problems().get(0).message());
      assertThat(problem.line()).isEmpty();
      assertThat(problem.column()).isEmpty();
    });
  }

  /**
   * Invariant: every malformed document is rejected by the mapper, never read as a plan (but for
   * the document {@code null}, which Jackson reads as null for any type). Jackson's parser rejects
   * the text it cannot parse before MAP sees it; whatever map-json rejects in the value it was
   * given has map-json's problems exactly, missing only those about text after the value, which
   * Jackson checks. Malformations that leave the text valid JSON within Jackson's own limits always
   * reach map-json.
   */
  @ParameterizedTest
  @EnumSource(Malformation.class)
  void aMalformedDocumentIsRejectedByJacksonsParserOrWithMapJsonsProblems(
      Malformation malformation) {
    Set<Malformation> alwaysJson = EnumSet.of(Malformation.SWAPPED_TYPE,
        Malformation.DUPLICATE_KEY, Malformation.HUGE_NUMBER);
    SplittableRandom random = new SplittableRandom(0x3B_0000L + malformation.ordinal());
    int reachedMapJson = 0;
    for (int i = 0; i < 60; i++) {
      MalformedDocument document = PlanGenerators.malformedDocuments()
          .malformations(malformation).document(random);
      DocumentReadException expected = rejectionOf(() -> JSON.plans().read(document.bytes()));

      Throwable thrown = catchThrowable(() -> {
        MutualActionPlan plan = STRICT.readValue(document.bytes(), MutualActionPlan.class);
        assertThat(plan).as("%s", document).isNull();
        assertThat(document.text()).isEqualTo("null");
      });

      if (thrown instanceof InvalidDocumentException e) {
        reachedMapJson++;
        assertThat(e.problems()).as("%s", document)
            .isEqualTo(expected.problems().subList(0, e.problems().size()));
        assertThat(expected.problems().subList(e.problems().size(), expected.problems().size()))
            .as("%s", document).allSatisfy(after -> assertThat(after.pointer()).isEmpty());
      } else if (thrown != null) {
        // The parser's syntax and limit errors, or the mapper's own check for trailing tokens.
        assertThat(thrown).as("%s", document).isInstanceOfAny(StreamReadException.class,
            StreamConstraintsException.class, MismatchedInputException.class);
        assertThat(malformation).as("%s", document).isNotIn(alwaysJson);
      }
    }
    if (alwaysJson.contains(malformation)) {
      assertThat(reachedMapJson).isEqualTo(60);
    }
  }

  private static DocumentReadException rejectionOf(Runnable read) {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class, read::run);
    assertThat(e).as("map-json rejects the document").isNotNull();
    return e;
  }

  /** The problems of a value read alone, as placed when the value starts at a line and column. */
  private static List<DocumentProblem> movedTo(List<DocumentProblem> problems, int line,
      int column) {
    List<DocumentProblem> moved = new ArrayList<>();
    for (DocumentProblem problem : problems) {
      int at = problem.line().orElseThrow();
      moved.add(new DocumentProblem(problem.pointer(), OptionalInt.of(at + line - 1),
          OptionalInt.of(at == 1 ? problem.column().orElseThrow() + column - 1
              : problem.column().orElseThrow()),
          problem.message(), problem.unknownField()));
    }
    return moved;
  }
}

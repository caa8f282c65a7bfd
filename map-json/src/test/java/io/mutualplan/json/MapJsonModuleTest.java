package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Jackson module reads and writes the plan and its parts inside users' own documents. */
class MapJsonModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Test
  void isFoundByServiceLoader() {
    assertThat(ServiceLoader.load(Module.class)).anyMatch(m -> m instanceof MapJsonModule);
    assertThat(MAPPER.getRegisteredModuleIds()).isNotEmpty();
  }

  @Test
  void readsAndWritesAPlanLikeMapJson() throws Exception {
    MutualActionPlan plan = MapJson.standard().plans().read(Examples.named("acme-go-live"));

    String json = MAPPER.writeValueAsString(plan);

    assertThat(json).isEqualTo(MapJson.standard().plans().write(plan));
    assertThat(MAPPER.readValue(json, MutualActionPlan.class)).isEqualTo(plan);
  }

  @Test
  void readsAndWritesEveryDocumentTypeLikeMapJson() throws Exception {
    MutualActionPlan plan = MapJson.standard().plans().read(Examples.named("acme-go-live"));
    LocalDate asOf = LocalDate.parse("2026-11-22");
    Schedule schedule = Scheduler.schedule(plan, asOf);
    QualityReport report = RuleEngine.builder().build().evaluate(plan, asOf);
    RuleConfiguration configuration = MapJson.standard().ruleConfigurations()
        .read("{\"rules\": {\"seller-share\": {\"enabled\": false}}}");

    assertThat(MAPPER.writeValueAsString(schedule))
        .isEqualTo(MapJson.standard().schedules().write(schedule));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(schedule), Schedule.class))
        .isEqualTo(schedule);
    assertThat(MAPPER.writeValueAsString(report))
        .isEqualTo(MapJson.standard().reports().write(report));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(report), QualityReport.class))
        .isEqualTo(report);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(configuration),
        RuleConfiguration.class)).isEqualTo(configuration);
  }

  /** A user's own document holding plan parts. */
  record Envelope(MilestoneId focus, List<Role> roles, Milestone milestone,
      Map<String, MutualActionPlan> plans) {}

  @Test
  void readsAndWritesPartsInsideAUsersDocument() throws Exception {
    MutualActionPlan plan = MapJson.standard().plans().read(Examples.named("acme-go-live"));
    Envelope envelope = new Envelope(MilestoneId.of("legal"), List.of(Role.ECONOMIC_BUYER),
        plan.milestones().get(4), Map.of("acme", plan));

    String json = MAPPER.writeValueAsString(envelope);

    assertThat(json).startsWith("{\"focus\":\"legal\",\"roles\":[\"economic-buyer\"],"
        + "\"milestone\":{\"id\":\"legal\",\"title\":\"MSA redlines agreed\"");
    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void writesPlansOneAfterAnotherInAUsersArray() throws Exception {
    MutualActionPlan plan = MapJson.standard().plans().read(Examples.named("acme-go-live"));
    String one = MapJson.standard().plans().write(plan);

    String json = MAPPER.writeValueAsString(List.of(plan, plan));

    assertThat(json).isEqualTo("[" + one + "," + one + "]");
    assertThat(MAPPER.readValue(json, MutualActionPlan[].class)).containsExactly(plan, plan);
  }

  @Test
  void writesEveryDocumentTypeOneAfterAnotherInAUsersArray() throws Exception {
    MutualActionPlan plan = MapJson.standard().plans().read(Examples.named("acme-go-live"));
    LocalDate asOf = LocalDate.parse("2026-11-22");
    List<Object> documents = List.of(Scheduler.schedule(plan, asOf),
        RuleConfiguration.builder().profile(Profile.AUTO).build(),
        Forecaster.forecast(plan, asOf, ForecastSettings.builder().trials(20).build()),
        PlanComparison.compare(plan, plan, asOf),
        Portfolio.builder().asOf(asOf).summary(Stream.<PortfolioEntry>empty()
            .collect(PortfolioSummary.collector(RuleEngine.builder().build()))).build());

    for (Object document : documents) {
      String one = MAPPER.writeValueAsString(document);

      assertThat(MAPPER.writeValueAsString(List.of(document, document)))
          .as(document.getClass().getSimpleName()).isEqualTo("[" + one + "," + one + "]");
    }
  }

  @Test
  void writesADependencyAsABareIdOnlyWhenPlain() throws Exception {
    assertThat(MAPPER.writeValueAsString(Dependency.on("legal"))).isEqualTo("\"legal\"");
    assertThat(MAPPER.writeValueAsString(Dependency.builder().milestone(MilestoneId.of("legal"))
        .type(DependencyType.START_TO_START).build()))
        .isEqualTo("{\"milestone\":\"legal\",\"type\":\"start-to-start\"}");
  }

  @Test
  void reportsDocumentReadExceptionWithPointersRelativeToTheValueAsJacksonsCause() {
    String json = "{\"focus\":\"legal\",\"roles\":[],\"milestone\":{\"id\":\"a b\",\"title\":\"A\"},"
        + "\"plans\":{}}";

    JsonMappingException wrapped = catchThrowableOfType(JsonMappingException.class,
        () -> MAPPER.readValue(json, Envelope.class));

    assertThat(wrapped.getCause()).isInstanceOfSatisfying(DocumentReadException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/id");
          assertThat(p.line()).hasValue(1);
          assertThat(p.column()).hasValue(47);
        }));
  }

  @Test
  void throwsDocumentReadExceptionItselfForATopLevelValue() {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> MAPPER.readValue("{\"id\":\"a\"}", Milestone.class));

    assertThat(e.problems()).extracting(DocumentProblem::pointer).containsExactly("/title");
  }

  @Test
  void ignoresUnknownFieldsWhenTheMapperDoes() throws Exception {
    String json = "{\"id\":\"a\",\"title\":\"A\",\"crm\":{\"x\":1}}";
    ObjectMapper lenient = new ObjectMapper().registerModule(new MapJsonModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThat(lenient.readValue(json, Milestone.class).id()).isEqualTo(MilestoneId.of("a"));
    assertThat(catchThrowableOfType(DocumentReadException.class,
        () -> MAPPER.readValue(json, Milestone.class)).problems())
        .extracting(DocumentProblem::pointer).containsExactly("/crm");
  }

  @Test
  void readsIdsAndSpellings() throws Exception {
    assertThat(MAPPER.readValue("\"sarah\"", StakeholderId.class)).isEqualTo(StakeholderId.of("sarah"));
    assertThat(MAPPER.readValue("\"finish-to-finish\"", DependencyType.class))
        .isEqualTo(DependencyType.FINISH_TO_FINISH);
    assertThat(catchThrowableOfType(DocumentReadException.class,
        () -> MAPPER.readValue("\"FINISH_TO_FINISH\"", DependencyType.class)).getMessage())
        .startsWith("(document) (line 1, column 1): a dependency type: 'FINISH_TO_FINISH' is not a"
            + " dependency type; expected one of:");
  }
}

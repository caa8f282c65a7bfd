package io.mutualplan.jackson3;

import static io.mutualplan.jackson3.Mappers.FOUND;
import static io.mutualplan.jackson3.Mappers.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.PlanGenerator;
import io.mutualplan.testkit.PlanGenerators;
import io.mutualplan.testkit.PlanProperty;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A Jackson 3 mapper writes MAP documents with map-json's bytes and reads them back equal. */
class ReadingAndWritingTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  /** A service's own record holding a plan, as a Spring Boot 4 controller would read and write. */
  record Deal(String account, MutualActionPlan plan, int seats) {}

  /** A record holding every document type. */
  record Review(MutualActionPlan plan, Schedule schedule, QualityReport report,
      RuleConfiguration rules) {}

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 12).trickyText(0.2);
  }

  @Test
  void everyExamplePlanIsWrittenWithMapJsonsBytesAndReadBackEqual() {
    assertThat(Fixtures.names()).isNotEmpty();
    for (String name : Fixtures.names()) {
      MutualActionPlan plan = Fixtures.plan(name);

      assertThat(FOUND.writeValueAsString(plan)).as(name).isEqualTo(JSON.plans().write(plan));
      assertThat(FOUND.writeValueAsBytes(plan)).as(name).isEqualTo(JSON.plans().writeBytes(plan));
      assertThat(FOUND.readValue(Fixtures.json(name), MutualActionPlan.class)).as(name)
          .isEqualTo(plan);
      assertThat(FOUND.readValue(Fixtures.json(name).getBytes(StandardCharsets.UTF_8),
          MutualActionPlan.class)).as(name).isEqualTo(plan);
    }
  }

  /**
   * Invariant: for any plan (with text full of escapes, quotes, control characters and characters
   * outside the Basic Multilingual Plane), the mapper writes map-json's exact text and bytes, and
   * reads them back to an equal plan.
   */
  @PlanProperty(cases = 300, generator = "plans")
  void anyPlanIsWrittenWithMapJsonsBytesAndReadBackEqual(MutualActionPlan plan) {
    String text = JSON.plans().write(plan);
    byte[] bytes = JSON.plans().writeBytes(plan);

    assertThat(FOUND.writeValueAsString(plan)).isEqualTo(text);
    assertThat(FOUND.writeValueAsBytes(plan)).isEqualTo(bytes);
    assertThat(FOUND.readValue(text, MutualActionPlan.class)).isEqualTo(plan);
    assertThat(FOUND.readValue(bytes, MutualActionPlan.class)).isEqualTo(plan);
  }

  /**
   * Invariant: a plan inside a record and inside a list is written as map-json writes it, in
   * place, and read back equal.
   */
  @PlanProperty(cases = 150, generator = "plans")
  void aPlanInARecordAndInAListIsMapJsonsDocumentInPlace(MutualActionPlan plan) {
    String canonical = JSON.plans().write(plan);
    Deal deal = new Deal("Acme \"EMEA\"", plan, 40);
    List<MutualActionPlan> portfolio = List.of(plan, plan);

    String dealJson = FOUND.writeValueAsString(deal);
    String listJson = FOUND.writeValueAsString(portfolio);

    assertThat(dealJson).isEqualTo("{\"account\":\"Acme \\\"EMEA\\\"\",\"plan\":" + canonical
        + ",\"seats\":40}");
    assertThat(listJson).isEqualTo("[" + canonical + "," + canonical + "]");
    assertThat(FOUND.readValue(dealJson, Deal.class)).isEqualTo(deal);
    assertThat(FOUND.readValue(listJson, new TypeReference<List<MutualActionPlan>>() {}))
        .isEqualTo(portfolio);
  }

  /**
   * Invariant: a plan's schedule and quality report, and a rule configuration, are written with
   * map-json's bytes, alone and in a record, and read back equal.
   */
  @PlanProperty(cases = 100, generator = "plans")
  void schedulesReportsAndRuleConfigurationsAreMapJsonsDocumentsToo(MutualActionPlan plan) {
    Schedule schedule = Scheduler.schedule(plan, AS_OF);
    QualityReport report = ENGINE.evaluate(plan, AS_OF);
    RuleConfiguration rules = JSON.ruleConfigurations().read("""
        {"profile": "lightweight", "autoThreshold": 4,
         "rules": {"seller-share": {"enabled": true, "severity": "warning",
                                    "parameters": {"maxShare": 0.70, "vagueTerms": ["tbd", "n/a"]}},
                   "post-sale-steps": {"enabled": false}}}""");

    assertThat(FOUND.writeValueAsString(schedule)).isEqualTo(JSON.schedules().write(schedule));
    assertThat(FOUND.writeValueAsBytes(report)).isEqualTo(JSON.reports().writeBytes(report));
    assertThat(FOUND.writeValueAsString(rules)).isEqualTo(JSON.ruleConfigurations().write(rules));
    assertThat(FOUND.readValue(JSON.schedules().write(schedule), Schedule.class))
        .isEqualTo(schedule);
    assertThat(FOUND.readValue(JSON.reports().writeBytes(report), QualityReport.class))
        .isEqualTo(report);
    assertThat(FOUND.readValue(JSON.ruleConfigurations().write(rules), RuleConfiguration.class))
        .isEqualTo(rules);

    Review review = new Review(plan, schedule, report, rules);
    String json = FOUND.writeValueAsString(review);
    assertThat(json).isEqualTo("{\"plan\":" + JSON.plans().write(plan)
        + ",\"schedule\":" + JSON.schedules().write(schedule)
        + ",\"report\":" + JSON.reports().write(report)
        + ",\"rules\":" + JSON.ruleConfigurations().write(rules) + "}");
    assertThat(FOUND.readValue(json, Review.class)).isEqualTo(review);
  }

  /**
   * Invariant: a portfolio of generated plans, and each of its rows, are written with map-json's
   * bytes and read back equal.
   */
  @PlanProperty(cases = 30, generator = "plans")
  void portfoliosAndTheirRowsAreMapJsonsDocumentsToo(MutualActionPlan plan) {
    PlanSummary row = PlanSummary.summarize("deal.json", plan, AS_OF, ENGINE);
    Portfolio portfolio = Portfolio.builder().asOf(AS_OF)
        .summary(Stream.<PortfolioEntry>of(row).collect(PortfolioSummary.collector(ENGINE)))
        .addPlans(row)
        .build();

    assertThat(FOUND.writeValueAsString(portfolio)).isEqualTo(JSON.portfolios().write(portfolio));
    assertThat(FOUND.writeValueAsString(row)).isEqualTo(JSON.portfolioRows().write(row));
    assertThat(FOUND.readValue(JSON.portfolios().write(portfolio), Portfolio.class))
        .isEqualTo(portfolio);
    assertThat(FOUND.readValue(JSON.portfolioRows().write(row), PlanSummary.class)).isEqualTo(row);
  }

  @Test
  void aPlanInAMapUnderAnyKeyIsReadBackEqual() {
    MutualActionPlan plan = Fixtures.plan(Fixtures.names().get(0));
    Map<String, MutualActionPlan> byAccount = Map.of("acme", plan);

    String json = FOUND.writeValueAsString(byAccount);

    assertThat(json).isEqualTo("{\"acme\":" + JSON.plans().write(plan) + "}");
    assertThat(FOUND.readValue(json, new TypeReference<Map<String, MutualActionPlan>>() {}))
        .isEqualTo(byAccount);
  }

  @Test
  void aPrettyPrintingMapperIndentsThePlanWithTheRestOfItsOutput() {
    MutualActionPlan plan = Fixtures.plan(Fixtures.names().get(0));
    JsonMapper pretty = FOUND.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    Deal deal = new Deal("acme", plan, 3);

    String json = pretty.writeValueAsString(deal);

    assertThat(json).contains("\n  \"plan\" : {\n    \"format\" : \"mutual-action-plan/1\",\n");
    assertThat(pretty.readValue(json, Deal.class)).isEqualTo(deal);
  }

  @Test
  void numbersKeepMapJsonsPlainDecimalsInTextAndTheirScaleInATree() {
    MutualActionPlan plan = JSON.plans().read(JSON.plans().write(Fixtures.plan("acme-go-live"))
        .replace("\"amount\":120000", "\"amount\":0.00000001"));
    RuleConfiguration rules = JSON.ruleConfigurations()
        .read("{\"rules\":{\"seller-share\":{\"parameters\":{\"maxShare\":7.0E-7}}}}");

    assertThat(FOUND.writeValueAsString(plan)).contains("\"amount\":0.00000001,")
        .isEqualTo(JSON.plans().write(plan));
    assertThat(FOUND.writeValueAsString(rules)).contains("0.00000070")
        .isEqualTo(JSON.ruleConfigurations().write(rules));
    assertThat(FOUND.valueToTree(plan).get("dealValue").get("amount").decimalValue())
        .isEqualTo(new BigDecimal("0.00000001"));
    assertThat(FOUND.treeToValue(FOUND.valueToTree(plan), MutualActionPlan.class))
        .isEqualTo(plan);
  }

  @Test
  void theMappersEscapingAppliesToThePlansTextToo() {
    MutualActionPlan plan = JSON.plans().read(JSON.plans().write(Fixtures.plan("acme-go-live"))
        .replace("Acme x Globex", "Acme \u00d7 Globex \ud83d\ude80"));
    JsonMapper ascii = FOUND.rebuild().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    String json = ascii.writeValueAsString(plan);

    assertThat(json).contains("\"title\":\"Acme \\u00D7 Globex \\uD83D\\uDE80\"")
        .isEqualTo(JSON.plans().write(plan).replace("\u00d7", "\\u00D7")
            .replace("\ud83d\ude80", "\\uD83D\\uDE80"));
    assertThat(ascii.readValue(json, MutualActionPlan.class)).isEqualTo(plan);
  }

  @Test
  void aPlanBecomesATreeOfItsFieldsAndIsReadBackFromIt() {
    MutualActionPlan plan = Fixtures.plan(Fixtures.names().get(0));

    JsonNode tree = FOUND.valueToTree(plan);

    assertThat(tree.isObject()).isTrue();
    assertThat(tree.get("format").asString()).isEqualTo("mutual-action-plan/1");
    assertThat(tree.get("milestones").size()).isEqualTo(plan.milestones().size());
    assertThat(FOUND.treeToValue(tree, MutualActionPlan.class)).isEqualTo(plan);
    assertThat(FOUND.convertValue(FOUND.convertValue(plan, Map.class), MutualActionPlan.class))
        .isEqualTo(plan);
  }
}

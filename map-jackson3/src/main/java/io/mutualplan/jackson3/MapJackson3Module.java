package io.mutualplan.jackson3;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of MAP: a Jackson 3 mapper (a Spring Boot 4 service's {@code JsonMapper})
 * reads and writes every MAP document ({@code MutualActionPlan}, {@code Schedule}, {@code
 * QualityReport}, {@code RuleConfiguration}, {@code Forecast}, {@code PlanComparison}, {@code
 * Portfolio} and its rows) through map-json's {@link MapJson}, so the bytes and the errors are
 * map-json's, wherever the document sits in the mapper's JSON: alone, in a record, in a list.
 *
 * <p>Found by {@code JsonMapper.builder().findAndAddModules()} (it is a {@code ServiceLoader}
 * provider of {@code tools.jackson.databind.JacksonModule}), or added by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MapJackson3Module()).build();
 * record Deal(String account, MutualActionPlan plan) {}
 * Deal deal = mapper.readValue(json, Deal.class);
 * String text = mapper.writeValueAsString(deal);
 * }</pre>
 *
 * <p>Writing gives map-json's canonical document, laid out by the mapper (compact: map-json's
 * bytes exactly; with the mapper's pretty printer: indented with the rest of the output). Reading
 * hands the value's JSON to map-json, strictly when the mapper has {@code
 * DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} enabled and ignoring unknown fields when it
 * does not (Jackson 3's default). What map-json rejects is thrown as an {@link
 * InvalidDocumentException} whose cause is map-json's {@code DocumentReadException}. Text that is
 * not JSON at all is rejected by the mapper's parser, as for any other type, before MAP sees it.
 *
 * <p>The module registers documents only, not their parts: a {@code Milestone} travels inside its
 * plan.
 */
public final class MapJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * Every MAP document type, each with its handle in {@link MapJson}: when map-json gains a
   * document type, its line here is all this module needs.
   */
  static final List<DocumentType<?>> DOCUMENTS = List.of(
      new DocumentType<>(MutualActionPlan.class, MapJson::plans),
      new DocumentType<>(Schedule.class, MapJson::schedules),
      new DocumentType<>(QualityReport.class, MapJson::reports),
      new DocumentType<>(RuleConfiguration.class, MapJson::ruleConfigurations),
      new DocumentType<>(Forecast.class, MapJson::forecasts),
      new DocumentType<>(PlanComparison.class, MapJson::diffs),
      new DocumentType<>(Portfolio.class, MapJson::portfolios),
      new DocumentType<>(PlanSummary.class, MapJson::portfolioRows));

  /** Creates the module with a serializer and a deserializer for every MAP document type. */
  public MapJackson3Module() {
    super(MapJackson3Module.class.getSimpleName(), Version.unknownVersion());
    for (DocumentType<?> document : DOCUMENTS) {
      register(document);
    }
  }

  private <T> void register(DocumentType<T> document) {
    addSerializer(document.type(), new DocumentSerializer<>(document));
    addDeserializer(document.type(), new DocumentDeserializer<>(document));
  }
}

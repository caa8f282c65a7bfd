package io.mutualplan.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in rules match the table of rules.md: order, default severities, parameters, profile. */
class BuiltInRulesTableTest {
  /** id, default severity, what lightweight does: "same", "off", a severity, or parameters. */
  private static final String[][] TABLE = {
    {"dependencies-acyclic", "error", "same"},
    {"milestone-count", "error", "min=1 max=3"},
    {"co-authored", "error", "warning"},
    {"both-sides-own-steps", "error", "same"},
    {"seller-share", "warning", "off"},
    {"economic-buyer-sign-off", "error", "off"},
    {"champion-named", "warning", "same"},
    {"multi-threaded", "warning", "off"},
    {"owner-assigned", "error", "same"},
    {"due-date-set", "error", "same"},
    {"exit-criteria", "warning", "off"},
    {"outcome-anchored", "error", "warning"},
    {"outcome-set-by-buyer", "info", "off"},
    {"schedule-feasible", "error", "warning"},
    {"due-date-realistic", "warning", "off"},
    {"dates-respect-dependencies", "warning", "off"},
    {"overdue", "warning", "same"},
    {"due-date-slipped", "warning", "same"},
    {"facts-not-in-future", "warning", "same"},
    {"blocked-has-note", "warning", "same"},
    {"buyer-engagement", "warning", "same"},
    {"post-sale-steps", "warning", "off"},
    {"seller-internal-steps", "warning", "off"},
    {"paper-process", "warning", "off"},
    {"durations-estimated", "info", "off"},
  };

  @Test
  void theRulesComeInTheOrderOfTheTableWithItsDefaultSeverities() {
    List<QualityRule> rules = BuiltInRules.all();
    assertThat(rules).hasSize(TABLE.length);
    for (int i = 0; i < TABLE.length; i++) {
      assertThat(rules.get(i).id()).isEqualTo(TABLE[i][0]);
      assertThat(rules.get(i).defaultSeverity()).as(TABLE[i][0])
          .isEqualTo(Severity.parse(TABLE[i][1]));
      assertThat(rules.get(i).summary()).as(TABLE[i][0]).isNotBlank();
    }
  }

  @Test
  void theLightweightProfileChangesWhatTheLastColumnSays() {
    for (int i = 0; i < TABLE.length; i++) {
      var lightweight = BuiltInRules.all().get(i).lightweight();
      String change = TABLE[i][2];
      String id = TABLE[i][0];
      switch (change) {
        case "same":
          assertThat(lightweight.enabled()).as(id).isTrue();
          assertThat(lightweight.severity()).as(id).isEmpty();
          assertThat(lightweight.parameters()).as(id).isEmpty();
          break;
        case "off":
          assertThat(lightweight.enabled()).as(id).isFalse();
          break;
        case "warning":
          assertThat(lightweight.severity()).as(id).contains(Severity.WARNING);
          assertThat(lightweight.enabled()).as(id).isTrue();
          break;
        default:
          assertThat(lightweight.parameters()).as(id)
              .containsEntry("min", BigDecimal.ONE).containsEntry("max", BigDecimal.valueOf(3));
      }
    }
  }

  @Test
  void theParametersHaveTheDefaultsOfTheTable() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    for (QualityRule rule : BuiltInRules.all()) {
      for (ParameterSpec parameter : rule.parameters()) {
        defaults.put(rule.id() + "." + parameter.name(), parameter.defaultValue());
      }
    }
    assertThat(defaults).containsExactly(
        Map.entry("milestone-count.min", BigDecimal.valueOf(5)),
        Map.entry("milestone-count.max", BigDecimal.valueOf(7)),
        Map.entry("seller-share.maxShare", new BigDecimal("0.8")),
        Map.entry("multi-threaded.min", BigDecimal.valueOf(2)),
        Map.entry("exit-criteria.vagueTerms", List.of("tbd", "progressing", "in progress",
            "ongoing", "evaluate solution", "discuss", "touch base", "check in", "follow up",
            "next steps", "as needed")),
        Map.entry("due-date-slipped.maxSlipDays", BigDecimal.valueOf(10)),
        Map.entry("buyer-engagement.maxQuietDays", BigDecimal.valueOf(14)));
  }
}

package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The places a finding may point at agree with the plan documents map-json writes: the engine
 * checks a finding's path against the plan format, which map-rules knows without map-json.
 */
class FindingPathPropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 12).optionalFields(0.8);
  }

  /** Reports one finding at each of the given paths. */
  private static final class ReportsEverywhere implements QualityRule {
    private final List<String> paths;

    ReportsEverywhere(List<String> paths) {
      this.paths = paths;
    }

    @Override
    public String id() {
      return "reports-everywhere";
    }

    @Override
    public String summary() {
      return "reports a finding at every value of the document";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public void check(RuleContext context) {
      for (String path : paths) {
        context.reportAt(path, "Here.", "None.");
      }
    }
  }

  /**
   * Invariant: the JSON Pointer of every value in a plan's document, objects and arrays included,
   * is a path a rule may report a finding at; the engine keeps each such finding as it is.
   */
  @PlanProperty(cases = 200, generator = "plans")
  void everyValueOfAWrittenPlanIsAPlaceAFindingMayPointAt(MutualActionPlan plan) {
    List<String> paths = pointersOf(MAPPER.valueToTree(plan));
    List<Finding> findings = RuleEngine.builder().withBuiltInRules(false)
        .addRule(new ReportsEverywhere(paths)).build()
        .evaluate(plan, LocalDate.of(2027, 1, 4)).findings();
    assertThat(findings).extracting(finding -> finding.ruleId() + " " + finding.path().orElse(""))
        .containsExactlyElementsOf(
            paths.stream().map(path -> "reports-everywhere " + path).toList());
  }

  /** The pointer of every value below the root, in document order, without recursion. */
  private static List<String> pointersOf(JsonNode document) {
    List<String> pointers = new ArrayList<>();
    Deque<Map.Entry<JsonPointer, JsonNode>> pending = new ArrayDeque<>();
    pending.push(Map.entry(JsonPointer.empty(), document));
    while (!pending.isEmpty()) {
      Map.Entry<JsonPointer, JsonNode> next = pending.pop();
      JsonPointer at = next.getKey();
      JsonNode node = next.getValue();
      if (!at.matches()) {
        pointers.add(at.toString());
      }
      List<Map.Entry<JsonPointer, JsonNode>> children = new ArrayList<>();
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          children.add(Map.entry(at.appendProperty(field.getKey()), field.getValue()));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          children.add(Map.entry(at.appendIndex(i), node.get(i)));
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
    return pointers;
  }
}

package io.mutualplan.cli;

import io.mutualplan.core.PlanProblem;
import io.mutualplan.core.Pointers;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleConfigurationException;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The problems a rule engine finds in a configuration file (an unknown rule or parameter, a
 * parameter of the wrong type), each placed at the line and column of the setting it is about.
 * The engine names no place, so each rule's settings, and then each of their parameters, are
 * given to a fresh engine alone: a problem that one of them causes alone is about it.
 */
final class ConfigurationProblems {
  private ConfigurationProblems() {}

  static BadInputException of(PlanSource source, RuleConfiguration configuration,
      Supplier<RuleEngine.Builder> engines, RuleConfigurationException e) {
    List<String> unplaced = new ArrayList<>(e.problems());
    List<PlanProblem> placed = new ArrayList<>();
    for (Map.Entry<String, RuleOverride> rule : configuration.rules().entrySet()) {
      String at = "/rules/" + Pointers.escape(rule.getKey());
      RuleOverride settings = rule.getValue();
      for (String parameter : settings.parameters().keySet()) {
        RuleOverride alone = RuleOverride.builder()
            .putParameter(parameter, settings.parameters().get(parameter)).build();
        place(problems(engines, rule.getKey(), alone), unplaced, placed,
            at + "/parameters/" + Pointers.escape(parameter));
      }
      RuleOverride withoutParameters = RuleOverride.builder().from(settings)
          .parameters(Map.of()).build();
      place(problems(engines, rule.getKey(), withoutParameters), unplaced, placed, at);
    }
    List<String> lines = new ArrayList<>();
    for (DocumentProblem problem : MapJson.standard().ruleConfigurations()
        .place(source.bytes(), placed)) {
      lines.add(source.name() + ": " + PlanWords.oneLine(problem.toString()));
    }
    // Problems of the whole configuration (its profile with a rule's settings) name no setting.
    for (String problem : unplaced) {
      lines.add(source.name() + ": " + PlanWords.oneLine(problem));
    }
    return new BadInputException(lines);
  }

  /** The problems an engine finds in one rule's settings alone. */
  private static List<String> problems(Supplier<RuleEngine.Builder> engines, String rule,
      RuleOverride settings) {
    try {
      engines.get().configure(RuleConfiguration.builder().putRule(rule, settings).build())
          .build();
      return List.of();
    } catch (RuleConfigurationException e) {
      return e.problems();
    }
  }

  private static void place(List<String> problems, List<String> unplaced,
      List<PlanProblem> placed, String pointer) {
    for (String problem : problems) {
      if (unplaced.remove(problem)) {
        placed.add(new PlanProblem(pointer, problem));
      }
    }
  }
}

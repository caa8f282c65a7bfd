package io.mutualplan.rules;

import io.mutualplan.core.Suggestion;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.ProfileChange;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns rules, a profile and a configuration into the rules each profile runs, with their
 * severities and parameter values. Every problem is collected, so a configuration's author sees
 * them all at once in one {@link RuleConfigurationException}.
 *
 * <p>Settings apply in layers: the rule's defaults, then what the {@code lightweight} profile
 * changes ({@link QualityRule#lightweight()}), then the configuration's override for the rule.
 * Built-in and custom rules go through the same steps.
 */
final class RuleResolver {
  /** The id of the finding that replaces a failing rule's findings; no rule may take it. */
  static final String RULE_FAILED = "rule-failed";

  private static final int MAX_ID_LENGTH = 100;

  /** The rules admitted, by id, in report order. */
  private final Map<String, Admitted> admitted = new LinkedHashMap<>();
  private final Map<String, RuleOverride> overrides;
  private final Set<RuleConfigurationProblem> problems = new LinkedHashSet<>();

  /**
   * Checks the rules' metadata and the configuration's overrides against them.
   *
   * @param candidates the rules in report order
   * @param overrides the configuration's overrides by rule id
   * @param earlierProblems problems already found, such as providers that failed to load
   */
  RuleResolver(
      List<QualityRule> candidates, Map<String, RuleOverride> overrides, List<String> earlierProblems) {
    this.overrides = overrides;
    earlierProblems.forEach(this::problem);
    for (QualityRule rule : candidates) {
      admit(rule);
    }
    for (Map.Entry<String, RuleOverride> entry : overrides.entrySet()) {
      checkOverride(entry.getKey(), entry.getValue());
    }
  }

  /**
   * The rules admitted, in report order.
   *
   * @return the rules
   */
  List<QualityRule> rules() {
    return admitted.values().stream().map(Admitted::rule).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Resolves the rules one profile runs.
   *
   * @param profile {@link Profile#FULL} or {@link Profile#LIGHTWEIGHT}
   * @return the enabled rules in report order, with their settings
   */
  ResolvedRule[] resolve(Profile profile) {
    List<ResolvedRule> enabled = new ArrayList<>();
    nextRule:
    for (Map.Entry<String, Admitted> entry : admitted.entrySet()) {
      String id = entry.getKey();
      QualityRule rule = entry.getValue().rule();
      List<ParameterSpec> specs = List.copyOf(entry.getValue().specs().values());
      RuleOverride settings = profile == Profile.LIGHTWEIGHT
          ? entry.getValue().lightweight()
          : RuleOverride.builder().build();
      RuleOverride override = overrides.get(id);
      if (override != null) {
        settings = settings.then(override);
      }
      if (!settings.enabled().orElse(true)) {
        continue;
      }
      Severity severity = settings.severity().orElse(rule.defaultSeverity());
      Map<String, Object> values = new LinkedHashMap<>();
      for (ParameterSpec spec : specs) {
        Object value = settings.parameters().getOrDefault(spec.name(), spec.defaultValue());
        if (spec.checkValue(value).isPresent()) {
          continue nextRule; // checkOverride has reported it, and failOnProblems will throw
        }
        values.put(spec.name(), value);
      }
      ResolvedParameters parameters = new ResolvedParameters(id, specs, values);
      checkTogether(rule, id, profile, parameters);
      enabled.add(new ResolvedRule(rule, id, severity, parameters));
    }
    return enabled.toArray(new ResolvedRule[0]);
  }

  /**
   * Throws when anything was wrong.
   *
   * @throws RuleConfigurationException listing every problem
   */
  void failOnProblems() {
    if (!problems.isEmpty()) {
      throw new RuleConfigurationException(new ArrayList<>(problems));
    }
  }

  /** Asks the rule whether its parameter values, each valid alone, fit together. */
  private void checkTogether(
      QualityRule rule, String id, Profile profile, ResolvedParameters parameters) {
    String where = "rule '" + id + "' (profile " + profile.spelling() + "): ";
    try {
      List<String> found = rule.checkParameters(parameters);
      if (found == null) {
        problem(where + rule.getClass().getName()
            + " returns null from checkParameters instead of a list of problems");
        return;
      }
      for (String problem : found) {
        // The configuration's parameters for the rule, when it has any, are what a user can change.
        problems.add(overrides.containsKey(id)
            ? RuleConfigurationProblem.ofParameters(id, where + problem)
            : RuleConfigurationProblem.ofConfiguration(where + problem));
      }
    } catch (RuntimeException e) {
      problem(where + "checking its parameters together failed: " + e);
    }
  }

  /**
   * The lightweight profile's change as the first layer of a rule's settings, once its parameters
   * are known to be the rule's own: a rule that names a parameter it lacks is a bug in the rule.
   */
  private RuleOverride lightweight(
      QualityRule rule, String id, ProfileChange change, Map<String, ParameterSpec> specs) {
    String where = "rule '" + id + "' (" + rule.getClass().getName() + ") ";
    if (change == null) {
      problem(where + "returns null from lightweight(); return ProfileChange.none() to keep"
          + " the rule as it is");
      return RuleOverride.builder().build();
    }
    for (Map.Entry<String, Object> parameter : change.parameters().entrySet()) {
      ParameterSpec spec = specs.get(parameter.getKey());
      if (spec == null) {
        problem(where + "changes parameter '" + parameter.getKey()
            + "' in profile lightweight, but it declares no such parameter");
      } else {
        spec.checkValue(parameter.getValue()).ifPresent(why -> problem(
            where + "sets parameter '" + parameter.getKey() + "' in profile lightweight to a"
                + " value that " + why));
      }
    }
    RuleOverride.Builder settings = RuleOverride.builder()
        .severity(change.severity())
        .parameters(change.parameters());
    if (!change.enabled()) {
      settings.enabled(false);
    }
    return settings.build();
  }

  private void admit(QualityRule rule) {
    String name = rule.getClass().getName();
    String id;
    Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    ProfileChange lightweightChange;
    try {
      id = rule.id();
      String problem = idProblem(id);
      if (problem != null) {
        problem("rule " + name + " has " + problem);
        return;
      }
      if (rule.summary() == null || rule.summary().isBlank()) {
        problem("rule '" + id + "' (" + name + ") has no summary");
      }
      if (rule.defaultSeverity() == null) {
        problem("rule '" + id + "' (" + name + ") has no default severity");
      }
      List<ParameterSpec> parameters = rule.parameters();
      if (parameters == null) {
        problem("rule '" + id + "' (" + name + ") returns null for its parameters");
        return;
      }
      for (ParameterSpec spec : parameters) {
        if (spec == null) {
          problem("rule '" + id + "' (" + name + ") declares a null parameter");
        } else if (specs.putIfAbsent(spec.name(), spec) != null) {
          problem(
              "rule '" + id + "' (" + name + ") declares parameter '" + spec.name() + "' twice");
        }
      }
      lightweightChange = rule.lightweight();
    } catch (RuntimeException e) {
      problem("rule " + name + " cannot describe itself: " + e);
      return;
    }
    Admitted earlier = admitted.get(id);
    if (earlier != null) {
      problem(
          "two rules have the id '" + id + "': " + earlier.rule().getClass().getName() + " and "
              + name + "; rule ids must be unique");
      return;
    }
    admitted.put(id, new Admitted(rule, specs, lightweight(rule, id, lightweightChange, specs)));
  }

  private void checkOverride(String id, RuleOverride override) {
    Admitted found = admitted.get(id);
    if (found == null) {
      Optional<String> suggestion = Suggestion.closest(id, admitted.keySet());
      problems.add(RuleConfigurationProblem.ofRule(id,
          "the configuration names rule '" + id + "', but there is no rule with that id"
              + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(
                  "; the rules are: " + String.join(", ", admitted.keySet()))));
      return;
    }
    Map<String, ParameterSpec> specs = found.specs();
    for (Map.Entry<String, Object> parameter : override.parameters().entrySet()) {
      String name = parameter.getKey();
      ParameterSpec spec = specs.get(name);
      if (spec == null) {
        String known =
            specs.isEmpty()
                ? "; it takes no parameters"
                : Suggestion.closest(name, specs.keySet())
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("; its parameters are: " + String.join(", ", specs.keySet()));
        problems.add(RuleConfigurationProblem.ofParameter(id, name,
            "rule '" + id + "' has no parameter '" + name + "'" + known));
        continue;
      }
      spec.checkValue(parameter.getValue())
          .ifPresent(problem -> problems.add(RuleConfigurationProblem.ofParameter(id, name,
              "parameter '" + name + "' of rule '" + id + "' " + problem)));
    }
  }

  /** A problem of the rules themselves, which no setting of the configuration causes. */
  private void problem(String message) {
    problems.add(RuleConfigurationProblem.ofConfiguration(message));
  }

  /** What is wrong with a rule id, or null when it is a valid id. */
  private static String idProblem(String id) {
    if (id == null) {
      return "no id";
    }
    if (id.equals(RULE_FAILED)) {
      return "the id 'rule-failed', which is reserved for the finding that reports a failing rule";
    }
    boolean valid = !id.isEmpty() && id.length() <= MAX_ID_LENGTH && isAlphanumeric(id.charAt(0));
    for (int i = 1; valid && i < id.length(); i++) {
      char c = id.charAt(i);
      valid = isAlphanumeric(c) || c == '.' || c == '_' || c == '-';
    }
    return valid
        ? null
        : "the id '" + id + "', which is not a valid id: an id starts with a letter or digit,"
            + " followed by at most 99 letters, digits, '.', '_' or '-'";
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * A rule admitted: its id is valid and its own, its parameters by name as it declared them when
   * admitted (the first of a name declared twice, none that is null: each a problem already), and
   * what the lightweight profile changes.
   */
  private record Admitted(
      QualityRule rule, Map<String, ParameterSpec> specs, RuleOverride lightweight) {}
}

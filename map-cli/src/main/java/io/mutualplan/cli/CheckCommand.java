package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleConfigurationException;
import io.mutualplan.rules.RuleConfigurationProblem;
import io.mutualplan.rules.RuleEngine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code map check}: the quality report: is this a mutual action plan, or a close plan? */
@Command(
    name = "check",
    header = "Check the plan's quality: is it a mutual action plan, or a close plan in disguise?",
    description = {
      "Runs the quality rules on the plan and reports the findings (errors, warnings, infos), "
          + "each with a hint, the score and the verdict: ready, needs-work or not-mutual. A "
          + "dependency cycle is reported as a finding here.",
      "",
      "Custom rules come from the jars given with --rules or in the MAP_RULES environment "
          + "variable.",
      "",
      "Exit codes: 0 no error finding; 1 at least one error finding; 2 bad usage, a plan, "
          + "configuration or rule jar that cannot be read or is invalid, or output that cannot "
          + "be written; 3 internal error."
    })
final class CheckCommand extends PlanCommand {
  /**
   * The last line of the problems of a configuration that names a rule no rule has, when the run
   * was given no rules jar: the rule may be a custom one, and the jar is what is missing.
   */
  static final String NO_RULES_JAR = "custom rules come from the jars given with --rules or in"
      + " the MAP_RULES environment variable, and this run was given none";

  @Mixin private AsOfOption asOf;

  @Option(
      names = "--profile",
      order = 2,
      paramLabel = "PROFILE",
      converter = ProfileConverter.class,
      description = "full (the default), lightweight (for small, fast deals) or auto (lightweight "
          + "when the plan's deal value is below the threshold, 15,000 by default). Overrides "
          + "the profile of --config.")
  private Optional<Profile> profile = Optional.empty();

  @Option(
      names = "--config",
      order = 3,
      paramLabel = "FILE",
      description = "A rule configuration file (JSON): profile, auto threshold, and per rule "
          + "enabled, severity and parameters. Unknown rules or parameters are an error.")
  private Optional<String> config = Optional.empty();

  @Option(
      names = "--format",
      order = 4,
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.ForCheck.class,
      description = "text (for the terminal, the default), json (the mutual-action-plan-report/1 "
          + "document) or markdown (a table of findings).")
  private OutputFormat format;

  @Mixin private RulesOption rules;

  /** The plan, the rule configuration and the rules jars too. */
  @Override
  List<Input> inputsToKeep() {
    List<Input> inputs = new ArrayList<>(super.inputsToKeep());
    config.ifPresent(file -> inputs.add(new Input(file, "the rule configuration")));
    inputs.addAll(rules.inputs(environment()));
    return inputs;
  }

  @Override
  public Integer call() {
    OutputTarget target = target(); // refused before any input is read, if it is one of them
    try (CustomRules custom = rules.load(environment())) {
      RuleEngine engine = engine(custom);
      PlanSource source = source();
      MutualActionPlan plan = readPlan(source);
      QualityReport report = engine.evaluate(plan, asOf.resolve(environment().clock()));
      switch (format) {
        case JSON -> target.writeDocument(MapJson.standard().reports(), report);
        case MARKDOWN -> target.writeText(out -> ReportMarkdown.write(plan, report, out));
        default -> target.writeText(out -> ReportText.write(plan, report, style(target), out));
      }
      return report.errors() > 0 ? ExitCode.ERROR_FINDINGS : ExitCode.OK;
    }
  }

  /**
   * The engine: built-in rules and the custom ones found, then the configuration file, then
   * {@code --profile}, so the command line has the last word.
   */
  private RuleEngine engine(CustomRules custom) {
    RuleEngine.Builder builder = custom.engineBuilder();
    Optional<PlanSource> file = Optional.empty();
    if (config.isPresent()) {
      if (config.get().equals(PlanSource.STDIN_ARGUMENT) && planFromStandardInput()) {
        throw bothStandardInput("PLAN", "--config");
      }
      PlanSource source = PlanSource.readConfiguration(config.get(), environment().stdin());
      file = Optional.of(source);
      RuleConfiguration configuration = readConfiguration(source);
      try {
        builder.configure(configuration);
      } catch (RuleConfigurationException e) {
        throw configurationProblems(file, e, custom);
      }
    }
    profile.ifPresent(builder::profile);
    try {
      return builder.build();
    } catch (RuleConfigurationException e) {
      throw configurationProblems(file, e, custom);
    }
  }

  /**
   * A rule configuration file, strictly: an unknown field is an error, not a typo ignored, and no
   * option reads it leniently (a configuration is written by hand for MAP, so an unknown field is
   * a typo).
   */
  private static RuleConfiguration readConfiguration(PlanSource source) {
    try {
      return MapJson.standard().ruleConfigurations().read(source.bytes());
    } catch (DocumentReadException e) {
      throw PlanProblems.unreadableConfiguration(source, e);
    }
  }

  /**
   * What the engine found wrong with the configuration file, each problem at the line and column
   * of the setting at fault; a problem that no setting causes (a custom rule that cannot be
   * loaded) is said as it is. When the file names a rule that no rule has and the run was given
   * no rules jar, a last line says where custom rules come from: the library's message lists the
   * rules there are, and only the command line knows its own options.
   */
  private static BadInputException configurationProblems(
      Optional<PlanSource> file, RuleConfigurationException e, CustomRules custom) {
    List<String> lines = problemLines(file, e);
    if (!custom.fromJars() && e.problems().stream().anyMatch(CheckCommand::isUnknownRule)) {
      lines.add(NO_RULES_JAR);
    }
    return new BadInputException(lines);
  }

  /**
   * Whether a problem is a rule id that no rule has: the only problem whose pointer is a rule's
   * own, {@code /rules/ID}, with nothing below it ({@link RuleConfigurationProblem} says so).
   */
  private static boolean isUnknownRule(RuleConfigurationProblem problem) {
    String pointer = problem.pointer();
    return pointer.startsWith("/rules/") && pointer.indexOf('/', "/rules/".length()) < 0;
  }

  /** Each problem on a line, at its setting's line and column when it is in a file. */
  private static List<String> problemLines(
      Optional<PlanSource> file, RuleConfigurationException e) {
    if (file.isEmpty()) {
      return new ArrayList<>(
          e.problems().stream().map(RuleConfigurationProblem::message).toList());
    }
    PlanSource source = file.get();
    List<DocumentProblem> atSettings = new ArrayList<>();
    for (RuleConfigurationProblem problem : e.problems()) {
      if (!problem.pointer().isEmpty()) {
        atSettings.add(DocumentProblem.unlocated(problem.pointer(), problem.message()));
      }
    }
    Iterator<String> placed = PlanProblems.placed(source, atSettings).iterator();
    List<String> lines = new ArrayList<>();
    for (RuleConfigurationProblem problem : e.problems()) {
      lines.add(source.name() + ": "
          + (problem.pointer().isEmpty() ? problem.message() : placed.next()));
    }
    return lines;
  }
}

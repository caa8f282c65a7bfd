package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.RuleConfigurationException;
import io.mutualplan.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code map check}: the quality report: is this a mutual action plan, or a close plan? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = MapVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Check the plan's quality: is it a mutual action plan, or a close plan in disguise?",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Runs the quality rules on the plan and reports the findings (errors, warnings, infos), "
          + "each with a hint, the score and the verdict: ready, needs-work or not-mutual. A "
          + "dependency cycle is reported as a finding here.",
      "",
      "Exit codes: 0 no error finding; 1 at least one error finding; 2 bad usage, a plan or "
          + "configuration that cannot be read or is invalid; 3 internal error."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n")
final class CheckCommand extends PlanCommand {
  @Spec private CommandSpec spec;

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

  @Override
  public Integer call() {
    RuleEngine engine = engine();
    MutualActionPlan plan = readPlan();
    QualityReport report = engine.evaluate(plan, asOf.resolve(environment().clock()));
    OutputTarget target = target();
    switch (format) {
      case JSON:
        target.write(out -> Documents.writeReport(report, out));
        break;
      case MARKDOWN:
        target.writeText(ReportMarkdown.render(plan, report));
        break;
      default:
        target.writeText(ReportText.render(plan, report, style(target)));
        break;
    }
    return report.errors() > 0 ? ExitCode.ERROR_FINDINGS : ExitCode.OK;
  }

  /**
   * The engine: built-in rules and any found on the class path, then the configuration file,
   * then {@code --profile}, so the command line has the last word.
   */
  private RuleEngine engine() {
    Supplier<RuleEngine.Builder> engines = () -> RuleEngine.builder().discoverRules();
    RuleEngine.Builder builder = engines.get();
    String name = "";
    PlanSource source = null;
    RuleConfiguration configuration = null;
    if (config.isPresent()) {
      if (config.get().equals(PlanSource.STDIN_ARGUMENT) && planFromStandardInput()) {
        throw new ParameterException(spec.commandLine(),
            "PLAN and --config cannot both be - (standard input holds one document)");
      }
      source = PlanSource.read(config.get(), environment().stdin());
      name = source.name();
      configuration = Documents.readRuleConfiguration(source);
      try {
        builder.configure(configuration);
      } catch (RuleConfigurationException e) {
        throw ConfigurationProblems.of(source, configuration, engines, e);
      }
    }
    profile.ifPresent(builder::profile);
    try {
      return builder.build();
    } catch (RuleConfigurationException e) {
      throw configuration == null ? configurationProblems(name, e)
          : ConfigurationProblems.of(source, configuration, engines, e);
    }
  }

  private static BadInputException configurationProblems(
      String file, RuleConfigurationException e) {
    String prefix = file.isEmpty() ? "" : file + ": ";
    List<String> lines = new ArrayList<>();
    e.problems().forEach(problem -> lines.add(prefix + PlanWords.oneLine(problem)));
    return new BadInputException(lines);
  }
}

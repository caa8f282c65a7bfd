package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.RuleEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code map diff}: what shifted between two versions of a plan, and what it did to the finish. */
@Command(
    name = "diff",
    header = "Show what shifted between two versions of a plan, and what it did to the finish.",
    description = {
      "Compares last week's plan with this week's: milestones added, removed and changed field "
          + "by field (dates with the working days they moved), people who joined or left, the "
          + "outcome date, and who signed off a revision the plan has moved past. Both versions "
          + "are scheduled and checked as of the same date, so the answer starts with the "
          + "projected finish before and after.",
      "",
      "Custom rules come from the jars given with --rules or in the MAP_RULES environment "
          + "variable; they count in both versions' scores.",
      "",
      "Exit codes: 0 done; 2 bad usage, a plan that cannot be read or is invalid, two plans "
          + "with different ids (unless --allow-other-id), or output that cannot be written; 3 "
          + "internal error."
    })
final class DiffCommand extends OutputCommand {
  @Parameters(
      index = "0",
      paramLabel = "OLDER",
      description = "The earlier version of the plan, for example last week's (a plan file, or - "
          + "for standard input).")
  private String older;

  @Parameters(
      index = "1",
      paramLabel = "NEWER",
      description = "The later version of the plan (a plan file, or - for standard input).")
  private String newer;

  @Mixin private AsOfOption asOf;

  @Option(
      names = "--allow-other-id",
      order = 3,
      description = "Compare two plans whose ids differ (a plan and the copy it was started "
          + "from, say); without it, different ids are an error.")
  private boolean allowOtherId;

  @Option(
      names = "--format",
      order = 4,
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.ForDiff.class,
      description = "text (for the terminal, the default), json (the "
          + "mutual-action-plan-diff/1 document) or markdown (for a deal review document or a "
          + "CRM note).")
  private OutputFormat format;

  @Mixin private RulesOption rules;

  @Mixin private LenientOption lenient;

  /** Both versions of the plan, and the rules jars. */
  @Override
  List<Input> inputsToKeep() {
    List<Input> inputs = new ArrayList<>(
        List.of(new Input(older, "the older plan"), new Input(newer, "the newer plan")));
    inputs.addAll(rules.inputs(environment()));
    return inputs;
  }

  @Override
  public Integer call() {
    if (PlanSource.STDIN_ARGUMENT.equals(older) && PlanSource.STDIN_ARGUMENT.equals(newer)) {
      throw bothStandardInput("OLDER", "NEWER");
    }
    OutputTarget target = target(); // refused before any input is read, if it is one of them
    try (CustomRules custom = rules.load(environment())) {
      RuleEngine engine = custom.engine();
      MutualActionPlan olderPlan = lenient.read(PlanSource.read(older, environment().stdin()));
      MutualActionPlan newerPlan = lenient.read(PlanSource.read(newer, environment().stdin()));
      if (!allowOtherId && !olderPlan.id().equals(newerPlan.id())) {
        throw new BadInputException(older + " and " + newer + " are not two versions of one"
            + " plan: their ids differ (" + olderPlan.id() + ", " + newerPlan.id() + "); give"
            + " --allow-other-id to compare them all the same");
      }
      LocalDate date = asOf.resolve(environment().clock());
      PlanComparison comparison =
          PlanComparison.compareAllowingOtherId(olderPlan, newerPlan, date, engine);
      switch (format) {
        case JSON -> target.writeDocument(MapJson.standard().diffs(), comparison);
        case MARKDOWN ->
            target.writeText(out -> DiffMarkdown.write(olderPlan, newerPlan, comparison, out));
        default -> target.writeText(
            out -> DiffText.write(olderPlan, newerPlan, comparison, style(target), out));
      }
      return ExitCode.OK;
    }
  }
}

package io.mutualplan.cli;

import io.mutualplan.core.DisplayText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code -o OUT}, access to the environment of the run, notes for the
 * person running it on standard error, and the layout of its help ({@code -h}, {@code -V}, the
 * options in their declared order, the headings). {@link PlanCommand} adds the {@code PLAN}
 * argument; {@code import}, whose argument is a table, builds on this directly.
 */
// Picocli reads a superclass's @Command first and lets a command's own @Command add its name,
// header and description, so every command's help is laid out the same from this one place.
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = MapVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n")
abstract class OutputCommand implements Callable<Integer> {
  @ParentCommand private MapCommand root;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      order = 5,
      paramLabel = "OUT",
      description = "Write to this file instead of standard output (- is standard output); "
          + "never one the command reads, but for a plan it writes back. A file is replaced "
          + "only when the run succeeds, and keeps its permissions; a link is followed; a pipe "
          + "or a device is written to as it is.")
  private Optional<String> output = Optional.empty();

  /** The environment of this run. */
  final CliEnvironment environment() {
    return root.environment();
  }

  /** Whether {@code -o} was given at all ({@code -o -} included). */
  final boolean outputGiven() {
    return output.isPresent();
  }

  /**
   * Where the result goes: never a file that is one of the {@link #inputsToKeep() inputs to
   * keep}, which the result would replace.
   */
  final OutputTarget target() {
    OutputTarget target = OutputTarget.of(output, environment().stdout());
    inputsToKeep().forEach(input -> target.refuseToReplace(input.argument(), input.what()));
    return target;
  }

  /**
   * The inputs that {@code -o} must not name: every file the command reads, except a plan it
   * writes back ({@code format}, {@code derive-dates}, {@code import --onto}), which {@code -o}
   * may name to update it in place.
   */
  abstract List<Input> inputsToKeep();

  /**
   * An input of a command, for {@link #inputsToKeep}.
   *
   * @param argument the input as given on the command line
   * @param what what it is, in a message: {@code "the plan"}
   */
  record Input(String argument, String what) {}

  /**
   * Bad usage of this command, for it to throw: reported as picocli reports its own, with exit
   * code 2 and where to read how to use the command.
   */
  final ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Two inputs given as {@code -}, as bad usage: standard input holds one document. */
  final ParameterException bothStandardInput(String first, String second) {
    return usage(first + " and " + second
        + " cannot both be - (standard input holds one document)");
  }

  /** How to colour text written to a target. */
  final Style style(OutputTarget target) {
    return root.style(target);
  }

  /** Standard error, for a progress line. */
  final PrintWriter err() {
    return root.err();
  }

  /**
   * Tells the person running the command something they should know about a result that was
   * written: one line each on standard error, after {@code map: note: }, made safe for the
   * terminal.
   */
  final void note(List<String> lines) {
    lines.forEach(line -> root.err().println("map: note: " + DisplayText.line(line)));
    root.err().flush();
  }
}

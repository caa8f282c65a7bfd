package io.mutualplan.cli;

import io.mutualplan.core.DisplayText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every way a run can fail into a few lines on standard error and an exit code: bad usage
 * and bad input give 2, anything else is a bug and gives 3. A stack trace is printed only with
 * {@code --debug}.
 */
final class FailureReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private static final String ISSUES = "https://github.com/mutualplan/map/issues";

  private final PrintWriter err;
  private final BooleanSupplier debug;

  FailureReporter(PrintWriter err, BooleanSupplier debug) {
    this.err = err;
    this.debug = debug;
  }

  /** Bad usage: what is wrong and where to read how to use the command. */
  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    Optional<String> unknown = unknown(failure, args);
    Optional<String> reworded = unknown.isPresent() ? unknown : reworded(failure, args);
    err.println("map: " + DisplayText.line(reworded.orElse(failure.getMessage())));
    Optional<String> takenForAFile = optionTakenForAFile(failure);
    if (takenForAFile.isPresent()) {
      // picocli suggests only for the arguments it could not match; this one it took for a file.
      UnmatchedArgumentException.printSuggestions(
          new UnmatchedArgumentException(command, List.of(takenForAFile.get())), err);
    } else if (reworded.isEmpty() || unknown.isPresent()) {
      // picocli's "Did you mean: map check?" for a command or an option spelt a little wrong.
      UnmatchedArgumentException.printSuggestions(failure, err);
    }
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /**
   * A command or options that do not exist, in words that name only them: picocli says an unknown
   * command is an "unmatched argument" at an index, and lists an unknown option's value among the
   * "unknown options" ({@code Unknown options: '--as-of', '2026-01-01'}). The command {@code map
   * help} is asked about is said the same way. An option written after {@code --} is not unknown,
   * only misplaced: see {@link #reworded}.
   */
  private static Optional<String> unknown(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    Optional<String> unknownCommand = unknownCommand(failure)
        .filter(name -> !command.getSubcommands().containsKey(name));
    if (unknownCommand.isPresent()) {
      return Optional.of("Unknown command '" + unknownCommand.get() + "'; the commands are "
          + commands(command));
    }
    if (failure instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption()
        && optionAfterTwoDashes(unmatched.getUnmatched(), List.of(args)).isEmpty()) {
      List<String> options = options(unmatched.getUnmatched());
      if (!options.isEmpty()) {
        return Optional.of((options.size() == 1 ? "Unknown option " : "Unknown options ")
            + quoted(options) + " for " + command.getCommandSpec().qualifiedName());
      }
    }
    return Optional.empty();
  }

  /**
   * The command {@code map} does not have, when that is the failure: the first argument {@code
   * map} could not match, when it is not an option, or the command {@code map help} was asked
   * about (picocli's help command says "Unknown subcommand 'bogus'." with the name as the value).
   */
  private static Optional<String> unknownCommand(ParameterException failure) {
    CommandLine command = failure.getCommandLine();
    if (command.getParent() != null) {
      return Optional.empty();
    }
    if (failure instanceof UnmatchedArgumentException unmatched) {
      return unmatched.isUnknownOption() || unmatched.getUnmatched().isEmpty()
          ? Optional.empty() : Optional.of(unmatched.getUnmatched().get(0));
    }
    ParseResult parsed = command.getParseResult();
    boolean help = parsed != null && parsed.subcommand() != null
        && parsed.subcommand().commandSpec().userObject() instanceof HelpCommand;
    String value = failure.getValue();
    return help && value != null && !command.getSubcommands().containsKey(value)
        ? Optional.of(value) : Optional.empty();
  }

  /** The commands of {@code map}, in the order of its help: {@code check, schedule, ... and help}. */
  private static String commands(CommandLine root) {
    List<String> names = new ArrayList<>(root.getSubcommands().keySet());
    String last = names.remove(names.size() - 1);
    return String.join(", ", names) + " and " + last;
  }

  /**
   * The options among the arguments picocli could not match, without the values it lists with
   * them ({@code 2026-01-01} after {@code --as-of}) or written after {@code =}.
   */
  private static List<String> options(List<String> unmatched) {
    List<String> options = new ArrayList<>();
    for (String argument : unmatched) {
      if (argument.startsWith("-") && !argument.equals("-")) {
        int equals = argument.indexOf('=');
        options.add(equals > 0 ? argument.substring(0, equals) : argument);
      }
    }
    return options;
  }

  /**
   * picocli's message in the command's words where its own would mislead: a file whose name
   * starts with '-' is taken for an unknown option, after which picocli only says that the plan
   * is missing; an option written after {@code --} is an "unknown option", though it is known and
   * only misplaced, and a command written after it is an "unmatched argument"; and an argument too
   * many is "unmatched" at an index.
   */
  private static Optional<String> reworded(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    Optional<String> takenForAFile = optionTakenForAFile(failure);
    if (takenForAFile.isPresent()) {
      String argument = takenForAFile.get();
      return Optional.of("Unknown option '" + argument + "' for "
          + command.getCommandSpec().qualifiedName() + "; a file whose name starts with '-' is"
          + " written ./" + argument + " or after --");
    }
    if (failure instanceof UnmatchedArgumentException unmatched) {
      List<String> extra = unmatched.getUnmatched();
      Optional<String> misplaced = optionAfterTwoDashes(extra, List.of(args));
      if (misplaced.isPresent()) {
        return Optional.of(afterTwoDashes(misplaced.get(), "options"));
      }
      // A command map has is unmatched only after --: map -- check plan.json.
      if (command.getParent() == null && !unmatched.isUnknownOption() && !extra.isEmpty()
          && command.getSubcommands().containsKey(extra.get(0))) {
        return Optional.of(afterTwoDashes(extra.get(0), "the command"));
      }
      // map's own unmatched arguments are unknown commands: unknown() has said so.
      if (!unmatched.isUnknownOption() && command.getParent() != null) {
        return Optional.of(quoted(extra)
            + (extra.size() == 1 ? " is one argument too many"
                : " are " + extra.size() + " arguments too many")
            + "; " + command.getCommandSpec().qualifiedName() + " reads " + readsWhat(command));
      }
    }
    return Optional.empty();
  }

  /**
   * The argument that looks like an option but that picocli took for a file, when a required
   * parameter or option is then missing ({@code map export plan.json -t csv}: {@code -t} is no
   * option of export, and {@code --to} is missing): it is most likely an option mistyped, so the
   * message names it as an unknown option of the command, with the closest ones.
   */
  private static Optional<String> optionTakenForAFile(ParameterException failure) {
    if (!(failure instanceof MissingParameterException)) {
      return Optional.empty();
    }
    return failure.getCommandLine().getUnmatchedArguments().stream()
        .filter(argument -> argument.startsWith("-") && !argument.equals("-"))
        .findFirst();
  }

  /**
   * The first extra argument that looks like an option but came after {@code --}: everything
   * after it is a parameter, so picocli calls it an unknown option when it is only misplaced.
   */
  private static Optional<String> optionAfterTwoDashes(List<String> extra, List<String> args) {
    int endOfOptions = args.indexOf("--");
    if (endOfOptions < 0) {
      return Optional.empty();
    }
    return extra.stream()
        .filter(argument -> argument.startsWith("-") && !argument.equals("-"))
        .filter(argument -> args.lastIndexOf(argument) > endOfOptions)
        .findFirst();
  }

  /** An option or a command written after {@code --}, said to belong before it. */
  private static String afterTwoDashes(String argument, String what) {
    return "'" + argument + "' comes after --, which ends the options: put " + what + " before --";
  }

  /** What a command's positional parameters are: {@code one PLAN}, {@code OLDER and NEWER}. */
  private static String readsWhat(CommandLine command) {
    List<String> labels = new ArrayList<>();
    command.getCommandSpec().positionalParameters().forEach(p -> labels.add(p.paramLabel()));
    if (labels.isEmpty()) {
      return "options only";
    }
    return labels.size() == 1 ? "one " + labels.get(0) : String.join(" and ", labels);
  }

  private static String quoted(List<String> arguments) {
    List<String> quoted = new ArrayList<>(arguments.size());
    arguments.forEach(argument -> quoted.add("'" + argument + "'"));
    return String.join(", ", quoted);
  }

  /**
   * A command failed: bad input (2) or a bug (3). A {@link ParameterException} a command throws
   * never comes here: picocli gives it to {@link #handleParseException}.
   */
  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    if (failure instanceof BadInputException badInput) {
      return badInput(badInput.lines());
    }
    return internalError(failure);
  }

  /**
   * Bad input: the lines, each after {@code map: }. They name files and quote plans, so they are
   * made safe for the terminal first.
   */
  int badInput(List<String> lines) {
    lines.forEach(line -> err.println("map: " + DisplayText.line(line)));
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /**
   * The plan needs more memory than Java may use: a limit of this computer, not a bug, so exit
   * code 2 and how to raise it.
   */
  int outOfMemory() {
    long mebibytes = Runtime.getRuntime().maxMemory() >> 20;
    return badInput(List.of("not enough memory: this run needs more than the " + mebibytes
        + " MiB Java may use here; give Java more with -Xmx (for ./map: MAP_JAVA_OPTS=-Xmx8g)"));
  }

  /** Anything not foreseen is a bug in {@code map}: say so, and how to learn more. */
  int internalError(Throwable failure) {
    err.println("map: internal error (a bug): " + DisplayText.line(describe(failure)));
    if (debug.getAsBoolean()) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    } else {
      err.println("map: rerun with --debug to see the stack trace, and please report it at " + ISSUES);
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    String type = failure.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + firstLine(message);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}

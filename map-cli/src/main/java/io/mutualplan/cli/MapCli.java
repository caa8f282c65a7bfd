package io.mutualplan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** One run of {@code map} in an environment: parse the arguments, run the command, exit code. */
final class MapCli {
  private final CliEnvironment environment;

  MapCli(CliEnvironment environment) {
    this.environment = environment;
  }

  /**
   * Runs {@code map} with these arguments.
   *
   * @return the exit code of {@code cli.md}
   */
  int run(String... args) {
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(environment.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(environment.stderr(), StandardCharsets.UTF_8), true);
    MapCommand root = new MapCommand(environment);
    FailureReporter reporter = new FailureReporter(err, root::debug);
    try {
      CommandLine commandLine = new CommandLine(root);
      commandLine
          .setOut(out)
          .setErr(err)
          .setParameterExceptionHandler(reporter)
          .setExecutionExceptionHandler(reporter);
      int exitCode = commandLine.execute(args);
      if (exitCode == ExitCode.OK && out.checkError()) {
        // picocli's own output (the usage, the version) goes through a PrintWriter, which keeps
        // write errors to itself until asked.
        return reporter.badInput(List.of("cannot write to standard output"));
      }
      return exitCode;
    } catch (OutOfMemoryError failure) {
      return reporter.outOfMemory();
    } catch (RuntimeException | StackOverflowError | AssertionError failure) {
      // Errors thrown by a command pass through picocli's exception handler; they are bugs too.
      return reporter.internalError(failure);
    } finally {
      out.flush();
      err.flush();
    }
  }
}

package io.mutualplan.cli;

/**
 * The entry point of {@code map.jar}: {@code java -jar map.jar check plan.json}.
 *
 * <p>See {@code map --help} for the commands, and {@code docs/cli.md} for every command, option
 * and exit code.
 */
public final class Main {
  private Main() {}

  /**
   * Runs {@code map} and exits with its exit code: 0 done, 1 {@code check} found errors, 2 bad
   * usage or a plan that cannot be read, is invalid or cannot be scheduled, 3 internal error.
   *
   * @param args the command line, e.g. {@code check plan.json --as-of 2026-11-22}
   */
  public static void main(String[] args) {
    System.exit(new MapCli(CliEnvironment.system()).run(args));
  }
}

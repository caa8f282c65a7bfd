package io.mutualplan.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every command with every output format it has, as arguments after the plan: the robustness
 * tests run each of them against every way output can go wrong. {@code map import} reads the
 * plan as {@code --onto PLAN}, with the Acme example's table.
 */
final class EveryOutput {
  /** Where an invocation's options put the plan, when it is not right after the command. */
  static final String PLAN = "{plan}";

  /** A command and a format, and how to run it. */
  record Invocation(String name, List<String> options) {
    /**
     * The arguments: the command, the plan, its options, then {@code extra}; or, when the
     * options say where the plan goes, the options with the plan there. An {@code -o} in {@code
     * extra} replaces an {@code -o -} of the options (a workbook asks for one).
     */
    String[] args(String plan, String... extra) {
      List<String> args = new ArrayList<>();
      boolean output = List.of(extra).contains("-o");
      args.add(options.get(0));
      if (!options.contains(PLAN)) {
        args.add(plan);
      }
      for (int i = 1; i < options.size(); i++) {
        String option = options.get(i);
        if (output && option.equals("-o")) {
          i++;
          continue;
        }
        args.add(option.equals(PLAN) ? plan : option);
      }
      args.addAll(List.of(extra));
      return args.toArray(new String[0]);
    }

    /** The command's name, such as {@code import}. */
    String command() {
      return options.get(0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The Acme example by its absolute path: the newer version of {@code diff}, read the same from
   * the tests' directory and from the repository, where the jar's tests run {@code map}.
   */
  private static final String ACME =
      MapRun.EXAMPLES.resolve("acme-go-live.json").toAbsolutePath().normalize().toString();

  private EveryOutput() {}

  /** Every invocation, each looking at the plan as of 2026-11-22 where it takes a date. */
  static Stream<Invocation> invocations() {
    return Stream.of(
        invocation("check text", "check", "--as-of", "2026-11-22"),
        invocation("check json", "check", "--as-of", "2026-11-22", "--format", "json"),
        invocation("check markdown", "check", "--as-of", "2026-11-22", "--format", "markdown"),
        invocation("schedule text", "schedule", "--as-of", "2026-11-22"),
        invocation("schedule json", "schedule", "--as-of", "2026-11-22", "--format", "json"),
        invocation("schedule markdown", "schedule", "--as-of", "2026-11-22",
            "--format", "markdown"),
        invocation("schedule mermaid", "schedule", "--as-of", "2026-11-22",
            "--format", "mermaid"),
        invocation("forecast text", "forecast", "--as-of", "2026-11-22", "--trials", "500"),
        invocation("forecast json", "forecast", "--as-of", "2026-11-22", "--trials", "500",
            "--format", "json"),
        invocation("forecast markdown", "forecast", "--as-of", "2026-11-22", "--trials", "500",
            "--format", "markdown"),
        invocation("derive-dates", "derive-dates", "--as-of", "2026-11-22"),
        invocation("derive-dates pretty", "derive-dates", "--as-of", "2026-11-22", "--pretty"),
        invocation("format", "format"),
        invocation("format pretty", "format", "--pretty"),
        invocation("import csv", "import", TableFiles.acmeCsv(), "--onto", PLAN),
        invocation("import xlsx pretty", "import", TableFiles.acmeXlsx(), "--onto", PLAN,
            "--pretty"),
        invocation("export csv", "export", "--to", "csv"),
        invocation("export xlsx", "export", "--to", "xlsx", "-o", "-"),
        invocation("ical", "ical", "--as-of", "2026-11-22"),
        invocation("report", "report", "--as-of", "2026-11-22"),
        invocation("report buyer", "report", "--as-of", "2026-11-22", "--audience", "buyer"),
        invocation("report forecast", "report", "--as-of", "2026-11-22", "--forecast",
            "--trials", "500"),

        // The plan given is the older version, the Acme example the newer one, whatever its id.
        invocation("diff text", "diff", ACME, "--as-of", "2026-11-22", "--allow-other-id"),
        invocation("diff markdown", "diff", ACME, "--as-of", "2026-11-22", "--allow-other-id",
            "--format", "markdown"),
        invocation("diff json", "diff", ACME, "--as-of", "2026-11-22", "--allow-other-id",
            "--format", "json"));
  }

  /**
   * One invocation of each command: for what happens before the output format matters (reading
   * the plan), one format stands for all.
   */
  static Stream<Invocation> oneOfEachCommand() {
    Set<String> commands = new HashSet<>();
    return invocations().filter(invocation -> commands.add(invocation.command()));
  }

  private static Invocation invocation(String name, String... options) {
    return new Invocation(name, List.of(options));
  }
}

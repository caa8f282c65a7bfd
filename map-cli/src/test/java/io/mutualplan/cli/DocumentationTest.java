package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code docs/cli.md}, {@code docs/scheduling.md}, {@code docs/diff.md} and the README true:
 * every {@code $ ./map ...} line of their console blocks is run, and what it prints must be what
 * the page shows (a block that ends with {@code ...} shows the first lines only); the Markdown
 * table and the Mermaid chart on a page must be what {@code map schedule} writes. The pages' {@code
 * cycle.json} and {@code acme-next-week.json} are {@link TestPlans#cycle()} and {@link
 * TestPlans#acmeNextWeek()}.
 */
class DocumentationTest {
  private static final Path PAGE = Path.of("..", "docs", "cli.md");
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL);

  @TempDir Path directory;

  /** One command of the page and what the page says it prints. */
  record Example(List<String> args, String output) {}

  private static List<Example> examples(String page) {
    List<Example> examples = new ArrayList<>();
    Matcher block = CONSOLE.matcher(page);
    while (block.find()) {
      List<String> args = null;
      StringBuilder output = new StringBuilder();
      for (String line : block.group(1).split("\n", -1)) {
        if (line.startsWith("$ ./map ")) {
          if (args != null) {
            examples.add(new Example(args, output.toString()));
          }
          args = List.of(line.substring("$ ./map ".length()).split(" "));
          output.setLength(0);
        } else if (args != null && !line.isEmpty() || output.length() > 0) {
          output.append(line).append('\n');
        }
      }
      if (args != null) {
        examples.add(new Example(args, output.toString().replaceAll("\n+$", "\n")));
      }
    }
    return examples;
  }

  @ParameterizedTest
  @ValueSource(strings = {"../docs/cli.md", "../README.md", "../docs/scheduling.md",
      "../docs/diff.md"})
  void everyCommandOnThePagePrintsWhatThePageShows(String name) throws Exception {
    String page = Files.readString(Path.of(name));
    Path cycle = Files.writeString(directory.resolve("cycle.json"), TestPlans.cycle());
    Path nextWeek =
        Files.writeString(directory.resolve("acme-next-week.json"), TestPlans.acmeNextWeek());
    List<Example> examples = examples(page);

    assertThat(examples).hasSizeGreaterThanOrEqualTo(name.endsWith("cli.md") ? 6 : name.endsWith("README.md") ? 3 : 1);
    for (Example example : examples) {
      List<String> args = new ArrayList<>();
      for (String arg : example.args()) {
        args.add(arg.startsWith("examples/") ? "../" + arg
            : arg.equals("cycle.json") ? cycle.toString()
            : arg.equals("acme-next-week.json") ? nextWeek.toString() : arg);
      }
      Result result = map(args.toArray(new String[0])).run();
      String printed = (result.stdout() + result.stderr()).replace(cycle.toString(), "cycle.json");
      String shown = example.output();
      if (shown.endsWith("...\n")) {
        assertThat(printed).as(String.join(" ", example.args()))
            .startsWith(shown.substring(0, shown.length() - "...\n".length()));
      } else {
        assertThat(printed).as(String.join(" ", example.args())).isEqualTo(shown);
      }
    }
  }

  @Test
  void theMarkdownTableAndTheGanttChartAreWhatMapSchedulePrints() throws Exception {
    String page = Files.readString(PAGE);

    Result markdown = map("schedule", "../examples/acme-go-live.json", "--as-of", "2026-11-22",
        "--format", "markdown").run();
    Result mermaid = map("schedule", "../examples/acme-go-live.json", "--as-of", "2026-11-22",
        "--format", "mermaid").run();

    assertThat(page).contains(markdown.stdout());
    assertThat(page).contains("```mermaid\n" + mermaid.stdout() + "```");
    assertThat(Files.readString(README)).contains("```mermaid\n" + mermaid.stdout() + "```");
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.json.MapJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code docs/cli.md}, {@code docs/scheduling.md}, {@code docs/forecast.md}, {@code
 * docs/diff.md}, {@code docs/portfolio.md} and the README true: every {@code $ ./map ...} line of
 * their console blocks is run, and what it prints must be what the page shows (a block that ends
 * with {@code ...} shows the first lines only); the Markdown table and the Mermaid chart on a page
 * must be what {@code map schedule} writes, the calendar event what {@code map ical} writes, and
 * the diff document of {@code docs/diff.md} what {@code map diff} writes, indented.
 */
class DocumentationTest {
  private static final Path PAGE = Path.of("..", "docs", "cli.md");
  private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CSV = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL);
  private static final Pattern EVENT =
      Pattern.compile("```text\n(BEGIN:VEVENT\n.*?END:VEVENT\n)```", Pattern.DOTALL);

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

  /**
   * The files the pages' examples name besides the examples: {@code cycle.json}, a plan with a
   * cycle, and {@code deal.csv}, the table of the page's {@code csv} block.
   */
  private Map<String, Path> files(String page) throws Exception {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("cycle.json", Files.writeString(directory.resolve("cycle.json"), TestPlans.cycle()));
    Matcher csv = CSV.matcher(page);
    if (csv.find()) {
      files.put("deal.csv", Files.writeString(directory.resolve("deal.csv"), csv.group(1)));
    }
    return files;
  }

  @ParameterizedTest
  @ValueSource(strings = {"../docs/cli.md", "../README.md", "../docs/scheduling.md",
      "../docs/diff.md", "../docs/forecast.md", "../docs/portfolio.md"})
  void everyCommandOnThePagePrintsWhatThePageShows(String name) throws Exception {
    String page = Files.readString(Path.of(name));
    Map<String, Path> files = files(page);
    List<Example> examples = examples(page);

    assertThat(examples)
        .hasSizeGreaterThanOrEqualTo(name.endsWith("cli.md") ? 9 : name.endsWith("README.md") ? 3 : 1);
    for (Example example : examples) {
      List<String> args = new ArrayList<>();
      for (String arg : example.args()) {
        args.add(arg.startsWith("examples/") ? "../" + arg
            : files.containsKey(arg) ? files.get(arg).toString() : arg);
      }
      Result result = map(args.toArray(new String[0])).run();
      // A page shows line breaks, not CSV's and iCalendar's carriage returns.
      String printed = (result.stdout() + result.stderr()).replace("\r\n", "\n");
      for (Map.Entry<String, Path> file : files.entrySet()) {
        printed = printed.replace(file.getValue().toString(), file.getKey());
      }
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
  }

  @Test
  void theDiffDocumentOnThePageIsWhatMapDiffWritesIndented() throws Exception {
    Result result = map("diff", "../examples/acme-go-live.json", "../examples/acme-next-week.json",
        "--as-of", "2026-11-22", "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    MapJson json = MapJson.standard();
    String indented = json.pretty().diffs().write(json.diffs().read(result.stdout()));
    assertThat(Files.readString(Path.of("..", "docs", "diff.md")))
        .contains("```json\n" + indented + "\n```\n");
  }

  @Test
  void theCalendarEventOnThePageIsOneThatMapIcalWrites() throws Exception {
    Matcher event = EVENT.matcher(Files.readString(PAGE));

    Result feed = map("ical", "../examples/acme-go-live.json").run();

    assertThat(event.find()).as("an event on the page").isTrue();
    assertThat(feed.stdout().replace("\r\n", "\n")).contains(event.group(1));
  }
}

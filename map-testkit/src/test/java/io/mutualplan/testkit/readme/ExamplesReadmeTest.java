package io.mutualplan.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code examples/README.md} true: it lists every example plan, each with the verdict and
 * score that the rule engine gives it as of 2026-11-22 (what {@code map check --as-of 2026-11-22}
 * prints), with the default profile and with {@code auto}; and its table of classic mistakes
 * names exactly the rules that report on {@code classic-mistakes.json}.
 */
class ExamplesReadmeTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  /** A row of the first table: {@code | [`name.json`](name.json) | what | verdict | auto |}. */
  private static final Pattern EXAMPLE_ROW = Pattern.compile(
      "^\\| \\[`([^`]+)\\.json`\\]\\(\\1\\.json\\) \\| [^|]+ \\| ([^|]+) \\| ([^|]+) \\|$",
      Pattern.MULTILINE);

  /** A rule named in the mistakes table's last column: {@code [`id`](../docs/rules/id.md)}. */
  private static final Pattern RULE_LINK =
      Pattern.compile("\\[`([a-z-]+)`\\]\\(\\.\\./docs/rules/\\1\\.md\\)");

  /** The checks the README claims for one example. */
  record Row(String example, String byDefault, String withAuto) {}

  private static String readme() throws IOException {
    return Files.readString(EXAMPLES.resolve("README.md"));
  }

  private static List<Row> rows(String readme) {
    List<Row> rows = new ArrayList<>();
    Matcher row = EXAMPLE_ROW.matcher(readme);
    while (row.find()) {
      rows.add(new Row(row.group(1), row.group(2), row.group(3)));
    }
    return rows;
  }

  /** The first line of {@code map check}'s verdict, as the README writes it. */
  private static String verdict(QualityReport report) {
    return report.verdict().spelling() + ", score " + report.score() + "/100";
  }

  @Test
  void theReadmeListsEveryExampleFileOnce() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      files = list.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .map(name -> name.substring(0, name.length() - ".json".length()))
          .toList();
    }

    assertThat(rows(readme())).extracting(Row::example)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void eachExampleHasTheVerdictAndScoreTheReadmeGives() throws IOException {
    RuleEngine full = RuleEngine.builder().build();
    RuleEngine auto = RuleEngine.builder().profile(Profile.AUTO).build();
    List<Row> rows = rows(readme());

    assertThat(rows).isNotEmpty();
    for (Row row : rows) {
      MutualActionPlan plan = Fixtures.plan(row.example());
      assertThat(verdict(full.evaluate(plan, AS_OF))).as(row.example())
          .isEqualTo(row.byDefault());
      assertThat(verdict(auto.evaluate(plan, AS_OF))).as(row.example() + " --profile auto")
          .isEqualTo(row.withAuto());
    }
  }

  @Test
  void theTemplatePassesItsOwnCheckAndTheClassicMistakesDoNot() {
    RuleEngine engine = RuleEngine.builder().build();

    QualityReport template = engine.evaluate(Fixtures.plan("seven-step-template"), AS_OF);
    QualityReport mistakes = engine.evaluate(Fixtures.plan("classic-mistakes"), AS_OF);

    assertThat(template.verdict()).isEqualTo(Verdict.READY);
    assertThat(template.findings()).isEmpty();
    assertThat(mistakes.verdict()).isEqualTo(Verdict.NEEDS_WORK);
  }

  @Test
  void theMistakesTableNamesExactlyTheRulesThatReportOnClassicMistakes() throws IOException {
    String readme = readme();
    String section = readme.substring(readme.indexOf("## `classic-mistakes.json`"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    List<String> named = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| mistake") && !line.startsWith("|---")) {
        String reportedBy = line.substring(line.lastIndexOf(" | ") + 3);
        Matcher rule = RULE_LINK.matcher(reportedBy);
        while (rule.find()) {
          named.add(rule.group(1));
        }
      }
    }

    QualityReport report =
        RuleEngine.builder().build().evaluate(Fixtures.plan("classic-mistakes"), AS_OF);

    assertThat(named).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            report.findings().stream().map(finding -> finding.ruleId()).distinct().toList());
  }
}

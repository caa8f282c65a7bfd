package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.rules.builtin.BuiltInRules;
import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.ProfileChange;
import io.mutualplan.rules.spi.QualityRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule pages in docs/ agree with the rules: every rule has one, with its metadata. */
class DocumentationTest {
  private static final Path DOCS = Path.of("..", "docs");

  /**
   * The pages and Javadoc that say how many built-in rules there are ("the 25 built-in rules").
   * BENCHMARKS.md is not one of them: its counts are those of the runs it reports.
   */
  private static final List<Path> STATE_THE_RULE_COUNT = List.of(
      Path.of("..", "README.md"),
      DOCS.resolve("rules").resolve("README.md"),
      DOCS.resolve("testkit.md"),
      DOCS.resolve("writing-a-rule.md"),
      DOCS.resolve("benchmarks-json-rules.md"),
      Path.of("src", "main", "java", "io", "mutualplan", "rules", "builtin", "BuiltInRules.java"),
      Path.of("..", "map-benchmarks", "src", "main", "java", "io", "mutualplan", "benchmarks",
          "RulesBenchmark.java"),
      Path.of("..", "map-benchmarks", "src", "main", "java", "io", "mutualplan", "benchmarks",
          "HandWrittenChecks.java"));

  private static final Pattern RULE_COUNT =
      Pattern.compile("(\\d+) (?:built-in )?(?:quality )?rules\\b");

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  @Test
  void everyBuiltInRuleHasAPageWithItsSeverityProfileAndParameters() throws IOException {
    for (QualityRule rule : BuiltInRules.all()) {
      Path page = DOCS.resolve("rules").resolve(rule.id() + ".md");
      assertThat(page).as("the page of the built-in rule %s", rule.id()).exists();
      String text = read(page);
      assertThat(text).as(rule.id())
          .startsWith("# `" + rule.id() + "`\n")
          .contains("- Default severity: **" + rule.defaultSeverity().spelling() + "**")
          .contains("- Profile `lightweight`: " + lightweight(rule.lightweight()))
          .contains("## What it reports", "## Why\n\n> ", "## How to fix", "## Parameters");
      for (ParameterSpec parameter : rule.parameters()) {
        assertThat(text).as(rule.id()).contains("| `" + parameter.name() + "` | "
            + parameter.type().spelling() + " | " + defaultText(parameter) + " |");
      }
      if (rule.parameters().isEmpty()) {
        assertThat(text).as(rule.id()).contains("## Parameters\n\nNone.");
      }
    }
  }

  @Test
  void theIndexListsEveryRuleInReportOrder() throws IOException {
    String index = read(DOCS.resolve("rules").resolve("README.md"));
    int at = 0;
    for (String id : BuiltInRules.ids()) {
      int found = index.indexOf("| [`" + id + "`](" + id + ".md) |", at);
      assertThat(found)
          .as("docs/rules/README.md has the row | [`%s`](%s.md) | after the previous rule's",
              id, id)
          .isGreaterThan(at);
      at = found;
    }
  }

  @Test
  void everyStatedNumberOfBuiltInRulesIsTheNumberThereIs() throws IOException {
    for (Path file : STATE_THE_RULE_COUNT) {
      Matcher count = RULE_COUNT.matcher(read(file));
      assertThat(count.find()).as("%s says how many built-in rules there are", file).isTrue();
      do {
        assertThat(Integer.parseInt(count.group(1))).as("%s: '%s'", file, count.group())
            .isEqualTo(BuiltInRules.ids().size());
      } while (count.find());
    }
  }

  @Test
  void theCustomRuleGuideShowsTheTestedExampleInFull() throws IOException {
    String guide = read(DOCS.resolve("writing-a-rule.md"));
    String example = read(Path.of("src", "test", "java", "com", "example", "rules",
        "SecurityReviewPlanned.java"));
    assertThat(guide).contains("```java\n" + example + "```");
  }

  private static String lightweight(ProfileChange lightweight) {
    if (!lightweight.enabled()) {
      return "off";
    }
    if (lightweight.severity().isPresent()) {
      return "severity `" + lightweight.severity().get().spelling() + "`";
    }
    if (lightweight.parameters().isEmpty()) {
      return "the same as `full`";
    }
    StringBuilder text = new StringBuilder();
    lightweight.parameters().forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ")
        .append('`').append(name).append("` ").append(((BigDecimal) value).toPlainString()));
    return text.toString();
  }

  private static String defaultText(ParameterSpec parameter) {
    if (parameter.defaultValue() instanceof List) {
      StringBuilder text = new StringBuilder();
      for (Object word : (List<?>) parameter.defaultValue()) {
        text.append(text.length() == 0 ? "" : ", ").append('`').append(word).append('`');
      }
      return text.toString();
    }
    return "`" + ((BigDecimal) parameter.defaultValue()).toPlainString() + "`";
  }
}

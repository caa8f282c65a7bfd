package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.cli.rulesjar.ExampleRules;
import io.mutualplan.cli.rulesjar.RulesJar;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom rules on the command line: {@code --rules JAR} and the {@code MAP_RULES} variable. */
class CustomRulesTest {
  @TempDir Path directory;

  private static List<String> rules(Result result) throws Exception {
    List<String> rules = new ArrayList<>();
    JsonNode report = new ObjectMapper().readTree(result.stdout());
    report.get("findings").forEach(finding -> rules.add(finding.get("rule").asText()));
    return rules;
  }

  private static MapRun check(String... options) {
    List<String> args = new ArrayList<>(List.of("check", example("acme-go-live.json"),
        "--as-of", "2026-11-22", "--format", "json"));
    args.addAll(List.of(options));
    return map(args.toArray(new String[0]));
  }

  @Test
  void withoutAJarOnlyTheBuiltInRulesRun() throws Exception {
    Result result = check().run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(rules(result)).doesNotContain(ExampleRules.RULE);
  }

  @Test
  void aJarGivenWithRulesAddsItsRulesToTheCheck() throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));

    Result result = check("--rules", jar.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(rules(result)).containsExactly(ExampleRules.RULE);
    assertThat(result.stdout()).contains("Checked by a rule from a jar: 7 milestones.");
  }

  @Test
  void theMapRulesVariableNamesJarsForEveryRun() throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));
    Path other = RulesJar.withoutRules(directory.resolve("their-library.jar"));

    Result result = check()
        .environment("MAP_RULES", other + File.pathSeparator + jar + File.pathSeparator).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(rules(result)).containsExactly(ExampleRules.RULE);
  }

  @Test
  void aConfigurationCanChangeACustomRuleLikeABuiltInOne() throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));
    Path config = Files.writeString(directory.resolve("rules.json"),
        "{\"rules\":{\"" + ExampleRules.RULE + "\":{\"severity\":\"error\"}}}");

    Result result = check("--rules", jar.toString(), "--config", config.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(rules(result)).containsExactly(ExampleRules.RULE);
  }

  @Test
  void aConfigurationNamingARuleThatNoJarHasDoesNotSendTheUserToLookForJars() throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));
    Path config = Files.writeString(directory.resolve("rules.json"),
        "{\"rules\":{\"team-legal-review\":{\"severity\":\"error\"}}}");

    Result fromOption = check("--rules", jar.toString(), "--config", config.toString()).run();
    Result fromVariable =
        check("--config", config.toString()).environment("MAP_RULES", jar.toString()).run();

    for (Result result : List.of(fromOption, fromVariable)) {
      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.stderr())
          .contains("there is no rule with that id", ExampleRules.RULE)
          .doesNotContain(CheckCommand.NO_RULES_JAR)
          .hasLineCount(1);
    }
  }

  @Test
  void aMissingJarIsBadInputThatSaysWhereItWasNamed() {
    Path missing = directory.resolve("nope.jar");

    Result fromOption = check("--rules", missing.toString()).run();
    Result fromVariable = check().environment("MAP_RULES", missing.toString()).run();

    assertThat(fromOption.exitCode()).isEqualTo(2);
    assertThat(fromOption.stderr())
        .isEqualTo("map: cannot read " + missing + " (--rules): no such file\n");
    assertThat(fromVariable.exitCode()).isEqualTo(2);
    assertThat(fromVariable.stderr())
        .isEqualTo("map: cannot read " + missing + " (MAP_RULES): no such file\n");
  }

  @Test
  void aFileThatIsNotAJarIsBadInput() throws Exception {
    Path notAJar = Files.writeString(directory.resolve("rules.jar"), "not a jar");

    Result result = check("--rules", notAJar.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: cannot read " + notAJar + " (--rules): not a jar");
  }

  @Test
  void jarsThatProvideNoRulesAreBadInputThatSaysWhatIsMissing() throws Exception {
    Path jar = RulesJar.withoutRules(directory.resolve("library.jar"));

    Result result = check("--rules", jar.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: no rules in " + jar + ": it has no "
        + RulesJar.SERVICE_FILE + "\n");
  }

  @Test
  void theHelpOfCheckSaysHowToAddRules() {
    assertThat(map("check", "--help").run().stdout()).contains("--rules=JAR", "MAP_RULES");
  }
}

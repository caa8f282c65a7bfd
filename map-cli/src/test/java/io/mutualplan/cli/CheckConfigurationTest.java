package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.cli.MapRun.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code map check --config FILE}: a rule configuration, strict about what it names. */
class CheckConfigurationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  private Path config(String json) throws Exception {
    return Files.writeString(directory.resolve("rules.json"), json);
  }

  private static List<String> rules(Result result) throws Exception {
    List<String> rules = new ArrayList<>();
    JSON.readTree(result.stdout()).get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    return rules;
  }

  @Test
  void aConfigurationSwitchesRulesOffAndChangesSeverities() throws Exception {
    Path config = config("{\"rules\":{\"exit-criteria\":{\"enabled\":false},"
        + "\"co-authored\":{\"severity\":\"warning\"}}}");

    Result result = map("check", example("close-plan-in-disguise.json"), "--as-of", "2026-11-22",
        "--config", config.toString(), "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(rules(result)).doesNotContain("exit-criteria").contains("co-authored");
    JsonNode coAuthored = JSON.readTree(result.stdout()).get("findings").get(0);
    assertThat(coAuthored.get("rule").asText()).isEqualTo("co-authored");
    assertThat(coAuthored.get("severity").asText()).isEqualTo("warning");
  }

  @Test
  void theProfileOptionWinsOverTheConfigurationsProfile() throws Exception {
    Path config = config("{\"profile\":\"lightweight\"}");

    Result fromFile = map("check", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--config", config.toString(), "--format", "json").run();
    Result overridden = map("check", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--config", config.toString(), "--profile", "full", "--format", "json").run();

    assertThat(JSON.readTree(fromFile.stdout()).get("profile").asText()).isEqualTo("lightweight");
    assertThat(JSON.readTree(overridden.stdout()).get("profile").asText()).isEqualTo("full");
  }

  @Test
  void anUnknownRuleIsBadInputNamingTheFile() throws Exception {
    Path config = config("{\"rules\":{\"sellers-share\":{\"enabled\":false}}}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).startsWith("map: " + config + ": ").contains("sellers-share");
  }

  @Test
  void aCustomRuleNamedWithoutARulesJarSaysWhereCustomRulesComeFrom() throws Exception {
    Path config = config("{\"rules\":{\"team-legal-review\":{\"severity\":\"error\"}}}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr().lines()).hasSize(2);
    assertThat(result.stderr().lines().findFirst().orElseThrow())
        .startsWith("map: " + config + ": /rules/team-legal-review (line 1, column ")
        .contains("the configuration names rule 'team-legal-review', but there is no rule with"
            + " that id; the rules are: ");
    assertThat(result.stderr()).endsWith("\nmap: custom rules come from the jars given with"
        + " --rules or in the MAP_RULES environment variable, and this run was given none\n");
  }

  @Test
  void aConfigurationWhoseRulesAllExistGetsNoWordAboutRulesJars() throws Exception {
    Path config = config("{\"rules\":{\"seller-share\":{\"parameters\":{\"maxShar\":0.5}}}}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).contains("maxShar").doesNotContain("--rules", "MAP_RULES");
  }

  @Test
  void placesAnUnknownRuleAndAnUnknownParameterAtTheirSettings() throws Exception {
    Path config = config("{\"rules\": {\n"
        + "  \"sellers-share\": {\"enabled\": false},\n"
        + "  \"seller-share\": {\"parameters\": {\"maxShar\": 0.5}}}}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr())
        .contains(config + ": /rules/sellers-share (line 2, column 20): ")
        .contains(config + ": /rules/seller-share/parameters/maxShar (line 3, column 46): ");
  }

  @Test
  void placesAValueOfTheWrongTypeAndParametersThatDoNotFitTogetherAtTheirSettings()
      throws Exception {
    Path config = config("{\"rules\": {\n"
        + "  \"buyer-engagement\": {\"parameters\": {\"maxQuietDays\": 2.5}},\n"
        + "  \"milestone-count\": {\"parameters\": {\"min\": 9}}}}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: " + config
        + ": /rules/buyer-engagement/parameters/maxQuietDays (line 2, column 55): parameter"
        + " 'maxQuietDays' of rule 'buyer-engagement' must be a whole number, not 2.5\n"
        + "map: " + config + ": /rules/milestone-count/parameters (line 3, column 37): rule"
        + " 'milestone-count' (profile full): min (9) is more than max (7), so every plan would"
        + " fail\n");
  }

  @Test
  void placesANegativeAutoThresholdAtItsValue() throws Exception {
    Path config = config("{\"profile\": \"auto\",\n \"autoThreshold\": -5}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: " + config + ": /autoThreshold (line 2, column 19):"
        + " autoThreshold must be 0 or more, not -5\n");
  }

  @Test
  void aMalformedConfigurationIsBadInputWithPointerLineAndColumn() throws Exception {
    Path config = config("{\"rules\":{\"seller-share\":{\"enabled\":\"no\"}}}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .startsWith("map: " + config + ": /rules/seller-share/enabled (line 1, column ");
  }

  @Test
  void aMissingConfigurationFileIsBadInput() {
    Path missing = directory.resolve("none.json");

    Result result = map("check", example("acme-go-live.json"), "--config", missing.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + missing + ": no such file\n");
  }

  @Test
  void theConfigurationCanComeFromStandardInput() throws Exception {
    Result result = map("check", example("lightweight-email-plan.json"), "--as-of", "2026-11-22",
        "--config", "-", "--format", "json").stdin("{\"profile\":\"lightweight\"}").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(JSON.readTree(result.stdout()).get("profile").asText()).isEqualTo("lightweight");
  }

  @Test
  void thePlanAndTheConfigurationCannotBothComeFromStandardInput() throws Exception {
    Result result = map("check", "-", "--config", "-")
        .stdin(exampleText("acme-go-live.json")).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .contains("PLAN and --config cannot both be -")
        .contains("Try 'map check --help'");
  }

  @Test
  void aConfigurationThatNeverEndsStopsAtTheLimitOfADocument() {
    Path devZero = SpecialFiles.device("/dev/zero");

    Result result = map("check", example("acme-go-live.json"), "--config", devZero.toString())
        .run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot read /dev/zero: it is larger than 512 MiB, "
        + "the limit of a rule configuration\n");
  }

  @Test
  void aConfigurationCanComeThroughANamedPipe() throws Exception {
    Path fifo = SpecialFiles.fifo(directory.resolve("rules-pipe"));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        Files.writeString(fifo, "{\"profile\":\"lightweight\"}");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    Result result = map("check", example("lightweight-email-plan.json"), "--as-of", "2026-11-22",
        "--config", fifo.toString(), "--format", "json").run();
    SpecialFiles.release(fifo);
    writer.get();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(JSON.readTree(result.stdout()).get("profile").asText()).isEqualTo("lightweight");
  }

  @Test
  void anUnknownFieldIsNamedWithoutAdviceToReadTheConfigurationLenientlyWhichNoOptionDoes()
      throws Exception {
    Path config = config("{\"profil\":\"full\"}");

    Result result = map("check", example("acme-go-live.json"), "--config", config.toString())
        .run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: " + config + ": /profil (line 1, column 11):"
        + " unknown field 'profil' in a rule configuration; did you mean 'profile'?\n");
  }

  @Test
  void aPlanGivenAsTheConfigurationIsOneLineSayingWhatItIs() {
    String plan = example("acme-go-live.json");

    Result result = map("check", plan, "--config", plan, "--lenient").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: " + plan + ": /format (line 2, column 13): this"
        + " is a plan document (format 'mutual-action-plan/1'), not a rule configuration\n");
  }

  @Test
  void aDirectoryGivenAsTheConfigurationIsNamedAsNotARuleConfigurationFile() {
    Result result = map("check", example("acme-go-live.json"), "--config", directory.toString())
        .run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + directory + ": it is a"
        + " directory, not a rule configuration file\n");
  }

  @Test
  void aWorkbookGivenAsTheConfigurationIsNamedAsAWorkbook() throws Exception {
    Path workbook = Files.write(directory.resolve("rules.xlsx"),
        new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});

    Result result = map("check", example("acme-go-live.json"), "--config", workbook.toString())
        .run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot read " + workbook + ": it is an Excel"
        + " workbook (a zip file), not a rule configuration file\n");
  }
}

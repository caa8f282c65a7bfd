package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatCommandTest {

  @Test
  void writesTheCanonicalFormFollowedByALineBreak() throws Exception {
    Result result = map("format", example("acme-go-live.json")).run();

    MutualActionPlan plan = MapJson.standard().plans().read(exampleText("acme-go-live.json"));
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(MapJson.standard().plans().write(plan) + "\n");
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void prettyIndentsTheSameDocument() throws Exception {
    Result result = map("format", example("acme-go-live.json"), "--pretty").run();

    MutualActionPlan plan = MapJson.standard().plans().read(exampleText("acme-go-live.json"));
    assertThat(result.stdout()).isEqualTo(MapJson.standard().pretty().plans().write(plan) + "\n");
    assertThat(result.stdout().lines().count()).isGreaterThan(50);
  }

  @Test
  void formattingCanonicalOutputAgainGivesTheSameBytes() throws Exception {
    for (String name : List.of("acme-go-live.json", "close-plan-in-disguise.json",
        "classic-mistakes.json", "lightweight-email-plan.json", "seven-step-template.json")) {
      Result once = map("format", example(name)).run();
      Result twice = map("format", "-").stdin(once.stdout()).run();

      assertThat(twice.exitCode()).as(name).isZero();
      assertThat(twice.stdoutBytes()).as(name).isEqualTo(once.stdoutBytes());
    }
  }

  @Test
  void unknownFieldsAreAnErrorNotSilentlyDropped() {
    String plan = TestPlans.plan("", "").replace("\"title\":", "\"titel\":\"typo\",\"title\":");

    Result result = map("format", "-").stdin(plan).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("/titel");
  }
}

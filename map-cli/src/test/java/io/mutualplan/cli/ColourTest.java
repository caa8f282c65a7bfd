package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import org.junit.jupiter.api.Test;

/** Colour only on a terminal, never with {@code --no-color} or {@code NO_COLOR}. */
class ColourTest {
  private static final String ESCAPE = "\u001b[";

  private static MapRun schedule() {
    return map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22");
  }

  @Test
  void aTerminalGetsColour() {
    Result result = schedule().onTerminal().run();

    assertThat(result.stdout()).contains(ESCAPE + "1m* " + ESCAPE + "0m");
  }

  @Test
  void aPipeGetsPlainText() {
    assertThat(schedule().run().stdout()).doesNotContain(ESCAPE);
  }

  @Test
  void noColorOptionTurnsColourOffOnATerminal() {
    assertThat(schedule().onTerminal().run().stdout()).contains(ESCAPE);
    Result afterCommand = map("schedule", example("acme-go-live.json"), "--no-color")
        .onTerminal().run();
    Result beforeCommand = map("--no-color", "schedule", example("acme-go-live.json"))
        .onTerminal().run();

    assertThat(afterCommand.stdout()).doesNotContain(ESCAPE);
    assertThat(beforeCommand.stdout()).doesNotContain(ESCAPE);
  }

  @Test
  void theNoColorVariableTurnsColourOffOnATerminal() {
    Result result = schedule().onTerminal().environment("NO_COLOR", "1").run();

    assertThat(result.stdout()).doesNotContain(ESCAPE);
  }

  @Test
  void aDumbTerminalGetsPlainText() {
    Result result = schedule().onTerminal().environment("TERM", "dumb").run();

    assertThat(result.stdout()).doesNotContain(ESCAPE);
  }

  @Test
  void anEmptyNoColorVariableDoesNotTurnColourOff() {
    Result result = schedule().onTerminal().environment("NO_COLOR", "").run();

    assertThat(result.stdout()).contains(ESCAPE);
  }

  @Test
  void controlCharactersInThePlanNeverReachTheTerminal() {
    String plan = TestPlans.plan("",
        "{\"id\":\"a\",\"title\":\"Evil \\u001b[2J title\",\"buyerOwner\":\"bea\",\"durationDays\":1}");

    Result result = map("schedule", "-", "--as-of", "2026-11-22").stdin(plan).run();

    assertThat(result.stdout()).contains("Evil  [2J title").doesNotContain("\u001b");
  }

  @Test
  void jsonIsNeverColoured() {
    Result result = map("schedule", example("acme-go-live.json"), "--format", "json")
        .onTerminal().run();

    assertThat(result.stdout()).doesNotContain(ESCAPE);
  }
}

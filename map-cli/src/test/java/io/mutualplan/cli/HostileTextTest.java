package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan whose every text holds characters that can make a terminal or a rendered document show
 * something else than the plan says (terminal escapes, line separators, bidirectional overrides):
 * no human-readable output lets one through, and neither does standard error.
 */
class HostileTextTest {
  /**
   * Every character that must not reach a person's screen as it is: controls (C0, DEL, C1), the
   * line and paragraph separators, the bidirectional embeddings, overrides, isolates and marks.
   */
  static final String UNSAFE = "\u0000\u0007\t\n\r\u001b\u007f\u0085\u009b\u2028\u2029"
      + "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

  @TempDir Path directory;

  /** One hostile text: each unsafe character, between words. */
  private static final String HOSTILE = hostile();

  private static String hostile() {
    StringBuilder text = new StringBuilder("Pay");
    for (char unsafe : UNSAFE.toCharArray()) {
      if (unsafe != '\u0000') {
        text.append(String.format("\\u%04x", (int) unsafe)).append("x");
      }
    }
    return text.toString();
  }

  /** A plan with the hostile text in every text a human-readable output shows. */
  private static String plan() {
    return "{\"format\":\"mutual-action-plan/1\",\"id\":\"hostile\","
        + "\"title\":\"" + HOSTILE + "\",\"goal\":\"" + HOSTILE + "\","
        + "\"buyer\":{\"name\":\"" + HOSTILE + "\"},\"seller\":{\"name\":\"" + HOSTILE + "\"},"
        + "\"outcome\":{\"date\":\"2027-01-31\",\"label\":\"" + HOSTILE + "\",\"setBy\":\"bea\"},"
        + "\"stakeholders\":["
        + "{\"id\":\"bea\",\"name\":\"" + HOSTILE + "\",\"side\":\"buyer\",\"roles\":[\"champion\"]},"
        + "{\"id\":\"sam\",\"name\":\"" + HOSTILE + "\",\"side\":\"seller\"}],"
        + "\"milestones\":["
        + "{\"id\":\"a\",\"title\":\"" + HOSTILE + "\",\"buyerOwner\":\"bea\",\"durationDays\":2,"
        + "\"exitCriteria\":\"" + HOSTILE + "\"},"
        + "{\"id\":\"b\",\"title\":\"" + HOSTILE + "\",\"sellerOwner\":\"sam\",\"durationDays\":0,"
        + "\"dependsOn\":[\"a\"]}]}";
  }

  private static void assertSafe(String output) {
    for (char unsafe : UNSAFE.toCharArray()) {
      if (unsafe != '\n') {
        assertThat(output.indexOf(unsafe)).as("U+%04X in\n%s", (int) unsafe, output)
            .isNegative();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "mermaid"})
  void theScheduleForPeopleHasNoUnsafeCharacter(String format) {
    Result result = map("schedule", "-", "--as-of", "2026-11-22", "--format", format)
        .stdin(plan()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Pay");
    assertSafe(result.stdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void theForecastForPeopleHasNoUnsafeCharacter(String format) {
    String estimated = plan().replace("\"durationDays\":2,",
        "\"estimate\":{\"optimistic\":1,\"likely\":2,\"pessimistic\":6},");
    Result result = map("forecast", "-", "--as-of", "2026-11-22", "--trials", "200",
        "--format", format).stdin(estimated).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Pay", "What drives the date: Pay");
    assertSafe(result.stdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void theQualityReportForPeopleHasNoUnsafeCharacter(String format) {
    Result result = map("check", "-", "--as-of", "2026-11-22", "--format", format)
        .stdin(plan()).run();

    assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
    assertThat(result.stdout()).contains("Pay");
    assertSafe(result.stdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void whatShiftedForPeopleHasNoUnsafeCharacter(String format) throws Exception {
    // Every text changed, and a person with a hostile name joins and signs off: each value shows.
    Path older = Files.writeString(directory.resolve("older.json"), plan()
        .replace("\"exitCriteria\":\"" + HOSTILE + "\"", "\"notes\":\"" + HOSTILE + "\"")
        .replace("\"title\":\"" + HOSTILE + "\",\"sellerOwner\"",
            "\"title\":\"Before\",\"sellerOwner\""));
    Path newer = Files.writeString(directory.resolve("newer.json"), plan()
        .replace("{\"id\":\"sam\"", "{\"id\":\"eve\",\"name\":\"" + HOSTILE
            + "\",\"side\":\"buyer\"},{\"id\":\"sam\"")
        .replace("\"buyerOwner\":\"bea\"", "\"buyerOwner\":\"eve\""));

    Result result = map("diff", older.toString(), newer.toString(), "--as-of", "2026-11-22",
        "--format", format).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Pay").contains("eve");
    assertSafe(result.stdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void thePortfolioForPeopleHasNoUnsafeCharacter(String format) {
    // The plan's text in the worst plans, and a broken line whose problem quotes hostile text.
    Result result = map("portfolio", "-", "--as-of", "2026-11-22", "--format", format)
        .stdin(plan() + "\n{\"format\": \"mutual-action-plan/1\", \"" + HOSTILE + "\": 1}\n")
        .run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("Pay", "line 2");
    assertSafe(result.stdout());
  }

  @Test
  void textOnATerminalKeepsOnlyItsOwnColours() {
    Result result = map("schedule", "-", "--as-of", "2026-11-22").stdin(plan()).onTerminal().run();

    String withoutColours = result.stdout().replaceAll("\u001b\\[[0-9;]*m", "");
    assertSafe(withoutColours);
  }

  @Test
  void jsonKeepsThePlansTextExactly() {
    Result result = map("format", "-").stdin(plan()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).contains("\\u001B").contains("\u202e");
  }

  @Test
  void aFileNameWithControlCharactersIsShownSafelyOnStandardError() {
    String name = directory.resolve("plan\u001b[31m\u202e.json").toString();

    Result result = map("schedule", name).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("plan [31m .json: no such file");
    assertSafe(result.stderr());
  }

  @Test
  void aPlanProblemQuotingHostileTextIsShownSafelyOnStandardError() throws Exception {
    Path file = Files.writeString(directory.resolve("bad.json"),
        plan().replace("\"durationDays\":2,", "\"durationDays\":2,\"status\":\"" + HOSTILE + "\","));

    Result result = map("schedule", file.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("/milestones/0/status").contains("Pay");
    assertThat(result.stderr().lines().toList()).isNotEmpty().allSatisfy(line ->
        assertThat(line).startsWith("map: "));
    assertSafe(result.stderr());
  }

  @Test
  void aBadOptionValueIsShownSafelyOnStandardError() {
    Result result = map("schedule", "-", "--format", "te\u001b[2Jxt").stdin(plan()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("'te [2Jxt' is not a format of map schedule");
    assertSafe(result.stderr());
  }
}

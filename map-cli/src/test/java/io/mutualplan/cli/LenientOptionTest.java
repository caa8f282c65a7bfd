package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --lenient}: every command that reads a plan can ignore the fields a CRM added ({@code
 * import}, whose plan is the one given with {@code --onto}, is shown in {@code ImportCommandTest}).
 */
class LenientOptionTest {
  @TempDir Path directory;

  /** The Acme plan with a field of the CRM it came from. */
  private static String fromACrm() throws Exception {
    return exampleText("acme-go-live.json")
        .replaceFirst("\\{", "{\"crmOpportunityId\": \"006Dn000004XyZ\",");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "schedule", "derive-dates", "format", "export", "ical",
      "report"})
  void withoutItAnUnknownFieldIsBadInputThatNamesIt(String command) throws Exception {
    Result result = run(command).stdin(fromACrm()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: <stdin>: /crmOpportunityId (line 1, column 22):"
        + " unknown field 'crmOpportunityId' in a plan document; the fields of a plan document"
        + " are: format, id, title, goal, buyer, seller, outcome, calendar, dealValue, createdOn,"
        + " stakeholders, milestones, revisions, signOffs, attributes (or give --lenient to"
        + " ignore unknown fields)\n");
  }

  @Test
  void aPortfolioNamesTheOptionForAPlansUnknownFieldToo() throws Exception {
    Result result = map("portfolio", "-", "--format", "json", "--as-of", "2026-11-22")
        .stdin(fromACrm().replace("\n", " ") + "\n").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("unknown field 'crmOpportunityId' in a plan document;")
        .contains("(or give --lenient to ignore unknown fields)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "schedule", "derive-dates", "format", "export", "ical",
      "report"})
  void withItTheUnknownFieldIsIgnoredAndTheCommandDoesItsJob(String command) throws Exception {
    Result lenient = run(command, "--lenient").stdin(fromACrm()).run();
    Result plain = run(command).stdin(exampleText("acme-go-live.json")).run();

    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    assertThat(lenient.stdout()).isEqualTo(plain.stdout()).doesNotContain("crmOpportunityId");
    // export's notes, else nothing; a command that writes the plan notes the field it left out.
    assertThat(lenient.stderr()).isEqualTo(plain.stderr() + (writesThePlan(command)
        ? "map: note: --lenient left out 1 field the plan format does not know "
            + "(/crmOpportunityId); the plan written does not have it\n"
        : ""));
  }

  /**
   * A command that writes the plan (here onto itself, where the fields would be gone for good)
   * names the unknown fields it left out, in document order, the first three of them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"format", "derive-dates", "import --onto"})
  void aCommandThatWritesThePlanNotesTheFieldsItLeftOut(String command) throws Exception {
    Path plan = Files.writeString(directory.resolve("plan.json"), fromACrm()
        .replaceFirst("\"title\":", "\"crm\":{\"owner\":\"x\"},\"title\":")
        .replaceFirst("\"id\": \"security-docs\",", "\"id\": \"security-docs\", \"crmTask\": 7,")
        .replaceFirst("\"id\": \"legal\",", "\"id\": \"legal\", \"crmTask\": 8,"));
    List<String> arguments = new ArrayList<>();
    if (command.equals("import --onto")) {
      Path table = TableFiles.export(MapRun.EXAMPLES.resolve("acme-go-live.json"),
          directory.resolve("acme.csv"));
      arguments.addAll(List.of("import", table.toString(), "--onto"));
    } else {
      arguments.add(command);
    }
    arguments.addAll(List.of(plan.toString(), "--lenient", "-o", plan.toString()));

    Result result = map(arguments.toArray(String[]::new)).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(plan)).doesNotContain("crm");
    assertThat(result.stderr()).isEqualTo("map: note: --lenient left out 4 fields the plan "
        + "format does not know (/crmOpportunityId, /crm, /milestones/1/crmTask, ...); the plan "
        + "written does not have them\n");
  }

  /** Three fields, as many as the note names: all of them, with nothing after them. */
  @Test
  void theNoteNamesThreeFieldsLeftOutWithNothingAfterThem() throws Exception {
    Path plan = Files.writeString(directory.resolve("plan.json"), fromACrm()
        .replaceFirst("\"title\":", "\"crm\":{\"owner\":\"x\"},\"title\":")
        .replaceFirst("\"id\": \"security-docs\",", "\"id\": \"security-docs\", \"crmTask\": 7,"));

    Result result = map("format", plan.toString(), "--lenient", "-o", plan.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEqualTo("map: note: --lenient left out 3 fields the plan "
        + "format does not know (/crmOpportunityId, /crm, /milestones/1/crmTask); the plan "
        + "written does not have them\n");
  }

  @Test
  void aPlanWithoutUnknownFieldsWrittenLenientlyHasNoNote() {
    Result result = map("format", example("acme-go-live.json"), "--lenient").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
  }

  /** More unknown fields than a strict read goes through: the note says "at least". */
  @Test
  void beyondTheProblemsAStrictReadListsTheNoteSaysAtLeast() throws Exception {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      fields.append("\"crm").append(i).append("\":").append(i).append(',');
    }
    String plan = exampleText("acme-go-live.json").replaceFirst("\\{", "{" + fields);

    Result result = map("format", "-", "--lenient").stdin(plan).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).startsWith("map: note: --lenient left out at least 100 fields "
        + "the plan format does not know (/crm0, /crm1, /crm2, ...);");
  }

  private static boolean writesThePlan(String command) {
    return command.equals("format") || command.equals("derive-dates");
  }

  /** The command on standard input, as of 2026-11-22 when it takes a date. */
  private static MapRun run(String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command, "-"));
    if (command.equals("export")) {
      args.addAll(List.of("--to", "csv"));
    } else if (!command.equals("format")) {
      args.addAll(List.of("--as-of", "2026-11-22"));
    }
    args.addAll(List.of(options));
    return map(args.toArray(new String[0]));
  }
}

package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --lenient}: every command that reads a plan can ignore the fields a CRM added ({@code
 * import}, whose plan is the one given with {@code --onto}, is shown in {@code ImportCommandTest}).
 */
class LenientOptionTest {
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
    assertThat(lenient.stderr()).isEqualTo(plain.stderr()); // export's notes, else nothing
    assertThat(lenient.stdout()).isEqualTo(plain.stdout()).doesNotContain("crmOpportunityId");
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

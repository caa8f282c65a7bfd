package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.exampleText;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.ical.ICalendarFeed;
import io.mutualplan.json.MapJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code map ical PLAN}: the plan's dates as the library's iCalendar feed, everyone's or one
 * stakeholder's, stamped with the as-of date when the plan has no other date to stamp it with.
 */
class ICalCommandTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  @TempDir Path directory;

  private static MutualActionPlan acme() throws Exception {
    return MapJson.standard().plans().read(exampleText("acme-go-live.json"));
  }

  @Test
  void theFeedGoesToStandardOutputAsTheLibraryWritesIt() throws Exception {
    Result result = map("ical", example("acme-go-live.json"), "--as-of", "2026-11-22").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutBytes())
        .isEqualTo(ICalendarFeed.standard().toBytes(acme(), AS_OF));
    assertThat(result.stdout()).startsWith("BEGIN:VCALENDAR\r\n")
        .contains("UID:legal.acme-2027@mutualplan.io\r\n", "UID:outcome.acme-2027@mutualplan.io")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(result.stdout().split("BEGIN:VEVENT", -1)).hasSize(7 + 1 + 1);
  }

  /**
   * No notes and no warnings. (iCal4j logs through SLF4J, which warns on the process's own standard
   * error when it has no binding; {@code MapJarIT} shows the jar's binding keeps it quiet.)
   */
  @Test
  void nothingButTheFeedIsWritten() {
    Result result = map("ical", example("acme-go-live.json")).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void theFeedOfOneStakeholderHoldsTheirMilestonesAndTheOutcome() throws Exception {
    Result result = map("ical", example("acme-go-live.json"), "--owner", "sarah").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutBytes()).isEqualTo(ICalendarFeed.standard()
        .forStakeholder(StakeholderId.of("sarah")).toBytes(acme(), AS_OF));
    assertThat(result.stdout()).contains("UID:champion-alignment.acme-2027@", "UID:business-case.",
        "UID:outcome.").doesNotContain("UID:legal.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sarah Chen", "sarah chen", " SARAH CHEN "})
  void aStakeholderMayBeNamedByNameInAnyCase(String name) {
    Result byName = map("ical", example("acme-go-live.json"), "--owner", name).run();
    Result byId = map("ical", example("acme-go-live.json"), "--owner", "sarah").run();

    assertThat(byName.exitCode()).as(byName.toString()).isZero();
    assertThat(byName.stdoutBytes()).isEqualTo(byId.stdoutBytes());
  }

  @Test
  void aStakeholderThePlanDoesNotHaveIsBadInputThatListsThePlansPeople() {
    Result result = map("ical", example("acme-go-live.json"), "--owner", "bob").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEqualTo("map: " + example("acme-go-live.json") + ": --owner "
        + "'bob' is neither the id nor the name of a stakeholder of the plan; its stakeholders "
        + "are sarah (Sarah Chen), dan (Dan Ortiz), priya (Priya Nair), marco (Marco Ruiz), lena "
        + "(Lena Park), alex (Alex Kim), jordan (Jordan Blake)\n");
  }

  @Test
  void aNameThatSeveralStakeholdersShareAsksForTheId() {
    String plan = TestPlans.plan("", "{\"id\":\"legal\",\"title\":\"MSA agreed\","
        + "\"buyerOwner\":\"bea\",\"due\":\"2027-01-22\"}")
        .replace("{\"id\":\"sam\",\"name\":\"Sam Seller\"", "{\"id\":\"sam\",\"name\":\"Bea Buyer\"");

    Result result = map("ical", "-", "--owner", "Bea Buyer").stdin(plan).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: <stdin>: --owner 'Bea Buyer' is the name of 2 "
        + "stakeholders; give the id of the one you mean; its stakeholders are bea (Bea Buyer), "
        + "sam (Bea Buyer)\n");
  }

  @Test
  void aLongListOfStakeholdersIsCutShort() {
    StringBuilder people = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      people.append(",{\"id\":\"p").append(i).append("\",\"name\":\"P ").append(i)
          .append("\",\"side\":\"buyer\"}");
    }
    String plan = TestPlans.plan("", "").replace("\"side\":\"seller\"}",
        "\"side\":\"seller\"}" + people);

    Result result = map("ical", "-", "--owner", "nobody").stdin(plan).run();

    assertThat(result.stderr()).endsWith(", p7 (P 7) and 4 more\n");
  }

  /** A plan without revisions or creation date is stamped with the as-of date, today by default. */
  @Test
  void theAsOfDateStampsAPlanThatHasNoOtherDate() {
    String plan = TestPlans.plan("", "{\"id\":\"legal\",\"title\":\"MSA agreed\","
        + "\"due\":\"2027-01-22\"}");

    Result today = map("ical", "-").stdin(plan).run();
    Result given = map("ical", "-", "--as-of", "2027-01-05").stdin(plan).run();

    assertThat(today.stdout()).contains("DTSTAMP:20261122T000000Z\r\n");
    assertThat(given.stdout()).contains("DTSTAMP:20270105T000000Z\r\n")
        .contains("DTSTART;VALUE=DATE:20270122\r\n");
  }

  @Test
  void theFeedGoesToAFile() throws Exception {
    Path out = directory.resolve("acme.ics");

    Result result = map("ical", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(Files.readAllBytes(out))
        .isEqualTo(map("ical", example("acme-go-live.json")).run().stdoutBytes());
  }
}

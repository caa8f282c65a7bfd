package io.mutualplan.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.PlanGenerator;
import io.mutualplan.testkit.PlanGenerators;
import io.mutualplan.testkit.PlanProperty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ICalendarFeedTest {
  private static final ICalendarFeed FEED = ICalendarFeed.standard();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private static String feed(MutualActionPlan plan) {
    return new String(FEED.toBytes(plan, AS_OF), StandardCharsets.UTF_8);
  }

  /** The feed's content lines, unfolded. */
  private static List<String> lines(String feed) {
    return Arrays.asList(feed.replace("\r\n ", "").split("\r\n"));
  }

  /** The unfolded lines of the event with this UID, without BEGIN and END. */
  private static List<String> event(String feed, String uid) {
    List<String> lines = lines(feed);
    int start = lines.indexOf("UID:" + uid);
    assertThat(start).as("the event %s", uid).isPositive();
    int end = lines.subList(start, lines.size()).indexOf("END:VEVENT") + start;
    return lines.subList(start, end);
  }

  private static MutualActionPlan withMilestone(MutualActionPlan plan, String id,
      java.util.function.UnaryOperator<Milestone> change) {
    return plan.withMilestones(plan.milestones().stream()
        .map(m -> m.id().value().equals(id) ? change.apply(m) : m).toList());
  }

  @Test
  void theAcmeFeedHasACalendarHeaderAnEventPerDatedMilestoneAndTheOutcome() {
    String feed = feed(Fixtures.plan("acme-go-live"));

    assertThat(lines(feed).subList(0, 6)).containsExactly(
        "BEGIN:VCALENDAR",
        "PRODID:-//mutualplan.io//MAP " + version() + "//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Acme x Globex");
    assertThat(lines(feed)).filteredOn(line -> line.startsWith("UID:")).containsExactly(
        "UID:champion-alignment.acme-2027@mutualplan.io",
        "UID:security-docs.acme-2027@mutualplan.io",
        "UID:security-review.acme-2027@mutualplan.io",
        "UID:business-case.acme-2027@mutualplan.io",
        "UID:legal.acme-2027@mutualplan.io",
        "UID:procurement.acme-2027@mutualplan.io",
        "UID:signature.acme-2027@mutualplan.io",
        "UID:outcome.acme-2027@mutualplan.io");
    assertThat(event(feed, "legal.acme-2027@mutualplan.io")).containsExactly(
        "UID:legal.acme-2027@mutualplan.io",
        "DTSTAMP:20261120T090000Z",
        "SEQUENCE:3",
        "DTSTART;VALUE=DATE:20270122",
        "DTEND;VALUE=DATE:20270123",
        "SUMMARY:MSA redlines agreed",
        "DESCRIPTION:Exit criteria: MSA countersigned by both legal teams\\nBuyer owner"
            + ": Marco Ruiz\\nSeller owner: Alex Kim\\nStatus: not started\\nPlan: Acme x Globex",
        "CATEGORIES:legal",
        "STATUS:CONFIRMED",
        "TRANSP:TRANSPARENT");
    assertThat(event(feed, "outcome.acme-2027@mutualplan.io")).containsExactly(
        "UID:outcome.acme-2027@mutualplan.io",
        "DTSTAMP:20261120T090000Z",
        "SEQUENCE:3",
        "DTSTART;VALUE=DATE:20270301",
        "DTEND;VALUE=DATE:20270302",
        "SUMMARY:Go-live (Acme Corp)",
        "DESCRIPTION:The outcome for Acme Corp\\, which the plan Acme x Globex is built back"
            + " from.\\nLead time: 21 days after the last step.\\nSet by: Sarah Chen",
        "CATEGORIES:outcome",
        "STATUS:CONFIRMED",
        "TRANSP:TRANSPARENT");
    assertThat(feed).endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
  }

  @Test
  void anOutcomeWithoutALeadTimeSaysNothingOfOne() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    MutualActionPlan plan = acme.withOutcome(acme.outcome().map(o -> o.withLeadTimeDays(0)));

    assertThat(event(feed(plan), "outcome.acme-2027@mutualplan.io")).contains(
        "DESCRIPTION:The outcome for Acme Corp\\, which the plan Acme x Globex is built back"
            + " from.\\nSet by: Sarah Chen");
  }

  @Test
  void aCompleteMilestoneIsMarkedDoneOnItsCompletionDate() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    MutualActionPlan done = plan.completeMilestone(MilestoneId.of("security-docs"),
        LocalDate.of(2026, 11, 25));

    assertThat(event(feed(done), "security-docs.acme-2027@mutualplan.io"))
        .contains("DTSTART;VALUE=DATE:20261125", "DTEND;VALUE=DATE:20261126",
            "SUMMARY:[Done] Security documentation sent");
  }

  /**
   * The day after 9999-12-31 cannot be written (its year has five digits), so an event on the
   * last date ends with a duration of one day instead of DTEND, which RFC 5545 allows.
   */
  @Test
  void anEventOnTheLastDateEndsWithADurationOfOneDay() {
    MutualActionPlan plan = withMilestone(Fixtures.plan("acme-go-live"), "signature",
        m -> m.withDue(LocalDate.of(9999, 12, 31)));

    byte[] feed = FEED.toBytes(plan, AS_OF);

    String text = new String(feed, StandardCharsets.UTF_8);
    assertThat(event(text, "signature.acme-2027@mutualplan.io"))
        .contains("DTSTART;VALUE=DATE:99991231", "DURATION:P1D")
        .noneMatch(line -> line.startsWith("DTEND"));
    assertThat(Parsers.ical4j(feed).getComponents()).hasSize(8);
    assertThat(Parsers.biweekly(feed).getEvents()).filteredOn(e -> e.getDuration() != null)
        .singleElement().satisfies(e -> assertThat(e.getDuration().getValue().toString())
            .isEqualTo("P1D"));
  }

  @Test
  void aMilestoneWithoutADateHasNoEvent() {
    MutualActionPlan plan = withMilestone(Fixtures.plan("acme-go-live"), "legal",
        m -> m.withDue(Optional.empty()).withBaselineDue(Optional.empty()));

    assertThat(feed(plan)).doesNotContain("UID:legal.").contains("UID:procurement.");
  }

  @Test
  void uidsStayTheSameAcrossExportsAndSequenceFollowsTheLatestRevision() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    MutualActionPlan moved = plan
        .moveDue(MilestoneId.of("legal"), LocalDate.of(2027, 1, 29))
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-23T08:15:00Z"), "Legal slips");

    List<String> before = lines(feed(plan));
    List<String> after = lines(feed(moved));

    assertThat(after.stream().filter(l -> l.startsWith("UID:")).toList())
        .isEqualTo(before.stream().filter(l -> l.startsWith("UID:")).toList());
    assertThat(before).filteredOn(l -> l.startsWith("SEQUENCE:")).hasSize(8)
        .allMatch(l -> l.equals("SEQUENCE:3"));
    assertThat(after).filteredOn(l -> l.startsWith("SEQUENCE:")).hasSize(8)
        .allMatch(l -> l.equals("SEQUENCE:4"));
    assertThat(after).filteredOn(l -> l.startsWith("DTSTAMP:"))
        .allMatch(l -> l.equals("DTSTAMP:20261123T081500Z"));
    assertThat(event(feed(moved), "legal.acme-2027@mutualplan.io"))
        .contains("DTSTART;VALUE=DATE:20270129");
  }

  /**
   * A milestone may have the id {@code outcome} (a sheet's row titled "Outcome" gets it), which
   * would give it the outcome's UID: its event takes {@code outcome+milestone}, which no id can
   * make, as ids never hold a '+'. Every other milestone keeps {@code <id>.<plan id>}.
   */
  @Test
  void aMilestoneWhoseIdIsOutcomeHasAUidOfItsOwnBesideTheOutcomesEvent() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    MutualActionPlan withOutcomeStep = plan.withMilestones(Stream.concat(
        plan.milestones().stream(), Stream.of(Milestone.builder()
            .id(MilestoneId.of("outcome")).title("Outcome").due(LocalDate.of(2027, 2, 20))
            .build())).toList());

    String feed = feed(withOutcomeStep);

    assertThat(lines(feed)).filteredOn(line -> line.startsWith("UID:")).containsExactly(
        "UID:champion-alignment.acme-2027@mutualplan.io",
        "UID:security-docs.acme-2027@mutualplan.io",
        "UID:security-review.acme-2027@mutualplan.io",
        "UID:business-case.acme-2027@mutualplan.io",
        "UID:legal.acme-2027@mutualplan.io",
        "UID:procurement.acme-2027@mutualplan.io",
        "UID:signature.acme-2027@mutualplan.io",
        "UID:outcome+milestone.acme-2027@mutualplan.io",
        "UID:outcome.acme-2027@mutualplan.io");
    assertThat(event(feed, "outcome+milestone.acme-2027@mutualplan.io"))
        .contains("DTSTART;VALUE=DATE:20270220", "SUMMARY:Outcome");
    assertThat(event(feed, "outcome.acme-2027@mutualplan.io"))
        .contains("DTSTART;VALUE=DATE:20270301", "SUMMARY:Go-live (Acme Corp)");
    assertThat(feed(withOutcomeStep.addRevision(StakeholderId.of("sarah"),
            Instant.parse("2026-11-23T08:15:00Z"), "Outcome step added")))
        .as("the same UID in the next export").contains("UID:outcome+milestone.acme-2027@");
    assertThat(Parsers.biweekly(FEED.toBytes(withOutcomeStep, AS_OF)).getEvents())
        .extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates().hasSize(9);
  }

  @Test
  void withoutRevisionsTheStampIsTheCreationDateElseTheAsOfDate() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live")
        .withSignOffs(List.of()).withRevisions(List.<Revision>of());

    assertThat(lines(feed(plan.withCreatedOn(LocalDate.of(2026, 11, 1)))))
        .filteredOn(l -> l.startsWith("DTSTAMP:") || l.startsWith("SEQUENCE:"))
        .containsOnly("DTSTAMP:20261101T000000Z", "SEQUENCE:0");
    assertThat(lines(feed(plan.withCreatedOn(Optional.empty()))))
        .filteredOn(l -> l.startsWith("DTSTAMP:")).containsOnly("DTSTAMP:20261122T000000Z");
  }

  @Test
  void ownersWithAnEmailAreAttendeesAndTheOthersAreOnlyNamed() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    MutualActionPlan withEmail = plan.withStakeholders(plan.stakeholders().stream()
        .map(s -> s.id().value().equals("marco") ? s.withEmail("marco.ruiz@acme.example")
            : s.id().value().equals("alex") ? s.withName("Kim, Alex \"AK\"").withEmail("alex@globex.example")
            : s)
        .toList());

    assertThat(event(feed(withEmail), "legal.acme-2027@mutualplan.io")).endsWith(
        "ATTENDEE;CN=Marco Ruiz;ROLE=REQ-PARTICIPANT:mailto:marco.ruiz@acme.example",
        "ATTENDEE;CN=\"Kim, Alex ^'AK^'\";ROLE=REQ-PARTICIPANT:mailto:alex@globex.example");
    assertThat(event(feed(plan), "legal.acme-2027@mutualplan.io"))
        .noneMatch(l -> l.startsWith("ATTENDEE"));
  }

  @Test
  void textIsEscapedAsRfc5545Says() {
    MutualActionPlan plan = withMilestone(Fixtures.plan("acme-go-live"), "legal",
        m -> m.withTitle("MSA, order form; DPA \\ SOW\nsigned\r\nby both\rsides"));

    assertThat(event(feed(plan), "legal.acme-2027@mutualplan.io"))
        .contains("SUMMARY:MSA\\, order form\\; DPA \\\\ SOW\\nsigned\\nby both\\nsides");
    ICalendar parsed = Parsers.biweekly(FEED.toBytes(plan, AS_OF));
    assertThat(parsed.getEvents()).extracting(e -> e.getSummary().getValue())
        .contains("MSA, order form; DPA \\ SOW\nsigned\nby both\nsides");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    // 2-, 3- and 4-byte characters at every offset, so that some fall on a fold.
    String notes = "Zürich 日本語 😀 ".repeat(40);
    MutualActionPlan plan = withMilestone(Fixtures.plan("acme-go-live"), "legal",
        m -> m.withExitCriteria(notes));

    byte[] bytes = FEED.toBytes(plan, AS_OF);
    String feed = new String(bytes, StandardCharsets.UTF_8);

    assertFolded(bytes);
    assertThat(feed.split("\r\n")).anyMatch(line -> line.startsWith(" "));
    assertThat(event(feed, "legal.acme-2027@mutualplan.io"))
        .anyMatch(l -> l.startsWith("DESCRIPTION:Exit criteria: " + notes.strip()));
  }

  @Test
  void aStakeholdersFeedHoldsTheirMilestonesOnEitherSideAndTheOutcome() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");

    String sarah = new String(FEED.forStakeholder(StakeholderId.of("sarah")).toBytes(plan, AS_OF),
        StandardCharsets.UTF_8);
    String jordan = new String(FEED.forStakeholder(StakeholderId.of("jordan")).toBytes(plan, AS_OF),
        StandardCharsets.UTF_8);

    assertThat(lines(sarah)).filteredOn(l -> l.startsWith("UID:")).containsExactly(
        "UID:champion-alignment.acme-2027@mutualplan.io",
        "UID:business-case.acme-2027@mutualplan.io",
        "UID:outcome.acme-2027@mutualplan.io");
    assertThat(lines(jordan)).filteredOn(l -> l.startsWith("UID:")).containsExactly(
        "UID:security-docs.acme-2027@mutualplan.io",
        "UID:security-review.acme-2027@mutualplan.io",
        "UID:outcome.acme-2027@mutualplan.io");
    assertThatThrownBy(() -> FEED.forStakeholder(StakeholderId.of("bob")).toBytes(plan, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the plan has no stakeholder 'bob'; its stakeholders are sarah"
            + " (Sarah Chen), dan (Dan Ortiz)");
  }

  /**
   * RFC 5545 asks for at least one component; a plan with nothing dated still gets a feed, empty,
   * which calendars show as a subscription without events (biweekly's validator says so, and
   * that is the only thing it says).
   */
  @Test
  void aPlanWithNothingDatedGivesAnEmptyCalendar() {
    MutualActionPlan plan = Fixtures.plan("lightweight-email-plan");
    MutualActionPlan undated = plan.withOutcome(Optional.empty()).withMilestones(
        plan.milestones().stream().map(m -> m.withDue(Optional.empty())).toList());

    byte[] feed = FEED.toBytes(undated, AS_OF);

    assertEmptyCalendar(feed, "Bluebird Cafe x Tailspin");
  }

  /** The same for one person's feed when nothing of theirs is dated and there is no outcome. */
  @Test
  void aStakeholderWithNothingDatedInAPlanWithoutOutcomeGetsAnEmptyCalendar() {
    MutualActionPlan plan = withMilestone(
        Fixtures.plan("acme-go-live").withOutcome(Optional.empty()), "security-review",
        m -> m.withDue(Optional.empty()).withBaselineDue(Optional.empty()));

    byte[] feed = FEED.forStakeholder(StakeholderId.of("priya")).toBytes(plan, AS_OF);

    assertEmptyCalendar(feed, "Acme x Globex");
  }

  /** A feed without events, named for its plan, that both parsers read as empty. */
  private static void assertEmptyCalendar(byte[] feed, String name) {
    assertThat(lines(new String(feed, StandardCharsets.UTF_8))).doesNotContain("BEGIN:VEVENT")
        .endsWith("X-WR-CALNAME:" + name, "END:VCALENDAR");
    assertThat(Parsers.ical4j(feed).getComponents()).isEmpty();
    assertThat(Parsers.biweekly(feed).getEvents()).isEmpty();
  }

  /** The stream is flushed: a buffered stream the caller does not flush still gets the feed. */
  @Test
  void writingFlushesTheStream() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(bytes, 1 << 20);

    FEED.write(plan, AS_OF, buffered);

    assertThat(bytes.toByteArray()).isEqualTo(FEED.toBytes(plan, AS_OF));
  }

  @Test
  void aFeedSaysWhoseMilestonesItHolds() {
    assertThat(FEED.stakeholder()).isEmpty();
    assertThat(FEED.forStakeholder(StakeholderId.of("sarah")).stakeholder())
        .contains(StakeholderId.of("sarah"));
  }

  @Test
  void thePlanDateAndOptionsGiveTheSameBytes() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FEED.write(plan, AS_OF, out);

    assertThat(out.toByteArray()).isEqualTo(FEED.toBytes(plan, AS_OF))
        .isEqualTo(ICalendarFeed.standard().toBytes(plan, AS_OF));
  }

  static List<String> examples() {
    return Fixtures.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExamplesFeedParsesCleanlyWithBothParsers(String name) {
    MutualActionPlan plan = Fixtures.plan(name);
    byte[] feed = FEED.toBytes(plan, AS_OF);

    assertFolded(feed);
    assertThat(Parsers.ical4j(feed).getComponents()).hasSize(expectedEvents(plan));
    assertThat(Parsers.biweekly(feed).getEvents()).hasSize(expectedEvents(plan));
  }

  /** Plans whose every stakeholder has an email, so that every owner is an attendee. */
  static PlanGenerator plansWithEmails() {
    return PlanGenerators.validPlans().map(plan -> plan.withStakeholders(plan.stakeholders()
        .stream().map(s -> s.withEmail(s.id().value() + "@example.com")).toList()));
  }

  /**
   * Invariant: for any valid plan (tricky text with quotes, backslashes, line breaks, control
   * characters and 10,000-character values included), the feed's lines are at most 75 octets of
   * valid UTF-8 ending in CRLF, iCal4j and biweekly both parse it without a warning, and they read
   * back one event per dated milestone plus the outcome, with the milestone's title as summary
   * and an attendee per owner.
   */
  @PlanProperty(cases = 200, generator = "plansWithEmails")
  void anyPlansFeedParsesCleanlyWithBothParsersAndReadsBack(MutualActionPlan plan) {
    byte[] feed = FEED.toBytes(plan, AS_OF);

    assertFolded(feed);
    assertThat(Parsers.ical4j(feed).getComponents()).hasSize(expectedEvents(plan));
    ICalendar parsed = Parsers.biweekly(feed);
    assertThat(parsed.getEvents()).hasSize(expectedEvents(plan));
    for (Milestone milestone : plan.milestones()) {
      Optional<VEvent> event = parsed.getEvents().stream()
          .filter(e -> e.getUid().getValue()
              .equals(milestone.id() + "." + plan.id() + "@mutualplan.io"))
          .findFirst();
      assertThat(event.isPresent()).isEqualTo(dated(milestone));
      event.ifPresent(e -> {
        String title = cleaned(milestone.title());
        assertThat(e.getSummary().getValue())
            .isEqualTo(milestone.isComplete() ? "[Done] " + title : title);
        assertThat(e.getAttendees()).extracting(a -> a.getEmail())
            .containsExactlyElementsOf(plan.owners(milestone).stream()
                .map(Stakeholder::email).map(Optional::orElseThrow).toList());
        assertThat(e.getSequence().getValue())
            .isEqualTo(plan.latestRevision().map(Revision::number).orElse(0));
      });
    }
  }

  /** What the feed makes of a plan's text: one kind of line break, no other control character. */
  private static String cleaned(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').codePoints()
        .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static boolean dated(Milestone milestone) {
    return milestone.isComplete() ? milestone.completed().isPresent() : milestone.due().isPresent();
  }

  private static int expectedEvents(MutualActionPlan plan) {
    return (int) plan.milestones().stream().filter(ICalendarFeedTest::dated).count()
        + (plan.outcome().isPresent() ? 1 : 0);
  }

  /** Every line ends in CRLF, holds at most 75 octets, and is whole UTF-8. */
  static void assertFolded(byte[] feed) {
    assertThat(feed.length).isPositive();
    assertThat(feed[feed.length - 2]).isEqualTo((byte) '\r');
    assertThat(feed[feed.length - 1]).isEqualTo((byte) '\n');
    int start = 0;
    for (int i = 0; i < feed.length; i++) {
      if (feed[i] == '\n') {
        assertThat(feed[i - 1]).as("LF at %d follows CR", i).isEqualTo((byte) '\r');
        int length = i - 1 - start;
        assertThat(length).as("line at byte %d", start).isLessThanOrEqualTo(75);
        byte[] line = Arrays.copyOfRange(feed, start, i - 1);
        try {
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line));
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new AssertionError("the line at byte " + start + " is not whole UTF-8", e);
        }
        start = i + 1;
      } else if (feed[i] == '\r') {
        assertThat(i + 1 < feed.length && feed[i + 1] == '\n').as("CR at %d", i).isTrue();
      }
    }
  }

  private static String version() {
    String prodId = feed(Fixtures.plan("lightweight-email-plan")).lines()
        .filter(l -> l.startsWith("PRODID:")).findFirst().orElseThrow();
    return prodId.substring("PRODID:-//mutualplan.io//MAP ".length(), prodId.length() - 4);
  }

  @Test
  void theProductIdNamesMapsVersionAsMavenBuiltIt() {
    // Not "unknown" (the resource unread) and not Maven's placeholder left unfilled.
    assertThat(version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void aMissingArgumentIsNamedBeforeAnythingIsWritten() {
    // Without a revision or a creation date the feed needs asOf; with them it must still be given.
    MutualActionPlan undated = MutualActionPlan.builder().from(Fixtures.plan("acme-go-live"))
        .revisions(List.of()).signOffs(List.of()).createdOn(Optional.empty()).build();
    for (MutualActionPlan plan : List.of(undated, Fixtures.plan("acme-go-live"))) {
      assertThatThrownBy(() -> FEED.toBytes(plan, null))
          .isInstanceOf(NullPointerException.class).hasMessage("asOf");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(() -> FEED.write(plan, null, out))
          .isInstanceOf(NullPointerException.class).hasMessage("asOf");
      assertThat(out.size()).isZero();
    }
    assertThatThrownBy(() -> FEED.toBytes(null, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> FEED.write(Fixtures.plan("acme-go-live"), AS_OF, null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
  }
}

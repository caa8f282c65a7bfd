package io.mutualplan.ical.internal;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Counts;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * A plan's feed: built as an iCal4j calendar (which formats each property, escapes text and
 * quotes parameters, and checks every event against RFC 5545), then written line by line, folded
 * at 75 octets, which iCal4j's own writer does not do (it folds by characters).
 */
public final class FeedCalendar {
  /** The domain of every event's UID. */
  static final String UID_DOMAIN = "mutualplan.io";

  /** The start of the outcome event's UID. */
  private static final String OUTCOME = "outcome";

  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private FeedCalendar() {}

  /**
   * The feed's bytes.
   *
   * @param plan the plan
   * @param asOf the date whose midnight (UTC) stamps the feed when the plan has no revision and
   *     no creation date
   * @param owner whose milestones to show, or empty for everyone's
   * @param version MAP's version, for the feed's PRODID
   * @return the feed, UTF-8, CRLF line ends
   */
  public static byte[] bytes(MutualActionPlan plan, LocalDate asOf, Optional<StakeholderId> owner,
      String version) {
    Calendar calendar = calendar(plan, asOf, owner, version);
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    // iCal4j writes the unfolded content lines, each ending in CRLF; no value holds a raw line
    // break (FeedText turned them into \n escapes), so CRLF only ever ends a line.
    for (String line : calendar.toString().split("\r\n")) {
      ContentLines.write(line, out);
    }
    return out.toByteArray();
  }

  private static Calendar calendar(MutualActionPlan plan, LocalDate asOf,
      Optional<StakeholderId> owner, String version) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//mutualplan.io//MAP " + version + "//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", FeedText.value(plan.title())));
    Stamp stamp = new Stamp(plan.latestRevision().map(Revision::number).orElse(0),
        stampInstant(plan, asOf));
    for (Milestone milestone : plan.milestones()) {
      boolean owned = owner.isEmpty() || owner.equals(milestone.buyerOwner())
          || owner.equals(milestone.sellerOwner());
      Optional<LocalDate> date = milestone.isComplete() ? milestone.completed() : milestone.due();
      if (owned && date.isPresent()) {
        calendar.add(checked(milestoneEvent(plan, milestone, date.get(), stamp)));
      }
    }
    plan.outcome().ifPresent(outcome -> calendar.add(checked(outcomeEvent(plan, outcome, stamp))));
    return calendar;
  }

  /** DTSTAMP: the latest revision's instant, else createdOn at 00:00 UTC, else the as-of date's. */
  static Instant stampInstant(MutualActionPlan plan, LocalDate asOf) {
    return plan.latestRevision().map(Revision::at)
        .orElseGet(() -> plan.createdOn().orElse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** What every event of one feed shares: the revision number and the stamp. */
  private record Stamp(int sequence, Instant at) {}

  private static VEvent milestoneEvent(MutualActionPlan plan, Milestone milestone, LocalDate date,
      Stamp stamp) {
    VEvent event = event(milestoneUid(plan, milestone), date, stamp);
    String title = FeedText.value(milestone.title());
    event.add(new Summary(milestone.isComplete() ? "[Done] " + title : title));
    List<String> lines = new ArrayList<>();
    milestone.exitCriteria().ifPresent(criteria -> lines.add("Exit criteria: " + criteria));
    milestone.buyerOwner().flatMap(plan::stakeholder)
        .ifPresent(s -> lines.add("Buyer owner: " + s.name()));
    milestone.sellerOwner().flatMap(plan::stakeholder)
        .ifPresent(s -> lines.add("Seller owner: " + s.name()));
    lines.add("Status: " + status(milestone.status()));
    lines.add("Plan: " + plan.title());
    event.add(new Description(FeedText.value(String.join("\n", lines))));
    milestone.kind().ifPresent(kind -> event.add(new Categories(kind.spelling())));
    marks(event);
    for (Stakeholder owner : plan.owners(milestone)) {
      owner.email().flatMap(FeedCalendar::mailto).ifPresent(address -> {
        Attendee attendee = new Attendee(address);
        attendee.add(new Cn(FeedText.parameter(owner.name())));
        attendee.add(Role.REQ_PARTICIPANT);
        event.add(attendee);
      });
    }
    return event;
  }

  /**
   * A milestone event's UID before its {@code @mutualplan.io}: {@code <milestone id>.<plan id>},
   * but {@code outcome+milestone.<plan id>} for a milestone whose id is {@code outcome}, which
   * would otherwise have the outcome event's UID (and calendars would keep only one of the two).
   * No id holds a '+', so no other milestone can have that UID either.
   */
  private static String milestoneUid(MutualActionPlan plan, Milestone milestone) {
    String id = milestone.id().value();
    return (id.equals(OUTCOME) ? OUTCOME + "+milestone" : id) + "." + plan.id().value();
  }

  private static VEvent outcomeEvent(MutualActionPlan plan, Outcome outcome, Stamp stamp) {
    VEvent event = event(OUTCOME + "." + plan.id().value(), outcome.date(), stamp);
    String label = outcome.label().orElse("Outcome");
    event.add(new Summary(FeedText.value(label + " (" + plan.buyer().name() + ")")));
    List<String> lines = new ArrayList<>();
    lines.add("The outcome for " + plan.buyer().name() + ", which the plan " + plan.title()
        + " is built back from.");
    if (outcome.leadTimeDays() > 0) {
      lines.add("Lead time: " + Counts.days(plan, outcome.leadTimeDays())
          + " after the last step.");
    }
    outcome.setBy().flatMap(plan::stakeholder).ifPresent(s -> lines.add("Set by: " + s.name()));
    event.add(new Description(FeedText.value(String.join("\n", lines))));
    event.add(new Categories("outcome"));
    marks(event);
    return event;
  }

  /**
   * An all-day event: the day, and the next day as its exclusive end (DTEND); on 9999-12-31, whose
   * next day cannot be written in a DATE (four digits of year), a DURATION of one day instead,
   * which RFC 5545 allows in DTEND's place and which means the same day.
   */
  private static VEvent event(String uid, LocalDate day, Stamp stamp) {
    VEvent event = new VEvent(false); // false: no DTSTAMP of the clock's; the plan's stamp follows
    event.add(new Uid(uid + "@" + UID_DOMAIN));
    event.add(new DtStamp(stamp.at()));
    event.add(new Sequence(stamp.sequence()));
    event.add(new DtStart<>(day));
    if (day.equals(LAST_DATE)) {
      event.add(new Duration(Period.ofDays(1)));
    } else {
      event.add(new DtEnd<>(day.plusDays(1)));
    }
    return event;
  }

  /** Confirmed, and transparent: a marker on the calendar, not a busy block. */
  private static void marks(VEvent event) {
    event.add(ImmutableStatus.VEVENT_CONFIRMED);
    event.add(ImmutableTransp.TRANSPARENT);
  }

  private static String status(MilestoneStatus status) {
    return status.spelling().replace('-', ' ');
  }

  /** A {@code mailto:} address, or none when the email cannot be one. */
  private static Optional<URI> mailto(String email) {
    String address = FeedText.parameter(email).strip();
    if (address.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI("mailto", address, null));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Every event is checked against RFC 5545 before it is written: a failure is a bug here. */
  private static VEvent checked(VEvent event) {
    ValidationResult result;
    try {
      result = event.validate();
    } catch (ValidationException e) {
      throw new IllegalStateException("MAP made an invalid iCalendar event: " + e.getMessage(), e);
    }
    if (result.hasErrors()) {
      throw new IllegalStateException("MAP made an invalid iCalendar event: " + result);
    }
    return event;
  }
}

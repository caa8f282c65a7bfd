package io.mutualplan.ical;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.ical.internal.FeedCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A plan's dates as an iCalendar (RFC 5545) feed, for both sides' calendars: one all-day event
 * per milestone with a due date (or, once complete, its completion date) and one for the buyer's
 * outcome.
 *
 * <pre>{@code
 * byte[] ics = ICalendarFeed.standard().toBytes(plan, LocalDate.now(clock));
 * byte[] sarahs = ICalendarFeed.standard().forStakeholder(StakeholderId.of("sarah")).toBytes(plan, asOf);
 * }</pre>
 *
 * <p>Each event's UID is {@code <milestone id>.<plan id>@mutualplan.io} ({@code outcome.<plan
 * id>@mutualplan.io} for the outcome, and {@code outcome+milestone.<plan id>@mutualplan.io} for a
 * milestone whose id is {@code outcome}, which no other id can give as no id holds a '+'), the
 * same in every export, and its SEQUENCE is the plan's latest revision number, so a calendar
 * subscribed to the feed updates its events when the plan changes instead of adding new ones.
 * DTSTAMP is the latest revision's instant, else the plan's creation date at 00:00 UTC, else the
 * as-of date's. An event ends with DTEND, the day after its date, but for a date of 9999-12-31,
 * whose next day has no four-digit year: that event ends with {@code DURATION:P1D}, the same one
 * day in the other form RFC 5545 allows. Owners with an email are attendees; the others are named
 * in the event's description. Text is escaped and lines are folded at 75 octets
 * as RFC 5545 says, with CRLF line ends. The same plan, date and options give the same bytes.
 *
 * <p>A plan with nothing dated (no milestone with a date, no outcome), or one stakeholder's feed
 * when none of their milestones is dated and the plan has no outcome, gives a calendar without
 * events. RFC 5545 asks for at least one component, but the feed is a subscription that fills up
 * as the plan gets dates, and a placeholder event would show on every subscriber's calendar as if
 * it were a step of the plan.
 *
 * <p>A feed holds only its options and can be shared by any number of threads.
 */
public final class ICalendarFeed {
  private static final ICalendarFeed STANDARD = new ICalendarFeed(Optional.empty());

  private final Optional<StakeholderId> stakeholder;

  private ICalendarFeed(Optional<StakeholderId> stakeholder) {
    this.stakeholder = stakeholder;
  }

  /**
   * The feed of every dated milestone and the outcome.
   *
   * @return the standard feed
   */
  public static ICalendarFeed standard() {
    return STANDARD;
  }

  /**
   * The feed of one stakeholder: the milestones they own, on the buyer's or the seller's side,
   * and the outcome.
   *
   * @param id the stakeholder
   * @return the changed feed
   */
  public ICalendarFeed forStakeholder(StakeholderId id) {
    return new ICalendarFeed(Optional.of(Objects.requireNonNull(id, "id")));
  }

  /**
   * The stakeholder whose milestones the feed holds.
   *
   * @return the stakeholder, or empty for everyone's
   */
  public Optional<StakeholderId> stakeholder() {
    return stakeholder;
  }

  /**
   * The feed of a plan, as bytes.
   *
   * @param plan the plan
   * @param asOf today, for the DTSTAMP of a plan with no revision and no creation date
   * @return the feed: UTF-8 text, CRLF line ends
   * @throws IllegalArgumentException when the feed is for a stakeholder the plan does not have
   */
  public byte[] toBytes(MutualActionPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    stakeholder.ifPresent(id -> {
      if (plan.stakeholder(id).isEmpty()) {
        throw new IllegalArgumentException("the plan has no stakeholder '" + id
            + "'; its stakeholders are " + plan.stakeholders().stream()
                .map(s -> s.id() + " (" + s.name() + ")").collect(Collectors.joining(", ")));
      }
    });
    return FeedCalendar.bytes(plan, asOf, stakeholder, Version.VALUE);
  }

  /**
   * Writes the feed of a plan.
   *
   * @param plan the plan
   * @param asOf today, for the DTSTAMP of a plan with no revision and no creation date
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException when the feed is for a stakeholder the plan does not have
   * @throws UncheckedIOException when writing fails; its cause is the stream's {@code IOException}
   */
  public void write(MutualActionPlan plan, LocalDate asOf, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = toBytes(plan, asOf);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the iCalendar feed", e);
    }
  }

  /** MAP's version, from a resource Maven fills in, for the feed's PRODID. */
  private static final class Version {
    static final String VALUE = load();

    private static String load() {
      Properties properties = new Properties();
      try (InputStream in = ICalendarFeed.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read MAP's version", e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}

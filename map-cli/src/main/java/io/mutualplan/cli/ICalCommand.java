package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.ical.ICalendarFeed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code map ical}: the plan's dates as an iCalendar feed, for both sides' calendars. */
@Command(
    name = "ical",
    header = "Write the plan's dates as an iCalendar feed (.ics) that calendars can subscribe to.",
    description = {
      "One all-day event per milestone with a due date (or, once complete, on the day it was "
          + "completed), and one for the buyer's outcome. Each event keeps its identity in "
          + "every export, and a new revision of the plan updates them all, so subscribed "
          + "calendars move events instead of adding copies. Owners with an email are attendees.",
      "",
      "The events are stamped with the time of the plan's latest revision, else its creation "
          + "date; only a plan with neither is stamped with the --as-of date.",
      "",
      "Exit codes: 0 done; 2 bad usage, a plan that cannot be read or is invalid, an --owner the "
          + "plan does not have, or output that cannot be written; 3 internal error."
    })
final class ICalCommand extends PlanCommand {
  /** How many stakeholders a message lists when {@code --owner} names none of them. */
  private static final int LISTED = 10;

  @Option(
      names = "--owner",
      order = 2,
      paramLabel = "STAKEHOLDER",
      description = "Only the milestones this person owns (on either side), and the outcome: "
          + "a stakeholder's id, such as sarah, or their name.")
  private Optional<String> owner = Optional.empty();

  @Mixin private AsOfOption asOf;

  @Override
  public Integer call() {
    PlanSource source = source();
    MutualActionPlan plan = readPlan(source);
    ICalendarFeed feed = owner.isPresent()
        ? ICalendarFeed.standard().forStakeholder(stakeholder(source, plan, owner.get()))
        : ICalendarFeed.standard();
    LocalDate date = asOf.resolve(environment().clock());
    target().write(out -> feed.write(plan, date, out));
    return ExitCode.OK;
  }

  /** The stakeholder {@code --owner} names: by id, else by name (any case) when only one has it. */
  private static StakeholderId stakeholder(PlanSource source, MutualActionPlan plan, String given) {
    for (Stakeholder stakeholder : plan.stakeholders()) {
      if (stakeholder.id().value().equals(given)) {
        return stakeholder.id();
      }
    }
    String name = given.strip().toLowerCase(Locale.ROOT);
    List<Stakeholder> named = plan.stakeholders().stream()
        .filter(s -> s.name().strip().toLowerCase(Locale.ROOT).equals(name))
        .toList();
    if (named.size() == 1) {
      return named.get(0).id();
    }
    String people = plan.stakeholders().stream()
        .limit(LISTED)
        .map(s -> s.id() + " (" + s.name() + ")")
        .collect(Collectors.joining(", "))
        + (plan.stakeholders().size() > LISTED
            ? " and " + (plan.stakeholders().size() - LISTED) + " more" : "");
    throw new BadInputException(source.name() + ": " + (named.isEmpty()
        ? "--owner '" + given + "' is neither the id nor the name of a stakeholder of the plan"
        : "--owner '" + given + "' is the name of " + named.size() + " stakeholders; give the id "
            + "of the one you mean")
        + "; its stakeholders are " + (people.isEmpty() ? "none" : people));
  }
}

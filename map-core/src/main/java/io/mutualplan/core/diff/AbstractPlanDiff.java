package io.mutualplan.core.diff;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.internal.PlanStyle;
import io.mutualplan.core.schedule.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What changed between an older and a newer version of a plan: "we are about two weeks behind;
 * what shifted?" Milestones and stakeholders are matched by id.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(lastWeek, thisWeek);
 * for (MilestoneChange change : diff.milestones()) {
 *   System.out.println(change.id() + " " + change.type() + " " + change.changes());
 * }
 * diff.signOffsStale();   // [dan]: Dan agreed to a plan that has since changed
 * }</pre>
 *
 * <p>This compares the plans alone. Their schedules, scores and verdicts as of a date, and how
 * far the projected finish slipped, come with {@code io.mutualplan.rules.PlanComparison}.
 */
@Value.Immutable
@PlanStyle
abstract class AbstractPlanDiff {
  /**
   * The milestones that differ: those {@link ChangeType#ADDED added} and {@link ChangeType#CHANGED
   * changed} in the newer version's order, then those {@link ChangeType#REMOVED removed} in the
   * older version's order. Unchanged milestones are not listed.
   *
   * @return the milestone changes, possibly none
   */
  public abstract List<MilestoneChange> milestones();

  /**
   * The outcome's change, when its date or lead time changed, or it appeared or went away.
   *
   * @return the change, or empty when the outcome's date and lead time are the same
   */
  public abstract Optional<OutcomeChange> outcome();

  /**
   * The stakeholders who joined or left.
   *
   * @return the stakeholder changes
   */
  public abstract StakeholderChanges stakeholders();

  /**
   * The stakeholders who signed off the older version's latest revision, and whose latest sign-off
   * in the newer version is of an older revision than its latest one: they agreed to a plan that
   * has since changed. In the newer version's stakeholder order.
   *
   * @return their ids, possibly none
   */
  public abstract List<StakeholderId> signOffsStale();

  /**
   * The change of one milestone.
   *
   * @param id a milestone id
   * @return its change, or empty when the milestone is the same in both versions (or in neither)
   */
  public Optional<MilestoneChange> milestone(MilestoneId id) {
    for (MilestoneChange change : milestones()) {
      if (change.id().equals(id)) {
        return Optional.of(change);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether nothing this diff looks at changed.
   *
   * @return true when no milestone, stakeholder or outcome changed and no sign-off went stale
   */
  public boolean isEmpty() {
    return milestones().isEmpty() && outcome().isEmpty() && stakeholders().isEmpty()
        && signOffsStale().isEmpty();
  }

  /**
   * Compares two versions of a plan. Their ids are not compared: whether two plans are versions of
   * one plan is the caller's call.
   *
   * <p>Working days are counted in the newer version's calendar, the one its dates are now planned
   * in. The comparison is linear in the size of the two plans.
   *
   * @param older the earlier version, for example last week's
   * @param newer the later version, for example this week's
   * @return what changed
   */
  public static PlanDiff between(MutualActionPlan older, MutualActionPlan newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    WorkCalendar calendar = WorkCalendar.of(newer);
    PlanDiff.Builder diff = PlanDiff.builder();
    for (Milestone after : newer.milestones()) {
      Optional<Milestone> before = older.milestone(after.id());
      if (before.isEmpty()) {
        diff.addMilestone(MilestoneChange.builder().id(after.id()).type(ChangeType.ADDED).build());
        continue;
      }
      List<FieldChange<?>> changes = new ArrayList<>();
      for (MilestoneField<?> field : MilestoneField.all()) {
        compare(field, before.get(), after, calendar).ifPresent(changes::add);
      }
      if (!changes.isEmpty()) {
        diff.addMilestone(MilestoneChange.builder()
            .id(after.id()).type(ChangeType.CHANGED).changes(changes).build());
      }
    }
    for (Milestone before : older.milestones()) {
      if (newer.milestone(before.id()).isEmpty()) {
        diff.addMilestone(
            MilestoneChange.builder().id(before.id()).type(ChangeType.REMOVED).build());
      }
    }
    return diff
        .outcome(outcomeChange(older.outcome(), newer.outcome()))
        .stakeholders(stakeholderChanges(older, newer))
        .signOffsStale(signOffsStale(older, newer))
        .build();
  }

  private static <T> Optional<FieldChange<T>> compare(
      MilestoneField<T> field, Milestone before, Milestone after, WorkCalendar calendar) {
    Optional<T> from = field.valueIn(before);
    Optional<T> to = field.valueIn(after);
    if (from.equals(to)) {
      return Optional.empty();
    }
    OptionalLong workingDays = OptionalLong.empty();
    if (from.isPresent() && from.get() instanceof LocalDate fromDate
        && to.isPresent() && to.get() instanceof LocalDate toDate) {
      workingDays = OptionalLong.of(calendar.idx(toDate) - calendar.idx(fromDate));
    }
    return Optional.of(FieldChange.of(field, from, to, workingDays));
  }

  private static Optional<OutcomeChange> outcomeChange(
      Optional<Outcome> before, Optional<Outcome> after) {
    Optional<LocalDate> from = before.map(Outcome::date);
    Optional<LocalDate> to = after.map(Outcome::date);
    OptionalInt leadTimeFrom = leadTime(before);
    OptionalInt leadTimeTo = leadTime(after);
    if (from.equals(to) && leadTimeFrom.equals(leadTimeTo)) {
      return Optional.empty();
    }
    return Optional.of(OutcomeChange.builder()
        .from(from).to(to).leadTimeFrom(leadTimeFrom).leadTimeTo(leadTimeTo).build());
  }

  private static OptionalInt leadTime(Optional<Outcome> outcome) {
    return outcome.isPresent() ? OptionalInt.of(outcome.get().leadTimeDays()) : OptionalInt.empty();
  }

  private static StakeholderChanges stakeholderChanges(
      MutualActionPlan older, MutualActionPlan newer) {
    StakeholderChanges.Builder changes = StakeholderChanges.builder();
    for (Stakeholder person : newer.stakeholders()) {
      if (older.stakeholder(person.id()).isEmpty()) {
        changes.addAdded(person.id());
      }
    }
    for (Stakeholder person : older.stakeholders()) {
      if (newer.stakeholder(person.id()).isEmpty()) {
        changes.addRemoved(person.id());
      }
    }
    return changes.build();
  }

  /**
   * Who signed off the older version's latest revision and has signed no revision of the newer
   * version as recent as its latest one. A stakeholder with no sign-off left in the newer version
   * counts: their agreement does not cover it.
   */
  private static List<StakeholderId> signOffsStale(
      MutualActionPlan older, MutualActionPlan newer) {
    Optional<Revision> olderLatest = older.latestRevision();
    Optional<Revision> newerLatest = newer.latestRevision();
    if (olderLatest.isEmpty() || newerLatest.isEmpty()) {
      return List.of();
    }
    int agreed = olderLatest.get().number();
    Set<StakeholderId> signedOlderLatest = new HashSet<>();
    for (SignOff signOff : older.signOffs()) {
      if (signOff.revision() == agreed) {
        signedOlderLatest.add(signOff.by());
      }
    }
    if (signedOlderLatest.isEmpty()) {
      return List.of();
    }
    Map<StakeholderId, Integer> latestSigned = new HashMap<>();
    for (SignOff signOff : newer.signOffs()) {
      latestSigned.merge(signOff.by(), signOff.revision(), Math::max);
    }
    int current = newerLatest.get().number();
    List<StakeholderId> stale = new ArrayList<>();
    for (Stakeholder person : newer.stakeholders()) {
      if (signedOlderLatest.contains(person.id())
          && latestSigned.getOrDefault(person.id(), 0) < current) {
        stale.add(person.id());
      }
    }
    return stale;
  }
}

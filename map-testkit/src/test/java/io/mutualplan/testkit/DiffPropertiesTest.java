package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.diff.ChangeType;
import io.mutualplan.core.diff.FieldChange;
import io.mutualplan.core.diff.MilestoneChange;
import io.mutualplan.core.diff.PlanDiff;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.testkit.internal.Draw;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Properties of the plan diff (diff.md) on generated plans, each checked against an oracle of its
 * own: a field-by-field comparison written out here with the milestones' accessors, a model of
 * the changes applied, and a day-by-day count of working days.
 */
class DiffPropertiesTest {
  private static final LocalDate AS_OF = ValidPlanGenerator.DEFAULT_ANCHOR;

  static PlanGenerator plans() {
    return PlanGenerators.validPlans().milestones(0, 12);
  }

  /** Plans of two to twelve milestones in a chain: every one has a dependency to turn round. */
  static PlanGenerator chains() {
    return PlanGenerators.validPlans().milestones(2, 12).shape(GraphShape.CHAIN);
  }

  /** Invariant: a plan compared with itself, or with an equal copy, has no change at all. */
  @PlanProperty(cases = 300, generator = "plans")
  void aPlanComparedWithItselfHasNoChange(MutualActionPlan plan) {
    MutualActionPlan copy = MutualActionPlan.builder().from(plan).build();

    assertThat(PlanDiff.between(plan, plan).isEmpty()).isTrue();
    assertThat(PlanDiff.between(plan, copy).isEmpty()).isTrue();
  }

  /**
   * Invariant: after random edits of random milestones (some of which change nothing, such as
   * listing the dependencies in another order or writing a default out), the diff lists exactly
   * the milestones whose compared fields differ, each with exactly those fields, in the spec's
   * order; and a date that moved moved by the working days a day-by-day count of the newer plan's
   * calendar finds.
   */
  @PlanProperty(cases = 300, generator = "plans")
  void theDiffListsExactlyTheMilestonesWhoseFieldsDiffer(
      MutualActionPlan older, RandomGenerator random) {
    MutualActionPlan newer = edited(older, new Draw(random));

    PlanDiff diff = PlanDiff.between(older, newer);

    Map<MilestoneId, List<String>> expected = new LinkedHashMap<>();
    for (Milestone after : newer.milestones()) {
      List<String> fields = differingFields(older.milestone(after.id()).orElseThrow(), after);
      if (!fields.isEmpty()) {
        expected.put(after.id(), fields);
      }
    }
    Map<MilestoneId, List<String>> reported = new LinkedHashMap<>();
    for (MilestoneChange change : diff.milestones()) {
      assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
      List<String> fields = new ArrayList<>();
      for (FieldChange<?> fieldChange : change.changes()) {
        fields.add(fieldChange.field().name());
        if (fieldChange.field().isDate() && fieldChange.from().isPresent()
            && fieldChange.to().isPresent()) {
          assertThat(fieldChange.workingDays().getAsLong()).as(change.id() + " " + fieldChange)
              .isEqualTo(workingDaysCounted(newer, (LocalDate) fieldChange.from().get(),
                  (LocalDate) fieldChange.to().get()));
        } else {
          assertThat(fieldChange.workingDays()).isEmpty();
        }
      }
      reported.put(change.id(), fields);
    }
    assertThat(reported).isEqualTo(expected);
  }

  /**
   * Invariant: a sequence of changes made with the plan's own change functions (moving a due
   * date, completing a milestone, adding one, removing one) is reported change for change, as a
   * model of those changes expects it: every milestone added and not removed again is added, every
   * milestone of the first plan removed is removed, and every other one changed exactly in the
   * due, baseline, status and completion its changes left different.
   */
  @PlanProperty(cases = 300, generator = "plans")
  void aSequenceOfChangesIsReportedChangeForChange(
      MutualActionPlan older, RandomGenerator random) {
    Draw draw = new Draw(random);
    Map<MilestoneId, Model> model = new LinkedHashMap<>();
    for (Milestone milestone : older.milestones()) {
      model.put(milestone.id(), Model.of(milestone));
    }
    Set<MilestoneId> added = new HashSet<>();
    MutualActionPlan newer = older;
    int steps = draw.between(1, 8);
    for (int step = 0; step < steps; step++) {
      newer = applyOneChange(newer, draw, model, added, step);
    }

    PlanDiff diff = PlanDiff.between(older, newer);

    List<String> expected = new ArrayList<>();
    for (Milestone milestone : newer.milestones()) {
      if (added.contains(milestone.id())) {
        expected.add(milestone.id() + " added");
        continue;
      }
      List<String> fields = model.get(milestone.id()).differencesFrom(
          older.milestone(milestone.id()).orElseThrow());
      if (!fields.isEmpty()) {
        expected.add(milestone.id() + " changed " + fields);
      }
    }
    for (Milestone milestone : older.milestones()) {
      if (newer.milestone(milestone.id()).isEmpty()) {
        expected.add(milestone.id() + " removed");
      }
    }
    List<String> reported = new ArrayList<>();
    for (MilestoneChange change : diff.milestones()) {
      reported.add(change.id() + " " + change.type()
          + (change.type() == ChangeType.CHANGED ? " " + names(change) : ""));
    }
    assertThat(reported).isEqualTo(expected);
  }

  /**
   * Invariant: when either version has a dependency cycle, its milestone changes are still
   * reported (the same as the plans' diff alone), that side's schedule fields are empty, the other
   * side's are not, and there is no finish slip.
   */
  @PlanProperty(cases = 150, generator = "chains")
  void aCycleInEitherPlanKeepsTheChangesAndEmptiesThatSidesSchedule(
      MutualActionPlan plan, RandomGenerator random) {
    Optional<MutualActionPlan> found = withCycle(plan, new Draw(random));
    org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(), "a plan with a dependency");
    MutualActionPlan cycle = found.get();
    org.junit.jupiter.api.Assumptions.assumeTrue(hasSchedule(plan), "a plan in the date range");

    PlanComparison forwards = PlanComparison.compare(plan, cycle, AS_OF);
    PlanComparison backwards = PlanComparison.compare(cycle, plan, AS_OF);

    assertThat(forwards.changes()).isEqualTo(PlanDiff.between(plan, cycle));
    assertThat(forwards.changes().milestones()).isNotEmpty();
    assertThat(backwards.changes()).isEqualTo(PlanDiff.between(cycle, plan));
    assertThat(forwards.from().hasSchedule()).isTrue();
    assertThat(forwards.to().hasSchedule()).isFalse();
    assertThat(forwards.to().deadline()).isEmpty();
    assertThat(forwards.to().projectedFinish()).isEmpty();
    assertThat(forwards.to().criticalPath()).isEmpty();
    assertThat(backwards.from().hasSchedule()).isFalse();
    assertThat(backwards.to().hasSchedule()).isTrue();
    assertThat(forwards.finishSlipDays()).isEmpty();
    assertThat(backwards.finishSlipDays()).isEmpty();
  }

  // ---- the oracle: the spec's fields, compared with the milestones' own accessors ----------

  private static List<String> differingFields(Milestone before, Milestone after) {
    List<String> fields = new ArrayList<>();
    differs(fields, "title", before.title(), after.title());
    differs(fields, "kind", before.kind(), after.kind());
    differs(fields, "buyerOwner", before.buyerOwner(), after.buyerOwner());
    differs(fields, "sellerOwner", before.sellerOwner(), after.sellerOwner());
    differs(fields, "due", before.due(), after.due());
    differs(fields, "baselineDue", before.baselineDue(), after.baselineDue());
    differs(fields, "durationDays", before.durationDays(), after.durationDays());
    differs(fields, "estimate", before.estimate(), after.estimate());
    differs(fields, "exitCriteria", before.exitCriteria(), after.exitCriteria());
    differs(fields, "status", before.status(), after.status());
    differs(fields, "started", before.started(), after.started());
    differs(fields, "completed", before.completed(), after.completed());
    differs(fields, "dependsOn", linkSet(before), linkSet(after));
    differs(fields, "atRisk", before.atRisk(), after.atRisk());
    differs(fields, "notes", before.notes(), after.notes());
    return fields;
  }

  private static void differs(List<String> fields, String name, Object before, Object after) {
    if (!before.equals(after)) {
      fields.add(name);
    }
  }

  /** A milestone's dependencies as a set of (predecessor, type, lag): what the spec compares. */
  private static Set<String> linkSet(Milestone milestone) {
    Set<String> links = new HashSet<>();
    for (Dependency dependency : milestone.dependsOn()) {
      links.add(dependency.milestone() + " " + dependency.type() + " " + dependency.lagDays());
    }
    return links;
  }

  /** {@code idx(to) - idx(from)} counted a day at a time in the plan's calendar. */
  private static long workingDaysCounted(MutualActionPlan plan, LocalDate from, LocalDate to) {
    Set<DayOfWeek> weekdays = plan.calendar().map(CalendarSettings::workingDays)
        .map(days -> days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days))
        .orElse(EnumSet.allOf(DayOfWeek.class));
    Set<LocalDate> holidays = new HashSet<>(
        plan.calendar().map(CalendarSettings::holidays).orElse(List.of()));
    LocalDate start = from.isBefore(to) ? from : to;
    LocalDate end = from.isBefore(to) ? to : from;
    long count = 0;
    for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
      if (weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day)) {
        count++;
      }
    }
    return from.isBefore(to) ? count : -count;
  }

  // ---- random edits ------------------------------------------------------------------------

  /**
   * The plan with random fields of random milestones edited, some edits changing nothing (also
   * used by {@link DiffDocumentPropertiesTest}).
   */
  static MutualActionPlan edited(MutualActionPlan plan, Draw draw) {
    List<StakeholderId> buyers = new ArrayList<>();
    List<StakeholderId> sellers = new ArrayList<>();
    for (Stakeholder person : plan.stakeholders()) {
      (person.side() == Side.BUYER ? buyers : sellers).add(person.id());
    }
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone milestone : plan.milestones()) {
      Milestone edited = milestone;
      int edits = draw.chance(0.5) ? 0 : draw.between(1, 4);
      for (int e = 0; e < edits; e++) {
        edited = editOneField(edited, draw, buyers, sellers);
      }
      milestones.add(edited);
    }
    return plan.withMilestones(milestones);
  }

  private static Milestone editOneField(
      Milestone m, Draw draw, List<StakeholderId> buyers, List<StakeholderId> sellers) {
    switch (draw.between(0, 13)) {
      case 0:
        return m.withTitle(draw.chance(0.3) ? m.title() : m.title() + " (revised)");
      case 1:
        return m.withKind(draw.chance(0.3) ? Optional.empty()
            : Optional.of(draw.pick(MilestoneKind.values())));
      case 2:
        return buyers.isEmpty() ? m : m.withBuyerOwner(draw.chance(0.3)
            ? Optional.empty() : Optional.of(draw.pick(buyers)));
      case 3:
        return sellers.isEmpty() ? m : m.withSellerOwner(draw.chance(0.3)
            ? Optional.empty() : Optional.of(draw.pick(sellers)));
      case 4:
        return m.withDue(draw.chance(0.2) ? Optional.empty()
            : Optional.of(AS_OF.plusDays(draw.between(-40, 90))));
      case 5:
        return m.withBaselineDue(draw.chance(0.2) ? Optional.empty()
            : Optional.of(AS_OF.plusDays(draw.between(-40, 90))));
      case 6:
        return m.withDurationDays(draw.chance(0.2)
            ? OptionalInt.empty() : OptionalInt.of(draw.between(0, 20)));
      case 7: {
        int optimistic = draw.between(0, 10);
        int likely = optimistic + draw.between(0, 10);
        return m.withEstimate(draw.chance(0.2) ? Optional.empty()
            : Optional.of(Estimate.of(optimistic, likely, likely + draw.between(0, 10))));
      }
      case 8:
        return m.withExitCriteria(draw.chance(0.3) ? Optional.empty()
            : Optional.of("Signed approval " + draw.between(1, 3)));
      case 9:
        // Writing the defaults out changes nothing; flipping atRisk does.
        return draw.chance(0.5) ? m.withAtRisk(m.atRisk()).withStatus(m.status())
            : m.withAtRisk(!m.atRisk());
      case 10:
        return m.withNotes(draw.chance(0.3) ? Optional.empty()
            : Optional.of("Note " + draw.between(1, 3)));
      case 11: {
        // The same links in another order, some written out in full: no change.
        List<Dependency> links = new ArrayList<>();
        for (Dependency dependency : m.dependsOn()) {
          links.add(0, Dependency.builder().milestone(dependency.milestone())
              .type(dependency.type()).lagDays(dependency.lagDays()).build());
        }
        return m.withDependsOn(links);
      }
      case 12: {
        // One link's type or lag changed, when there is one.
        if (m.dependsOn().isEmpty()) {
          return m;
        }
        List<Dependency> links = new ArrayList<>(m.dependsOn());
        int i = draw.between(0, links.size() - 1);
        links.set(i, links.get(i).withType(draw.pick(DependencyType.values()))
            .withLagDays(draw.between(-3, 3)));
        return m.withDependsOn(links);
      }
      default:
        if (m.isComplete()) {
          return m;
        }
        MilestoneStatus status = draw.pick(List.of(MilestoneStatus.NOT_STARTED,
            MilestoneStatus.SCHEDULED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.BLOCKED));
        return m.withStatus(status);
    }
  }

  // ---- a sequence of the plan's own changes, and the model of what they do ---------------------

  /** What the changes of the sequence leave a milestone with. */
  private static final class Model {
    Optional<LocalDate> due;
    Optional<LocalDate> baselineDue;
    MilestoneStatus status;
    Optional<LocalDate> completed;

    static Model of(Milestone milestone) {
      Model model = new Model();
      model.due = milestone.due();
      model.baselineDue = milestone.baselineDue();
      model.status = milestone.status();
      model.completed = milestone.completed();
      return model;
    }

    List<String> differencesFrom(Milestone first) {
      List<String> fields = new ArrayList<>();
      differs(fields, "due", first.due(), due);
      differs(fields, "baselineDue", first.baselineDue(), baselineDue);
      differs(fields, "status", first.status(), status);
      differs(fields, "completed", first.completed(), completed);
      return fields;
    }
  }

  private static MutualActionPlan applyOneChange(MutualActionPlan plan, Draw draw,
      Map<MilestoneId, Model> model, Set<MilestoneId> added, int step) {
    List<Milestone> open = new ArrayList<>();
    for (Milestone milestone : plan.milestones()) {
      if (!milestone.isComplete()) {
        open.add(milestone);
      }
    }
    int kind = draw.between(0, 3);
    if (kind == 0 && !open.isEmpty()) {
      Milestone milestone = draw.pick(open);
      LocalDate due = AS_OF.plusDays(draw.between(-20, 60));
      Model expected = model.get(milestone.id());
      if (expected.baselineDue.isEmpty() && expected.due.isPresent()) {
        expected.baselineDue = expected.due;
      }
      expected.due = Optional.of(due);
      return plan.moveDue(milestone.id(), due);
    }
    if (kind == 1 && !open.isEmpty()) {
      Milestone milestone = draw.pick(open);
      LocalDate on = milestone.started().orElse(AS_OF).plusDays(draw.between(0, 10));
      Model expected = model.get(milestone.id());
      expected.status = MilestoneStatus.COMPLETE;
      expected.completed = Optional.of(on);
      return plan.completeMilestone(milestone.id(), on);
    }
    if (kind == 2) {
      MilestoneId id = MilestoneId.of("added-" + step);
      Milestone.Builder milestone = Milestone.builder().id(id).title("Added step " + step);
      if (!plan.milestones().isEmpty() && draw.chance(0.5)) {
        milestone.addDependsOn(Dependency.on(draw.pick(plan.milestones()).id()));
      }
      Milestone built = milestone.build();
      added.add(id);
      model.put(id, Model.of(built));
      List<Milestone> milestones = new ArrayList<>(plan.milestones());
      milestones.add(draw.between(0, milestones.size()), built);
      return plan.withMilestones(milestones);
    }
    // Remove a milestone nothing depends on.
    Map<MilestoneId, Integer> dependents = new HashMap<>();
    for (Milestone milestone : plan.milestones()) {
      for (Dependency dependency : milestone.dependsOn()) {
        dependents.merge(dependency.milestone(), 1, Integer::sum);
      }
    }
    List<Milestone> removable = new ArrayList<>();
    for (Milestone milestone : plan.milestones()) {
      if (!dependents.containsKey(milestone.id())) {
        removable.add(milestone);
      }
    }
    if (removable.isEmpty()) {
      return plan;
    }
    Milestone removed = draw.pick(removable);
    added.remove(removed.id());
    model.remove(removed.id());
    List<Milestone> milestones = new ArrayList<>(plan.milestones());
    milestones.remove(removed);
    return plan.withMilestones(milestones);
  }

  private static String names(MilestoneChange change) {
    List<String> names = new ArrayList<>();
    for (FieldChange<?> fieldChange : change.changes()) {
      names.add(fieldChange.field().name());
    }
    return names.toString();
  }

  // ---- cycles ----------------------------------------------------------------------------

  /** The plan with one dependency turned back on a milestone's own predecessor chain. */
  private static Optional<MutualActionPlan> withCycle(MutualActionPlan plan, Draw draw) {
    List<Milestone> milestones = plan.milestones();
    List<Integer> withLinks = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      if (!milestones.get(i).dependsOn().isEmpty()) {
        withLinks.add(i);
      }
    }
    if (withLinks.isEmpty()) {
      return Optional.empty();
    }
    int successor = draw.pick(withLinks);
    Milestone after = milestones.get(successor);
    MilestoneId predecessor = draw.pick(after.dependsOn()).milestone();
    int p = plan.indexOf(predecessor).orElseThrow();
    Milestone before = milestones.get(p);
    // The predecessor now also waits for its successor: the two wait for each other.
    List<Dependency> links = new ArrayList<>(before.dependsOn());
    links.add(Dependency.on(after.id()));
    List<Milestone> changed = new ArrayList<>(milestones);
    changed.set(p, before.withDependsOn(links));
    MutualActionPlan cycle = plan.withMilestones(changed);
    assertThat(Scheduler.findCycle(cycle)).isPresent();
    return Optional.of(cycle);
  }

  private static boolean hasSchedule(MutualActionPlan plan) {
    return PlanComparison.compare(plan, plan, AS_OF).from().hasSchedule();
  }
}

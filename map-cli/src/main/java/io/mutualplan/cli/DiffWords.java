package io.mutualplan.cli;

import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Counts;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import io.mutualplan.core.diff.ChangeType;
import io.mutualplan.core.diff.FieldChange;
import io.mutualplan.core.diff.MilestoneChange;
import io.mutualplan.core.diff.MilestoneField;
import io.mutualplan.core.diff.OutcomeChange;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.PlanStanding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * How {@code map diff} says what shifted, in words both its text and its markdown use: the
 * answer to the weekly question in one sentence ("Projected finish 2027-01-15 -> 2027-01-25 (+10
 * days): legal now takes 38 days instead of 28; Dan Ortiz signed revision 3, the plan is at
 * revision 4."), and each changed value as a person reads it.
 *
 * <p>Every text that comes from a plan (names, titles, notes) passes through the {@code safe}
 * function the renderer gives: {@link DisplayText#line} for a terminal, {@link MarkdownText#cell}
 * for markdown. Milestone ids need nothing: the format allows no character that could harm.
 */
final class DiffWords {
  /** The changes the sentence names before it counts the rest. */
  private static final int MAX_NAMED = 3;

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("buyerOwner", "buyer owner"),
      Map.entry("sellerOwner", "seller owner"),
      Map.entry("baselineDue", "baseline due"),
      Map.entry("durationDays", "duration"),
      Map.entry("exitCriteria", "exit criteria"),
      Map.entry("dependsOn", "depends on"),
      Map.entry("atRisk", "at risk"));

  private static final String NONE = "none";
  private static final int MAX_TEXT = 60;

  private final MutualActionPlan older;
  private final MutualActionPlan newer;
  private final PlanComparison comparison;
  private final UnaryOperator<String> safe;

  DiffWords(MutualActionPlan older, MutualActionPlan newer, PlanComparison comparison,
      UnaryOperator<String> safe) {
    this.older = older;
    this.newer = newer;
    this.comparison = comparison;
    this.safe = safe;
  }

  // ---- the sentence ------------------------------------------------------------------------

  /** The answer to "what shifted?" in one sentence, ending with a full stop. */
  String headline() {
    if (comparison.changes().isEmpty()
        && comparison.finishSlipDays().equals(OptionalLong.of(0))) {
      return "Nothing shifted: no milestone, person or outcome date changed, and the projected"
          + " finish is " + comparison.to().projectedFinish().orElseThrow() + " in both.";
    }
    List<String> clauses = new ArrayList<>();
    List<String> causes = causes();
    if (!causes.isEmpty()) {
      clauses.add(String.join("; ", causes));
    }
    staleSignOffs().ifPresent(clauses::add);
    String finish = finish();
    return clauses.isEmpty() ? finish + "." : finish + ": " + String.join("; ", clauses) + ".";
  }

  /** The projected finish before and after, and by how much it moved. */
  private String finish() {
    Optional<LocalDate> from = comparison.from().projectedFinish();
    Optional<LocalDate> to = comparison.to().projectedFinish();
    if (from.isPresent() && to.isPresent()) {
      if (from.equals(to)) {
        return "Projected finish unchanged at " + to.get();
      }
      return "Projected finish " + from.get() + " -> " + to.get() + " ("
          + PlanWords.signedDays(newer, comparison.finishSlipDays().getAsLong()) + ")";
    }
    String before = from.map(LocalDate::toString).orElse(NONE);
    String after = to.map(LocalDate::toString).orElse(NONE);
    List<String> why = new ArrayList<>();
    if (from.isEmpty()) {
      why.add(noFinish("older", older, comparison.from()));
    }
    if (to.isEmpty()) {
      why.add(noFinish("newer", newer, comparison.to()));
    }
    return "Projected finish " + before + " -> " + after + " (" + String.join(", ", why) + ")";
  }

  /** Why a version has no projected finish. */
  static String noFinish(String version, MutualActionPlan plan, PlanStanding standing) {
    if (standing.hasSchedule()) {
      return "the " + version + " version has no milestones";
    }
    return Scheduler.findCycle(plan).isPresent()
        ? "the " + version + " version's dependencies go round in a circle"
        : "the " + version + " version's dates would run past the calendar";
  }

  /**
   * The milestone changes, those on either critical path first (they explain the finish), the
   * first few named, the rest counted.
   */
  private List<String> causes() {
    List<MilestoneChange> all = comparison.changes().milestones();
    List<MilestoneChange> ordered = new ArrayList<>(all.size());
    for (MilestoneChange change : all) {
      if (onPath(comparison.from(), change.id()) || onPath(comparison.to(), change.id())) {
        ordered.add(change);
      }
    }
    for (MilestoneChange change : all) {
      if (!onPath(comparison.from(), change.id()) && !onPath(comparison.to(), change.id())) {
        ordered.add(change);
      }
    }
    List<String> causes = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_NAMED, ordered.size()); i++) {
      causes.add(cause(ordered.get(i)));
    }
    int rest = all.size() - causes.size();
    if (rest > 0) {
      causes.add(Counts.of(rest, "more milestone change", "more milestone changes"));
    }
    return causes;
  }

  private String cause(MilestoneChange change) {
    String id = change.id().value();
    String cause;
    if (change.type() == ChangeType.ADDED) {
      cause = id + " was added";
    } else if (change.type() == ChangeType.REMOVED) {
      return id + " was removed";
    } else {
      cause = telling(change);
    }
    boolean before = onPath(comparison.from(), change.id());
    boolean after = onPath(comparison.to(), change.id());
    if (after && !before) {
      cause += change.type() == ChangeType.ADDED
          ? " on the critical path" : " and is now on the critical path";
    } else if (before && !after && comparison.to().criticalPath().isPresent()) {
      cause += " and is no longer on the critical path";
    }
    return cause;
  }

  /**
   * The change of a milestone that says the most about its dates, in a few words: what moves its
   * schedule (its duration, its dependencies, its status), with its due date's move when it has
   * one; else the due date's move; else an owner's change; else the first field that changed.
   */
  private String telling(MilestoneChange change) {
    String id = change.id().value();
    Optional<String> schedule = scheduleFact(change);
    Optional<FieldChange<LocalDate>> due = change.fieldChange(MilestoneField.DUE);
    if (schedule.isPresent()) {
      String moved = due.isPresent() && due.get().workingDays().isPresent()
          ? " (due " + due.get().from().get() + " -> " + due.get().to().get() + ", "
              + PlanWords.signed(due.get().workingDays().getAsLong()) + ")"
          : "";
      return id + " " + schedule.get() + moved;
    }
    if (due.isPresent()) {
      Optional<LocalDate> from = due.get().from();
      Optional<LocalDate> to = due.get().to();
      if (from.isPresent() && to.isPresent()) {
        return id + " moved from " + from.get() + " to " + to.get() + " ("
            + PlanWords.signed(due.get().workingDays().getAsLong()) + ")";
      }
      return to.isPresent() ? id + " is now due " + to.get() : id + " lost its due date";
    }
    for (MilestoneField<?> owner :
        List.of(MilestoneField.BUYER_OWNER, MilestoneField.SELLER_OWNER)) {
      Optional<? extends FieldChange<?>> found = change.fieldChange(owner);
      if (found.isPresent()) {
        return id + "'s " + label(owner) + " is now " + to(found.get()) + " instead of "
            + from(found.get());
      }
    }
    return id + "'s " + label(change.changes().get(0).field()) + " changed";
  }

  /** What changed a milestone's schedule: its duration, its dependencies or its status. */
  private Optional<String> scheduleFact(MilestoneChange change) {
    Optional<FieldChange<Integer>> duration = change.fieldChange(MilestoneField.DURATION_DAYS);
    if (duration.isPresent() && duration.get().from().isPresent()
        && duration.get().to().isPresent()) {
      return Optional.of("now takes " + Counts.days(newer, duration.get().to().get())
          + " instead of " + duration.get().from().get());
    }
    Optional<FieldChange<Estimate>> estimate =
        change.fieldChange(MilestoneField.ESTIMATE);
    boolean estimateSetsDuration = newer.milestone(change.id())
        .map(m -> m.durationDays().isEmpty()).orElse(false);
    if (estimate.isPresent() && estimateSetsDuration && estimate.get().from().isPresent()
        && estimate.get().to().isPresent()
        && estimate.get().from().get().likely() != estimate.get().to().get().likely()) {
      return Optional.of("is now likely to take "
          + Counts.days(newer, estimate.get().to().get().likely()) + " instead of "
          + estimate.get().from().get().likely());
    }
    Optional<FieldChange<List<Dependency>>> links =
        change.fieldChange(MilestoneField.DEPENDS_ON);
    if (links.isPresent()) {
      return Optional.of(links.get().to().isPresent()
          ? "now waits for " + value(links.get().to(), newer)
          : "no longer waits for anything");
    }
    Optional<FieldChange<MilestoneStatus>> status = change.fieldChange(MilestoneField.STATUS);
    return status.map(s -> "is now " + value(s.to(), newer));
  }

  private static boolean onPath(PlanStanding standing, MilestoneId id) {
    return standing.criticalPath().map(path -> path.contains(id)).orElse(false);
  }

  /**
   * The people who agreed to a revision the plan has moved past: "Dan Ortiz signed revision 3,
   * the plan is at revision 4".
   */
  Optional<String> staleSignOffs() {
    List<StakeholderId> stale = comparison.changes().signOffsStale();
    OptionalInt current = comparison.to().latestRevision();
    if (stale.isEmpty() || current.isEmpty()) {
      return Optional.empty();
    }
    List<String> who = new ArrayList<>();
    for (StakeholderId id : stale) {
      String name = name(newer, id);
      OptionalInt signed = latestSigned(newer, id);
      who.add(signed.isPresent()
          ? name + " signed revision " + signed.getAsInt()
          : name + " signed revision " + comparison.from().latestRevision().getAsInt()
              + " (no sign-off is left in the newer version)");
    }
    return Optional.of(String.join(", ", who) + (who.size() == 1 ? "," : ";")
        + " the plan is at revision " + current.getAsInt());
  }

  private static OptionalInt latestSigned(MutualActionPlan plan, StakeholderId id) {
    OptionalInt latest = OptionalInt.empty();
    for (SignOff signOff : plan.signOffs()) {
      if (signOff.by().equals(id)
          && (latest.isEmpty() || signOff.revision() > latest.getAsInt())) {
        latest = OptionalInt.of(signOff.revision());
      }
    }
    return latest;
  }

  // ---- values ------------------------------------------------------------------------------

  /** A field as people say it: {@code buyerOwner} is "buyer owner". */
  static String label(MilestoneField<?> field) {
    return LABELS.getOrDefault(field.name(), field.name());
  }

  /**
   * A value of a field as people read it, in the plan it comes from (an owner is named as that
   * plan names them): dates as dates, owners by name, statuses and kinds in words, durations in
   * days, texts in quotes (shortened), "none" when there is none.
   */
  private String value(Optional<?> value, MutualActionPlan plan) {
    if (value.isEmpty()) {
      return NONE;
    }
    Object v = value.get();
    if (v instanceof StakeholderId id) {
      return name(plan, id);
    }
    if (v instanceof MilestoneStatus status) {
      return PlanWords.words(status.spelling());
    }
    if (v instanceof MilestoneKind kind) {
      return PlanWords.words(kind.spelling());
    }
    if (v instanceof Integer days) {
      return Counts.days(plan, days);
    }
    if (v instanceof Estimate estimate) {
      return estimate.optimistic() + "/" + estimate.likely() + "/"
          + Counts.days(plan, estimate.pessimistic()) + " (optimistic/likely/pessimistic)";
    }
    if (v instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    if (v instanceof String text) {
      return "\"" + safe.apply(PlanWords.shortened(text, MAX_TEXT)) + "\"";
    }
    if (v instanceof List<?> dependencies) {
      List<String> links = new ArrayList<>();
      for (Object link : dependencies) {
        links.add(link((Dependency) link));
      }
      return String.join(", ", links);
    }
    return v.toString(); // a date
  }

  /** A dependency: its milestone, and its type and lag when it is not the plain "after". */
  private static String link(Dependency dependency) {
    if (dependency.isPlain()) {
      return dependency.milestone().value();
    }
    String type = dependency.type() == DependencyType.FINISH_TO_START
        ? "" : dependency.type().spelling();
    String lag = dependency.lagDays() == 0 ? "" : "lag " + dependency.lagDays();
    String details = type.isEmpty() ? lag : lag.isEmpty() ? type : type + ", " + lag;
    return dependency.milestone().value() + " (" + details + ")";
  }

  /** A field's change, "2027-01-22 -> 2027-02-05 (+14)". */
  String change(FieldChange<?> change) {
    return from(change) + " -> " + to(change);
  }

  /**
   * A field's value before the change, as the older version has it; an owner with their id when
   * the two names read the same ({@link #namesReadTheSame}).
   */
  String from(FieldChange<?> change) {
    String from = value(change.from(), older);
    return namesReadTheSame(change) ? from + " (" + change.from().get() + ")" : from;
  }

  /**
   * A field's value after the change, with the working days a date moved: "2027-02-05 (+14)"; an
   * owner with their id when the two names read the same ({@link #namesReadTheSame}).
   */
  String to(FieldChange<?> change) {
    String to = value(change.to(), newer);
    if (namesReadTheSame(change)) {
      return to + " (" + change.to().get() + ")";
    }
    return change.workingDays().isPresent()
        ? to + " (" + PlanWords.signed(change.workingDays().getAsLong()) + ")"
        : to;
  }

  /**
   * Whether an owner's change would read as no change, "Lena Park instead of Lena Park": another
   * person with the same name (an import made {@code lena-park} for the existing {@code lena}),
   * or a name that differs only by white space, which markdown shows as one space and a terminal
   * barely shows. Such a change names the ids too.
   */
  private boolean namesReadTheSame(FieldChange<?> change) {
    if (change.from().isEmpty() || change.to().isEmpty()
        || !(change.from().get() instanceof StakeholderId from)
        || !(change.to().get() instanceof StakeholderId to)) {
      return false;
    }
    return readAs(older, from).equals(readAs(newer, to));
  }

  /**
   * A person's name as a reader sees it: made safe, each run of white space (with the Unicode
   * spaces, {@code \p{Zs}}, such as the no-break space) one space, none at either end.
   */
  private String readAs(MutualActionPlan plan, StakeholderId id) {
    return Texts.singleSpaced(name(plan, id));
  }

  /** A person by name in a plan that has them, made safe. */
  private String name(MutualActionPlan plan, StakeholderId id) {
    return safe.apply(PlanWords.name(plan, Optional.of(id)).orElseThrow());
  }

  /** The outcome's change: "2027-03-01 -> 2027-03-15, lead time 21 days". */
  String outcome(OutcomeChange change) {
    String dates = change.from().map(LocalDate::toString).orElse(NONE) + " -> "
        + change.to().map(LocalDate::toString).orElse(NONE);
    OptionalInt from = change.leadTimeFrom();
    OptionalInt to = change.leadTimeTo();
    if (from.isPresent() && to.isPresent()) {
      return dates + ", lead time " + (from.equals(to)
          ? Counts.days(newer, to.getAsInt())
          : from.getAsInt() + " -> " + Counts.days(newer, to.getAsInt()));
    }
    if (to.isPresent()) {
      return dates + ", lead time " + Counts.days(newer, to.getAsInt());
    }
    return from.isPresent() ? dates + " (it had " + Counts.days(older, from.getAsInt())
        + " of lead time)" : dates;
  }

  /** People who joined or left, by name in the plan that has them: "Nina Patel (nina)". */
  String people(MutualActionPlan plan, List<StakeholderId> ids) {
    List<String> people = new ArrayList<>(ids.size());
    for (StakeholderId id : ids) {
      people.add(name(plan, id) + " (" + id + ")");
    }
    return String.join(", ", people);
  }

  /** Milestone ids joined: a critical path, "security-docs -> legal". */
  static String ids(List<MilestoneId> ids, String separator) {
    List<String> values = new ArrayList<>(ids.size());
    ids.forEach(id -> values.add(id.value()));
    return String.join(separator, values);
  }

  /** A standing's slack for the before-and-after table, or {@code none} when it has none. */
  static String slack(MutualActionPlan plan, PlanStanding standing, String none) {
    return standing.slackDays().isPresent()
        ? Counts.days(plan, standing.slackDays().getAsLong()) : none;
  }
}

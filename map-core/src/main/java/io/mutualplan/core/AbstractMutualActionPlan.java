package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A mutual action plan: the plan a buyer and a seller co-author to get a deal from "we want this"
 * to a signature, built backwards from the buyer's outcome date.
 *
 * <p>Every rule of the plan format is checked when a plan is built; a plan that breaks any of them
 * cannot exist, and the {@link InvalidPlanException} lists every problem with its JSON Pointer.
 * Changes are functions that return a new plan.
 *
 * <pre>{@code
 * MutualActionPlan done = plan
 *     .completeMilestone(MilestoneId.of("security-docs"), LocalDate.parse("2026-11-24"))
 *     .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-24T10:00:00Z"), "Docs received");
 * }</pre>
 */
@Value.Immutable
@PlanStyle
abstract class AbstractMutualActionPlan {
  /**
   * The plan's id.
   *
   * @return the id
   */
  public abstract PlanId id();

  /**
   * The plan's title, for example {@code Acme x Globex}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What both sides are working toward.
   *
   * @return the goal, if written
   */
  public abstract Optional<String> goal();

  /**
   * The buying organization.
   *
   * @return the buyer
   */
  public abstract Organization buyer();

  /**
   * The selling organization.
   *
   * @return the seller
   */
  public abstract Organization seller();

  /**
   * The buyer's outcome the plan is built back from.
   *
   * @return the outcome, if the plan has one
   */
  public abstract Optional<Outcome> outcome();

  /**
   * The working-day calendar; absent means every day is a working day.
   *
   * @return the calendar settings, if given
   */
  public abstract Optional<CalendarSettings> calendar();

  /**
   * The annual contract value.
   *
   * @return the deal value, if given
   */
  public abstract Optional<Money> dealValue();

  /**
   * When the plan was first drafted.
   *
   * @return the date, if recorded
   */
  public abstract Optional<LocalDate> createdOn();

  /**
   * The people on both sides, in document order.
   *
   * @return the stakeholders, possibly none
   */
  public abstract List<Stakeholder> stakeholders();

  /**
   * The milestones in the order people read them.
   *
   * @return the milestones, possibly none
   */
  public abstract List<Milestone> milestones();

  /**
   * The edit history, oldest first.
   *
   * @return the revisions, possibly none
   */
  public abstract List<Revision> revisions();

  /**
   * Who agreed to which revision.
   *
   * @return the sign-offs, possibly none
   */
  public abstract List<SignOff> signOffs();

  /**
   * Data that tools outside this library carry, preserved as is, in document order.
   *
   * @return the attributes
   */
  public abstract Map<String, String> attributes();

  /**
   * The plan's dependencies as int-indexed links, each resolved to the position of the milestone it
   * names: what the scheduler's passes loop over. Made once per plan, by the check every plan
   * passes when it is built (which must resolve every dependency to know that it names a
   * milestone), and kept: a plan of a million milestones and three million dependencies holds
   * about 28 MB for them, and scheduling it does not look up three million ids again.
   *
   * @return the links; not part of the plan's equality, since they follow from its milestones
   */
  @Value.Lazy
  public DependencyLinks dependencyLinks() {
    return DependencyLinks.of(this);
  }

  @Value.Check
  void check() {
    PlanValidator.validate((MutualActionPlan) this);
  }

  // ---- lookups ----------------------------------------------------------------------------

  /*
   * The id tables are made when the plan is checked, before anyone else can see the plan; a
   * thread that sees the plan through a data race may find them null and make its own (the tables
   * have only final fields, so a table it does see is whole).
   */
  @SuppressWarnings("immutables:incompat") // derived from the values, never part of them
  private transient IdPositions milestonePositions;
  @SuppressWarnings("immutables:incompat") // derived from the values, never part of them
  private transient IdPositions stakeholderPositions;

  /** The position of each milestone by id (the first, when an id repeats). */
  IdPositions milestonePositions() {
    IdPositions positions = milestonePositions;
    if (positions == null) {
      positions = IdPositions.of(milestones(), milestone -> milestone.id().value());
      milestonePositions = positions;
    }
    return positions;
  }

  /** The position of each stakeholder by id (the first, when an id repeats). */
  IdPositions stakeholderPositions() {
    IdPositions positions = stakeholderPositions;
    if (positions == null) {
      positions = IdPositions.of(stakeholders(), stakeholder -> stakeholder.id().value());
      stakeholderPositions = positions;
    }
    return positions;
  }


  /**
   * The position of a milestone in {@link #milestones()}.
   *
   * @param id a milestone id
   * @return the index, or empty when the plan has no such milestone
   */
  public OptionalInt indexOf(MilestoneId id) {
    int index = milestonePositions().positionOf(id.value());
    return index == IdPositions.ABSENT ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Finds a milestone.
   *
   * @param id a milestone id
   * @return the milestone, or empty when the plan has none with that id
   */
  public Optional<Milestone> milestone(MilestoneId id) {
    int index = milestonePositions().positionOf(id.value());
    return index == IdPositions.ABSENT ? Optional.empty() : Optional.of(milestones().get(index));
  }

  /**
   * Finds a stakeholder.
   *
   * @param id a stakeholder id
   * @return the stakeholder, or empty when the plan has none with that id
   */
  public Optional<Stakeholder> stakeholder(StakeholderId id) {
    int index = stakeholderPositions().positionOf(id.value());
    return index == IdPositions.ABSENT ? Optional.empty() : Optional.of(stakeholders().get(index));
  }

  /**
   * The owners of a milestone: the buyer owner first, then the seller owner.
   *
   * @param milestone a milestone of this plan
   * @return the owners, possibly none
   */
  public List<Stakeholder> owners(Milestone milestone) {
    List<Stakeholder> owners = new ArrayList<>(2);
    milestone.buyerOwner().flatMap(this::stakeholder).ifPresent(owners::add);
    milestone.sellerOwner().flatMap(this::stakeholder).ifPresent(owners::add);
    return List.copyOf(owners);
  }

  /**
   * The stakeholders on one side, in document order.
   *
   * @param side buyer or seller
   * @return the stakeholders on that side
   */
  public List<Stakeholder> stakeholdersOn(Side side) {
    return stakeholders().stream()
        .filter(s -> s.side() == side)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The buyer-side stakeholders, in document order.
   *
   * @return the buyer side
   */
  public List<Stakeholder> buyerSide() {
    return stakeholdersOn(Side.BUYER);
  }

  /**
   * The seller-side stakeholders, in document order.
   *
   * @return the seller side
   */
  public List<Stakeholder> sellerSide() {
    return stakeholdersOn(Side.SELLER);
  }

  /**
   * The stakeholders with a role, in document order.
   *
   * @param role a role
   * @return the stakeholders who have it
   */
  public List<Stakeholder> stakeholdersWithRole(Role role) {
    return stakeholders().stream()
        .filter(s -> s.hasRole(role))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The latest revision: the last of {@link #revisions()}.
   *
   * @return the latest revision, or empty when the plan has no edit history
   */
  public Optional<Revision> latestRevision() {
    List<Revision> revisions = revisions();
    return revisions.isEmpty()
        ? Optional.empty()
        : Optional.of(revisions.get(revisions.size() - 1));
  }

  // ---- changes ----------------------------------------------------------------------------

  /**
   * Marks a milestone complete.
   *
   * @param id the milestone
   * @param on the completion date; not before the milestone's {@code started} date
   * @return the changed plan
   * @throws InvalidPlanException when the milestone does not exist, is already complete, or the
   *     date is before its start
   */
  public MutualActionPlan completeMilestone(MilestoneId id, LocalDate on) {
    int index = requireMilestone(id);
    Milestone milestone = milestones().get(index);
    if (milestone.isComplete()) {
      throw InvalidPlanException.of(
          "/milestones/" + index + "/status",
          "milestone '" + id + "' is already complete (on " + milestone.completed().orElseThrow()
              + "); it cannot be completed again");
    }
    return replaceMilestone(
        index, milestone.withStatus(MilestoneStatus.COMPLETE).withCompleted(on));
  }

  /**
   * Moves a milestone's due date. The first move keeps the old date as {@code baselineDue}, so
   * slippage stays visible.
   *
   * @param id the milestone
   * @param newDue the new due date
   * @return the changed plan
   * @throws InvalidPlanException when the milestone does not exist or is already complete
   */
  public MutualActionPlan moveDue(MilestoneId id, LocalDate newDue) {
    int index = requireMilestone(id);
    Milestone milestone = milestones().get(index);
    if (milestone.isComplete()) {
      throw InvalidPlanException.of(
          "/milestones/" + index + "/due",
          "milestone '" + id + "' is complete; a completed milestone's due date does not move");
    }
    Milestone moved = milestone.withDue(newDue);
    if (milestone.baselineDue().isEmpty() && milestone.due().isPresent()) {
      moved = moved.withBaselineDue(milestone.due().get());
    }
    return replaceMilestone(index, moved);
  }

  /**
   * Changes one milestone: the plan with the milestone {@code id} replaced by {@code
   * change.apply(it)}, checked as every plan is. A milestone's {@code with...} methods make the
   * change:
   *
   * <pre>{@code
   * MutualActionPlan slower = plan.withMilestone(MilestoneId.of("legal"), m -> m.withDurationDays(9));
   * }</pre>
   *
   * <p>The changed milestone keeps its id. A change that gives it another id is refused rather
   * than taken as a rename: the plan's dependencies would still name the old id, and a caller who
   * meant to change one milestone would get a plan where that milestone is gone. To rename, build
   * the milestones and their dependencies anew and pass them to {@code withMilestones}.
   *
   * @param id the milestone
   * @param change what to do to it; returns the changed milestone, with the same id
   * @return the changed plan; this plan when the change returns the milestone itself
   * @throws InvalidPlanException when the milestone does not exist, the change gives it another
   *     id, or the changed plan breaks a rule of the plan format
   * @throws NullPointerException when an argument is null or the change returns null
   */
  public MutualActionPlan withMilestone(MilestoneId id, UnaryOperator<Milestone> change) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    int index = requireMilestone(id);
    Milestone milestone = milestones().get(index);
    Milestone changed = Objects.requireNonNull(change.apply(milestone),
        () -> "the change of milestone '" + id + "' returned null");
    if (changed == milestone) {
      return (MutualActionPlan) this; // as the generated with... methods do for the same value
    }
    if (!changed.id().equals(id)) {
      throw InvalidPlanException.of(
          "/milestones/" + index + "/id",
          "the change of milestone '" + id + "' gave it the id '" + changed.id()
              + "'; a changed milestone keeps its id (to rename one, replace the milestones and"
              + " the dependencies on it)");
    }
    return replaceMilestone(index, changed);
  }

  /**
   * Records an edit of the plan, numbered one after the latest revision.
   *
   * @param author who made the edit; a stakeholder of the plan
   * @param at when; not before the latest revision
   * @param summary what changed
   * @return the changed plan
   * @throws InvalidPlanException when the author is unknown or the instant goes backwards
   */
  public MutualActionPlan addRevision(StakeholderId author, Instant at, String summary) {
    Objects.requireNonNull(summary, "summary");
    return addRevision(author, at, Optional.of(summary));
  }

  /**
   * Records an edit of the plan without a summary, numbered one after the latest revision.
   *
   * @param author who made the edit; a stakeholder of the plan
   * @param at when; not before the latest revision
   * @return the changed plan
   * @throws InvalidPlanException when the author is unknown or the instant goes backwards
   */
  public MutualActionPlan addRevision(StakeholderId author, Instant at) {
    return addRevision(author, at, Optional.empty());
  }

  private MutualActionPlan addRevision(StakeholderId author, Instant at, Optional<String> summary) {
    int number = latestRevision().map(r -> r.number() + 1).orElse(1);
    Revision revision =
        Revision.builder().number(number).author(author).at(at).summary(summary).build();
    return MutualActionPlan.builder().from(this).addRevision(revision).build();
  }

  /**
   * Records a stakeholder's agreement to a revision.
   *
   * @param by who agreed; a stakeholder of the plan
   * @param revision the revision number agreed to; it must exist
   * @param on when
   * @return the changed plan
   * @throws InvalidPlanException when the stakeholder or the revision does not exist
   */
  public MutualActionPlan recordSignOff(StakeholderId by, int revision, LocalDate on) {
    SignOff signOff = SignOff.builder().by(by).revision(revision).on(on).build();
    return MutualActionPlan.builder().from(this).addSignOff(signOff).build();
  }

  private int requireMilestone(MilestoneId id) {
    int index = milestonePositions().positionOf(id.value());
    if (index == IdPositions.ABSENT) {
      throw InvalidPlanException.of(
          "/milestones", "the plan has no milestone with id '" + id + "'");
    }
    return index;
  }

  private MutualActionPlan replaceMilestone(int index, Milestone milestone) {
    List<Milestone> milestones = new ArrayList<>(milestones());
    milestones.set(index, milestone);
    return ((MutualActionPlan) this).withMilestones(milestones);
  }
}

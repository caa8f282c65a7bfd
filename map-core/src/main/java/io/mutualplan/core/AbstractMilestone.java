package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One step of the plan: a specific action with a named owner on the buyer's or the seller's side
 * (or both), a due date and observable exit criteria.
 *
 * <pre>{@code
 * Milestone legal = Milestone.builder()
 *     .id(MilestoneId.of("legal"))
 *     .title("MSA redlines agreed")
 *     .kind(MilestoneKind.LEGAL)
 *     .buyerOwner(StakeholderId.of("marco"))
 *     .sellerOwner(StakeholderId.of("alex"))
 *     .due(LocalDate.parse("2027-01-22"))
 *     .durationDays(28)
 *     .exitCriteria("MSA countersigned by both legal teams")
 *     .addDependsOn(Dependency.on("security-review"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PlanStyle
abstract class AbstractMilestone {
  /**
   * The milestone's id, unique among the plan's milestones.
   *
   * @return the id
   */
  public abstract MilestoneId id();

  /**
   * One specific action: "Security questionnaire approved", not "Evaluate solution".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * A longer description.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * What sort of step this is.
   *
   * @return the kind, if given
   */
  public abstract Optional<MilestoneKind> kind();

  /**
   * The buyer-side stakeholder who owns this step.
   *
   * @return the owner's id, if any
   */
  public abstract Optional<StakeholderId> buyerOwner();

  /**
   * The seller-side stakeholder who owns this step.
   *
   * @return the owner's id, if any
   */
  public abstract Optional<StakeholderId> sellerOwner();

  /**
   * The date both sides committed to.
   *
   * @return the due date, if set
   */
  public abstract Optional<LocalDate> due();

  /**
   * The first date agreed, kept when {@link #due()} moves.
   *
   * @return the baseline due date, if the due date ever moved
   */
  public abstract Optional<LocalDate> baselineDue();

  /**
   * Working days the step takes.
   *
   * @return the duration, {@code >= 0}, if given
   */
  public abstract OptionalInt durationDays();

  /**
   * A three-point estimate of the duration.
   *
   * @return the estimate, if given
   */
  public abstract Optional<Estimate> estimate();

  /**
   * Observable proof that the step is done: "MSA countersigned".
   *
   * @return the exit criteria, if written
   */
  public abstract Optional<String> exitCriteria();

  /**
   * Where the step stands.
   *
   * @return the status; {@code not-started} by default
   */
  @Value.Default
  public MilestoneStatus status() {
    return MilestoneStatus.NOT_STARTED;
  }

  /**
   * The actual start.
   *
   * @return the start date, if recorded
   */
  public abstract Optional<LocalDate> started();

  /**
   * The actual completion; present exactly when the status is {@code complete}.
   *
   * @return the completion date, if complete
   */
  public abstract Optional<LocalDate> completed();

  /**
   * The predecessors, in document order; a predecessor appears at most once.
   *
   * @return the dependencies
   */
  public abstract List<Dependency> dependsOn();

  /**
   * Whether someone flagged the step as at risk.
   *
   * @return the flag; false by default
   */
  @Value.Default
  public boolean atRisk() {
    return false;
  }

  /**
   * Notes, for example why the step is blocked.
   *
   * @return the notes, if any
   */
  public abstract Optional<String> notes();

  /**
   * Data that tools outside this library carry, preserved as is, in document order.
   *
   * @return the attributes
   */
  public abstract Map<String, String> attributes();

  /**
   * Whether the step is done.
   *
   * @return true when the status is {@code complete}
   */
  public boolean isComplete() {
    return status() == MilestoneStatus.COMPLETE;
  }

  /**
   * The duration the scheduler uses: {@code durationDays}, else the estimate's likely value, else
   * 0 (an event, such as "contract signed").
   *
   * @return working days, {@code >= 0}
   */
  public int scheduledDurationDays() {
    if (durationDays().isPresent()) {
      return durationDays().getAsInt();
    }
    return estimate().map(Estimate::likely).orElse(0);
  }

  /*
   * Set when the milestone is built: it passed every check that needs no other part of a plan, so
   * a plan's check need not repeat them. A thread that sees the milestone through a data race may
   * read false, and the plan's check then runs them all: the answer is the same, only slower.
   */
  @SuppressWarnings("immutables:incompat") // derived from the values, never part of them
  private transient boolean passedAlone;

  @Value.Check
  void check() {
    passedAlone = PlanValidator.passesAlone((Milestone) this);
  }

  /** Whether the milestone passed, when it was built, the checks that need no plan. */
  boolean passedAlone() {
    return passedAlone;
  }
}

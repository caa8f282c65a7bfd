package io.mutualplan.core.diff;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.StakeholderId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A field of a milestone that a diff compares, with the type of its value: the typed key of a
 * {@link FieldChange}. The constants are the plan format's milestone fields that say what the
 * step is, who owns it and when it happens, in the order a diff lists them; {@code description}
 * and {@code attributes} are not compared.
 *
 * <p>Values are the model's types, as the plan format writes them, with three rules that make
 * equal plans compare equal:
 *
 * <ul>
 *   <li>{@link #STATUS} and {@link #AT_RISK} always have a value: their defaults, {@code
 *       not-started} and {@code false}, when the plan leaves them out;
 *   <li>{@link #DEPENDS_ON} is the list of dependencies sorted by predecessor id (each predecessor
 *       appears at most once), so the order they were written in does not count; a bare id and
 *       the same link written out in full ({@code finish-to-start}, lag 0) are the same {@link
 *       Dependency}; no dependencies is no value;
 *   <li>{@link #DURATION_DAYS} is an {@code Integer}, {@link #ESTIMATE} an {@link Estimate}.
 * </ul>
 *
 * <pre>{@code
 * MilestoneField.DUE.valueIn(legal);                        // Optional[2027-01-22]
 * MilestoneField.named("buyerOwner");                       // Optional[buyerOwner]
 * change.fieldChange(MilestoneField.DUE).flatMap(FieldChange::to);   // Optional<LocalDate>
 * }</pre>
 *
 * @param <T> the type of the field's value
 */
public final class MilestoneField<T> {
  /** {@code title}, a {@code String}. */
  public static final MilestoneField<String> TITLE =
      new MilestoneField<>("title", false, milestone -> Optional.of(milestone.title()));

  /** {@code kind}, a {@link MilestoneKind}. */
  public static final MilestoneField<MilestoneKind> KIND =
      new MilestoneField<>("kind", false, Milestone::kind);

  /** {@code buyerOwner}, a {@link StakeholderId}. */
  public static final MilestoneField<StakeholderId> BUYER_OWNER =
      new MilestoneField<>("buyerOwner", false, Milestone::buyerOwner);

  /** {@code sellerOwner}, a {@link StakeholderId}. */
  public static final MilestoneField<StakeholderId> SELLER_OWNER =
      new MilestoneField<>("sellerOwner", false, Milestone::sellerOwner);

  /** {@code due}, a date. */
  public static final MilestoneField<LocalDate> DUE =
      new MilestoneField<>("due", true, Milestone::due);

  /** {@code baselineDue}, a date. */
  public static final MilestoneField<LocalDate> BASELINE_DUE =
      new MilestoneField<>("baselineDue", true, Milestone::baselineDue);

  /** {@code durationDays}, an {@code Integer} (working days). */
  public static final MilestoneField<Integer> DURATION_DAYS = new MilestoneField<>(
      "durationDays", false,
      milestone -> milestone.durationDays().isPresent()
          ? Optional.of(milestone.durationDays().getAsInt())
          : Optional.empty());

  /** {@code estimate}, an {@link Estimate}. */
  public static final MilestoneField<Estimate> ESTIMATE =
      new MilestoneField<>("estimate", false, Milestone::estimate);

  /** {@code exitCriteria}, a {@code String}. */
  public static final MilestoneField<String> EXIT_CRITERIA =
      new MilestoneField<>("exitCriteria", false, Milestone::exitCriteria);

  /** {@code status}, a {@link MilestoneStatus}; {@code not-started} when the plan leaves it out. */
  public static final MilestoneField<MilestoneStatus> STATUS =
      new MilestoneField<>("status", false, milestone -> Optional.of(milestone.status()));

  /** {@code started}, a date. */
  public static final MilestoneField<LocalDate> STARTED =
      new MilestoneField<>("started", true, Milestone::started);

  /** {@code completed}, a date. */
  public static final MilestoneField<LocalDate> COMPLETED =
      new MilestoneField<>("completed", true, Milestone::completed);

  /** {@code dependsOn}, the dependencies sorted by predecessor id; none is no value. */
  public static final MilestoneField<List<Dependency>> DEPENDS_ON =
      new MilestoneField<>("dependsOn", false, MilestoneField::sortedDependencies);

  /** {@code atRisk}, a {@code Boolean}; {@code false} when the plan leaves it out. */
  public static final MilestoneField<Boolean> AT_RISK =
      new MilestoneField<>("atRisk", false, milestone -> Optional.of(milestone.atRisk()));

  /** {@code notes}, a {@code String}. */
  public static final MilestoneField<String> NOTES =
      new MilestoneField<>("notes", false, Milestone::notes);

  private static final List<MilestoneField<?>> ALL = List.of(
      TITLE, KIND, BUYER_OWNER, SELLER_OWNER, DUE, BASELINE_DUE, DURATION_DAYS, ESTIMATE,
      EXIT_CRITERIA, STATUS, STARTED, COMPLETED, DEPENDS_ON, AT_RISK, NOTES);

  private static final Comparator<Dependency> BY_PREDECESSOR =
      Comparator.comparing(Dependency::milestone);

  private final String name;
  private final boolean date;
  private final Function<Milestone, Optional<T>> value;

  private MilestoneField(String name, boolean date, Function<Milestone, Optional<T>> value) {
    this.name = name;
    this.date = date;
    this.value = value;
  }

  /**
   * Every compared field, in the order a diff lists a milestone's changes.
   *
   * @return {@code title}, {@code kind}, {@code buyerOwner}, {@code sellerOwner}, {@code due},
   *     {@code baselineDue}, {@code durationDays}, {@code estimate}, {@code exitCriteria}, {@code
   *     status}, {@code started}, {@code completed}, {@code dependsOn}, {@code atRisk}, {@code
   *     notes}
   */
  public static List<MilestoneField<?>> all() {
    return ALL;
  }

  /**
   * The compared field with this name in the plan format.
   *
   * @param name a field name, for example {@code buyerOwner}
   * @return the field, or empty when no compared field has that name
   */
  public static Optional<MilestoneField<?>> named(String name) {
    Objects.requireNonNull(name, "name");
    for (MilestoneField<?> field : ALL) {
      if (field.name.equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /**
   * The field's name in the plan format.
   *
   * @return for example {@code baselineDue}
   */
  public String name() {
    return name;
  }

  /**
   * Whether the field is a date, whose change a diff also counts in working days.
   *
   * @return true for {@code due}, {@code baselineDue}, {@code started} and {@code completed}
   */
  public boolean isDate() {
    return date;
  }

  /**
   * The field's value in a milestone, as a diff compares it (see the rules above).
   *
   * @param milestone a milestone
   * @return the value, or empty when the milestone has none
   */
  public Optional<T> valueIn(Milestone milestone) {
    return value.apply(Objects.requireNonNull(milestone, "milestone"));
  }

  private static Optional<List<Dependency>> sortedDependencies(Milestone milestone) {
    List<Dependency> dependencies = milestone.dependsOn();
    if (dependencies.isEmpty()) {
      return Optional.empty();
    }
    List<Dependency> sorted = new ArrayList<>(dependencies);
    sorted.sort(BY_PREDECESSOR);
    return Optional.of(List.copyOf(sorted));
  }

  @Override
  public String toString() {
    return name;
  }
}

package io.mutualplan.core.diff;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.internal.PlanStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A milestone that differs between two versions of a plan: added, removed, or changed with the
 * fields that changed.
 *
 * <pre>{@code
 * MilestoneChange legal = diff.milestone(MilestoneId.of("legal")).orElseThrow();
 * legal.type();                                         // CHANGED
 * legal.fieldChange(MilestoneField.DUE)
 *     .ifPresent(due -> System.out.println(due.from() + " -> " + due.to()));
 * }</pre>
 */
@Value.Immutable
@PlanStyle
abstract class AbstractMilestoneChange {
  /**
   * The milestone.
   *
   * @return its id, the same in both versions
   */
  public abstract MilestoneId id();

  /**
   * How the milestone differs.
   *
   * @return added, removed or changed
   */
  public abstract ChangeType type();

  /**
   * The fields that changed, in the order of {@link MilestoneField#all()}; none for a milestone
   * that was added or removed.
   *
   * @return the field changes
   */
  public abstract List<FieldChange<?>> changes();

  /**
   * The change of one field.
   *
   * @param field a compared field
   * @param <T> the type of the field's value
   * @return its change, or empty when the field did not change
   */
  public <T> Optional<FieldChange<T>> fieldChange(MilestoneField<T> field) {
    for (FieldChange<?> change : changes()) {
      if (change.field().equals(field)) {
        @SuppressWarnings("unchecked") // a change's values have the type of its field
        FieldChange<T> typed = (FieldChange<T>) change;
        return Optional.of(typed);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (type() == ChangeType.CHANGED && changes().isEmpty()) {
      throw new IllegalArgumentException(
          "milestone '" + id() + "' is changed, so at least one of its fields differs");
    }
    if (type() != ChangeType.CHANGED && !changes().isEmpty()) {
      throw new IllegalArgumentException("milestone '" + id() + "' is " + type()
          + ", so it has no field changes; only a changed milestone has them");
    }
    Set<MilestoneField<?>> seen = new HashSet<>();
    for (FieldChange<?> change : changes()) {
      if (!seen.add(change.field())) {
        throw new IllegalArgumentException(
            "milestone '" + id() + "' lists the change of " + change.field() + " twice");
      }
    }
  }
}

package io.mutualplan.core.diff;

import io.mutualplan.core.internal.PlanStyle;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One field of a milestone that differs between the older and the newer version of a plan: its
 * value before and after (see {@link MilestoneField} for how values are compared) and, for a date,
 * how far it moved in working days.
 *
 * <pre>{@code
 * FieldChange<LocalDate> due = FieldChange.of(MilestoneField.DUE,
 *     Optional.of(LocalDate.parse("2027-01-22")), Optional.of(LocalDate.parse("2027-02-05")),
 *     OptionalLong.of(10));
 * }</pre>
 *
 * @param <T> the type of the field's value
 */
@Value.Immutable
@PlanStyle
abstract class AbstractFieldChange<T> {
  /**
   * The field that changed.
   *
   * @return the field
   */
  @Value.Parameter
  public abstract MilestoneField<T> field();

  /**
   * The value in the older version.
   *
   * @return the value, or empty when the older version has none
   */
  // Named as the diff document names it; the builder's copy method is not generated, and a
  // change is made by the diff, never copied from another.
  @SuppressWarnings("immutables:from")
  @Value.Parameter
  public abstract Optional<T> from();

  /**
   * The value in the newer version.
   *
   * @return the value, or empty when the newer version has none
   */
  @Value.Parameter
  public abstract Optional<T> to();

  /**
   * For a date field with both dates, {@code idx(to) - idx(from)} in the newer version's working
   * calendar: how many working days the date moved, positive when it is now later.
   *
   * @return the working days, or empty for another field or when either date is missing
   */
  @Value.Parameter
  public abstract OptionalLong workingDays();

  @Value.Check
  void check() {
    if (from().equals(to())) {
      throw new IllegalArgumentException(
          "a change of " + field() + " needs two different values; both are " + shown(from()));
    }
    if (workingDays().isPresent() && !(field().isDate() && from().isPresent() && to().isPresent())) {
      throw new IllegalArgumentException("only a change between two dates moves by working days;"
          + " a change of " + field() + " from " + shown(from()) + " to " + shown(to())
          + " has none");
    }
  }

  /** A value as a message shows it: the value itself, or "none". */
  private static String shown(Optional<?> value) {
    return value.map(String::valueOf).orElse("none");
  }
}

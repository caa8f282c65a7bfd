package io.mutualplan.core.diff;

import io.mutualplan.core.internal.PlanStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How the buyer's outcome changed between two versions of a plan: its date or its lead time moved,
 * or the outcome appeared or went away. Its label and who set it are not compared.
 *
 * <p>The lead time is the outcome's {@code leadTimeDays}, 0 when the plan leaves it out, and
 * empty only when that version has no outcome at all.
 */
@Value.Immutable
@PlanStyle
abstract class AbstractOutcomeChange {
  /**
   * The outcome date in the older version.
   *
   * @return the date, or empty when the older version has no outcome
   */
  // Named as the diff document names it; the builder's copy method is not generated.
  @SuppressWarnings("immutables:from")
  public abstract Optional<LocalDate> from();

  /**
   * The outcome date in the newer version.
   *
   * @return the date, or empty when the newer version has no outcome
   */
  public abstract Optional<LocalDate> to();

  /**
   * The lead time in the older version, in working days.
   *
   * @return the lead time, or empty when the older version has no outcome
   */
  public abstract OptionalInt leadTimeFrom();

  /**
   * The lead time in the newer version, in working days.
   *
   * @return the lead time, or empty when the newer version has no outcome
   */
  public abstract OptionalInt leadTimeTo();

  @Value.Check
  void check() {
    if (from().isPresent() != leadTimeFrom().isPresent()
        || to().isPresent() != leadTimeTo().isPresent()) {
      throw new IllegalArgumentException(
          "an outcome has both a date and a lead time, or neither, in each version");
    }
    if (from().equals(to()) && leadTimeFrom().equals(leadTimeTo())) {
      throw new IllegalArgumentException("an outcome change needs a different date or lead time;"
          + " both versions have the same");
    }
  }
}

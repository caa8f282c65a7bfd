package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The buyer's outcome the plan is built back from, for example go-live on March 1. */
@Value.Immutable
@PlanStyle
abstract class AbstractOutcome {
  /**
   * The first day the outcome holds (go-live, board decision).
   *
   * @return the outcome date
   */
  public abstract LocalDate date();

  /**
   * A label for the outcome, for example {@code Go-live}.
   *
   * @return the label, if any
   */
  public abstract Optional<String> label();

  /**
   * Working days needed between the last milestone and the outcome (for example, implementation).
   *
   * @return the lead time, {@code >= 0}; 0 by default
   */
  @Value.Default
  public int leadTimeDays() {
    return 0;
  }

  /**
   * Who named the date: the buyer's date, not the seller's quarter.
   *
   * @return the stakeholder, if recorded
   */
  public abstract Optional<StakeholderId> setBy();
}

package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One edit of the plan, by one side or the other. A plan nobody on the buyer side edited is not mutual. */
@Value.Immutable
@PlanStyle
abstract class AbstractRevision {
  /**
   * The revision number, {@code >= 1}, strictly increasing through the plan's history.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Who made this edit.
   *
   * @return the author's id
   */
  public abstract StakeholderId author();

  /**
   * When the edit was made; not decreasing through the history.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * What changed.
   *
   * @return the summary, if any
   */
  public abstract Optional<String> summary();
}

package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import org.immutables.value.Value;

/**
 * A three-point estimate in working days, {@code 0 <= optimistic <= likely <= pessimistic}. The
 * scheduler uses {@link #likely()} when a milestone has no {@code durationDays}.
 */
@Value.Immutable
@PlanStyle
abstract class AbstractEstimate {
  /**
   * The optimistic duration.
   *
   * @return working days
   */
  @Value.Parameter
  public abstract int optimistic();

  /**
   * The most likely duration.
   *
   * @return working days
   */
  @Value.Parameter
  public abstract int likely();

  /**
   * The pessimistic duration.
   *
   * @return working days
   */
  @Value.Parameter
  public abstract int pessimistic();
}

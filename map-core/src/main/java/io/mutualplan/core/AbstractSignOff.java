package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A stakeholder's agreement to one revision of the plan. */
@Value.Immutable
@PlanStyle
abstract class AbstractSignOff {
  /**
   * Who agreed.
   *
   * @return the stakeholder's id
   */
  public abstract StakeholderId by();

  /**
   * The revision agreed to; it must exist in the plan's revisions.
   *
   * @return the revision number
   */
  public abstract int revision();

  /**
   * When.
   *
   * @return the date of the agreement
   */
  public abstract LocalDate on();
}

package io.mutualplan.core.diff;

import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.internal.PlanStyle;
import java.util.List;
import org.immutables.value.Value;

/** The people who joined or left a plan between two of its versions, by id. */
@Value.Immutable
@PlanStyle
abstract class AbstractStakeholderChanges {
  /**
   * The stakeholders only the newer version has, in its order.
   *
   * @return the ids, possibly none
   */
  public abstract List<StakeholderId> added();

  /**
   * The stakeholders only the older version has, in its order.
   *
   * @return the ids, possibly none
   */
  public abstract List<StakeholderId> removed();

  /**
   * Whether nobody joined or left.
   *
   * @return true when both lists are empty
   */
  public boolean isEmpty() {
    return added().isEmpty() && removed().isEmpty();
  }
}

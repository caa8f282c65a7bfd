package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import org.immutables.value.Value;

/** The buying or the selling organization. */
@Value.Immutable
@PlanStyle
abstract class AbstractOrganization {
  /**
   * The organization's name, for example {@code Acme Corp}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();
}

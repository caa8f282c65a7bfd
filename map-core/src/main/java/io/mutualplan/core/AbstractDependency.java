package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import org.immutables.value.Value;

/**
 * A link from a predecessor milestone: how this milestone's dates are bound to the predecessor's.
 *
 * <pre>{@code
 * Dependency.on(MilestoneId.of("legal"))                      // finish-to-start, lag 0
 * Dependency.builder().milestone(MilestoneId.of("legal"))
 *     .type(DependencyType.START_TO_START).lagDays(5).build()
 * }</pre>
 */
@Value.Immutable
@PlanStyle
abstract class AbstractDependency {
  /**
   * The predecessor.
   *
   * @return the predecessor's id
   */
  public abstract MilestoneId milestone();

  /**
   * The kind of link.
   *
   * @return the type; {@code finish-to-start} by default
   */
  @Value.Default
  public DependencyType type() {
    return DependencyType.FINISH_TO_START;
  }

  /**
   * The lag in working days; negative is a lead.
   *
   * @return the lag; 0 by default
   */
  @Value.Default
  public int lagDays() {
    return 0;
  }

  /**
   * Whether the document can write this link as a bare id: {@code finish-to-start}, lag 0.
   *
   * @return true for the plain form
   */
  public boolean isPlain() {
    return type() == DependencyType.FINISH_TO_START && lagDays() == 0;
  }

  /**
   * A {@code finish-to-start} link with no lag: the plain "after" of a plan.
   *
   * @param predecessor the predecessor's id
   * @return the dependency
   */
  public static Dependency on(MilestoneId predecessor) {
    return Dependency.builder().milestone(predecessor).build();
  }

  /**
   * A {@code finish-to-start} link with no lag: the plain "after" of a plan.
   *
   * @param predecessor the predecessor's id
   * @return the dependency
   */
  public static Dependency on(String predecessor) {
    return on(MilestoneId.of(predecessor));
  }
}

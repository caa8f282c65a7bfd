package io.mutualplan.core;

import java.io.Serializable;

/**
 * The id of a plan, so that ids of different things cannot be mixed up.
 *
 * <p>Ids match {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}. An id is serializable, so that the
 * exceptions that name one are; reading one back checks it again.
 *
 * @param value the id as written in the plan document
 */
public record PlanId(String value) implements Comparable<PlanId>, Serializable {

  /**
   * Creates an id.
   *
   * @param value the id
   * @throws InvalidPlanException when {@code value} is not a valid id
   */
  public PlanId {
    Ids.check(value);
  }

  /**
   * Creates an id.
   *
   * @param value the id
   * @return the id
   * @throws InvalidPlanException when {@code value} is not a valid id
   */
  public static PlanId of(String value) {
    return new PlanId(value);
  }

  // Written out: ids are hashed millions of times, and a record's generated equals is slow to
  // warm up in short runs such as the command line's.
  @Override
  public boolean equals(Object other) {
    return other instanceof PlanId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(PlanId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A named person on the buyer's or the seller's side. "Legal" is not a name. */
@Value.Immutable
@PlanStyle
abstract class AbstractStakeholder {
  /**
   * The stakeholder's id, unique among the plan's stakeholders.
   *
   * @return the id
   */
  public abstract StakeholderId id();

  /**
   * The person's name, for example {@code Sarah Chen}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Which side the person is on.
   *
   * @return the side
   */
  public abstract Side side();

  /**
   * What the person does in the deal; no duplicates.
   *
   * @return the roles, possibly none
   */
  public abstract List<Role> roles();

  /**
   * The person's job title, for example {@code CFO}.
   *
   * @return the title, if known
   */
  public abstract Optional<String> title();

  /**
   * The person's e-mail address.
   *
   * @return the address, if known
   */
  public abstract Optional<String> email();

  /**
   * Whether the person has the given role.
   *
   * @param role a role
   * @return true when {@link #roles()} contains it
   */
  public boolean hasRole(Role role) {
    return roles().contains(role);
  }
}

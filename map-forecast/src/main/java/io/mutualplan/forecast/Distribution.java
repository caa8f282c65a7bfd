package io.mutualplan.forecast;

import java.util.Locale;
import java.util.Objects;

/**
 * The shape of the distribution a milestone's duration is drawn from, between its optimistic and
 * pessimistic estimates, with its most likely value as the mode.
 */
public enum Distribution {
  /** The triangular distribution: the default, and the simplest to explain. */
  TRIANGULAR,
  /**
   * Beta-PERT: a beta distribution scaled to the estimate, which puts less weight on the extremes
   * than the triangular distribution with the same three points.
   */
  PERT;

  /**
   * The spelling used on the command line and in forecast documents: {@code triangular} or {@code
   * pert}.
   *
   * @return the lower-case spelling
   */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The distribution with a spelling.
   *
   * @param spelling {@code triangular} or {@code pert}
   * @return the distribution
   * @throws IllegalArgumentException naming the known distributions when {@code spelling} is
   *     neither
   * @throws NullPointerException naming {@code spelling} when it is null
   */
  public static Distribution parse(String spelling) {
    Objects.requireNonNull(spelling, "spelling");
    for (Distribution distribution : values()) {
      if (distribution.spelling().equals(spelling)) {
        return distribution;
      }
    }
    // A long value is not echoed: a message is one line a person reads.
    String shown = spelling.length() <= 40 ? "'" + spelling + "'"
        : "a value of " + spelling.length() + " characters";
    throw new IllegalArgumentException(shown + " is not a distribution; expected triangular or"
        + " pert");
  }

  @Override
  public String toString() {
    return spelling();
  }
}

package io.mutualplan.html;

import java.util.Locale;

/** Who the page is for. */
public enum Audience {
  /**
   * The seller's own view (the default): the plan with the quality report's verdict, score and
   * findings, to check the plan before a call.
   */
  SELLER,
  /**
   * The page to send to the buyer: the shared plan and the people of both sides with their roles,
   * without the seller's grading of it.
   */
  BUYER;

  /**
   * The spelling used on the command line, for example {@code buyer}.
   *
   * @return the lower-case spelling
   */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the spelling used on the command line.
   *
   * @param spelling {@code seller} or {@code buyer}
   * @return the constant
   * @throws IllegalArgumentException naming the allowed values when {@code spelling} is neither
   */
  public static Audience parse(String spelling) {
    for (Audience audience : values()) {
      if (audience.spelling().equals(spelling)) {
        return audience;
      }
    }
    throw new IllegalArgumentException(
        "'" + spelling + "' is not an audience; expected one of: seller, buyer");
  }

  @Override
  public String toString() {
    return spelling();
  }
}

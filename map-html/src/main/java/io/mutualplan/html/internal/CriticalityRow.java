package io.mutualplan.html.internal;

/**
 * One milestone's line of the forecast: how often it was critical, as a bar and in words, and
 * when it finishes at 50 and 80 percent.
 *
 * @param anchor the milestone's row in the MAP table, for example {@code m-legal}
 * @param milestoneId the milestone's id
 * @param title the milestone's title
 * @param criticality how often it was critical, in words, for example {@code 81.2%}: the bar's
 *     text equivalent
 * @param barWidth the filled part of the bar, in the bar's units ({@link #BAR_LENGTH} for always)
 * @param driver whether its uncertainty is among what drives the date most
 * @param complete whether it is complete: its dates are facts
 * @param finishP50 when it finishes in half the trials
 * @param finishP80 when it finishes in 80 percent of the trials
 */
public record CriticalityRow(
    String anchor,
    String milestoneId,
    String title,
    String criticality,
    String barWidth,
    boolean driver,
    boolean complete,
    DateView finishP50,
    DateView finishP80) {

  /** The length of a whole bar, in the units of its view box. */
  public static final int BAR_LENGTH = 100;

  /**
   * The row's classes for the style sheet.
   *
   * @return {@code is-driver}, {@code is-complete}, both, or empty
   */
  public String looks() {
    return ((driver ? "is-driver " : "") + (complete ? "is-complete" : "")).strip();
  }
}

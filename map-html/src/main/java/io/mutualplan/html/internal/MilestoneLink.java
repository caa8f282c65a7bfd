package io.mutualplan.html.internal;

/**
 * A milestone named in a sentence, linked to its row of the MAP table.
 *
 * @param anchor the row's fragment id, for example {@code m-legal}
 * @param title the milestone's title
 */
public record MilestoneLink(String anchor, String title) {}

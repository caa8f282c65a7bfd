package io.mutualplan.html.internal;

import java.util.Optional;

/**
 * One finding of the quality report, on the seller's page.
 *
 * @param ruleId the rule that found it, for example {@code overdue}
 * @param message what is wrong
 * @param hint what to do
 * @param location where in the plan, as a JSON Pointer, if the finding has one
 * @param milestoneAnchor the fragment id of the milestone's row, if the finding is about one
 * @param milestoneTitle the milestone's title, if the finding is about one
 */
public record FindingView(
    String ruleId,
    String message,
    String hint,
    Optional<String> location,
    Optional<String> milestoneAnchor,
    Optional<String> milestoneTitle) {}

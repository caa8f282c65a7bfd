package io.mutualplan.html.internal;

import java.util.Optional;

/**
 * One count of the portfolio's summary: a verdict, a rule or a milestone kind, and how many plans
 * or milestones it counts.
 *
 * @param label what is counted, for example {@code Needs work}, {@code owner-assigned} or
 *     {@code Security review}
 * @param look a spelling the style sheet knows, for example {@code needs-work}
 * @param count how many, for example {@code 2,310}
 * @param share the count's share of the plans, for example {@code 23%}, when it is a count of
 *     plans
 */
public record Tally(String label, String look, String count, Optional<String> share) {}

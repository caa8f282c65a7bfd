package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;

/**
 * What {@link PlanShrinker#shrink} found.
 *
 * @param plan the smallest plan found that still fails
 * @param steps how many changes were kept on the way from the original plan
 * @param attempts how many candidate plans the predicate was asked about
 * @param minimal true when no single shrinking step gives a plan that still fails (the search
 *     finished); false when the budget of attempts ran out first
 */
public record ShrinkResult(MutualActionPlan plan, int steps, int attempts, boolean minimal) {}

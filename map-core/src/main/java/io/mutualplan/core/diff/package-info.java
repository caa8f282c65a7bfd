/**
 * What changed between two versions of a plan, in the plan's own terms: milestones added, removed
 * and changed field by field, stakeholders added and removed, the outcome's change, and who signed
 * off a revision that the plan has since moved past.
 *
 * <p>{@link io.mutualplan.core.diff.PlanDiff#between PlanDiff.between(older, newer)} compares the
 * two versions a service keeps; the quality rules' module adds each version's schedule, score and
 * verdict to it ({@code io.mutualplan.rules.PlanComparison}).
 */
package io.mutualplan.core.diff;

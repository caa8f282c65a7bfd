/**
 * The mutual action plan model: the plan a buyer and a seller write together, backwards from the
 * buyer's outcome date, with an owner on each side, a due date and exit criteria on every step.
 *
 * <p>Start with {@link io.mutualplan.core.MutualActionPlan#builder()}: a plan is an immutable
 * value made of {@link io.mutualplan.core.Milestone}s, {@link io.mutualplan.core.Stakeholder}s,
 * an {@link io.mutualplan.core.Outcome}, revisions and sign-offs, each with its own builder. Every
 * rule of the plan format is checked when a value is built, and a value that breaks one throws an
 * {@link io.mutualplan.core.InvalidPlanException} that lists every problem with its JSON Pointer.
 * Changes return a new plan: {@link io.mutualplan.core.MutualActionPlan#completeMilestone
 * completeMilestone}, {@link io.mutualplan.core.MutualActionPlan#moveDue moveDue}, {@link
 * io.mutualplan.core.MutualActionPlan#withMilestone withMilestone} (any change to one milestone),
 * {@link io.mutualplan.core.MutualActionPlan#addRevision addRevision} and {@link
 * io.mutualplan.core.MutualActionPlan#recordSignOff recordSignOff}.
 *
 * <pre>{@code
 * MutualActionPlan done = plan.completeMilestone(MilestoneId.of("security-review"),
 *     LocalDate.parse("2026-11-24"));
 * }</pre>
 *
 * <p>The package also holds what the other modules share about plans: the format's limits
 * ({@link io.mutualplan.core.PlanLimits}), how messages quote and count things ({@link
 * io.mutualplan.core.Texts}, {@link io.mutualplan.core.DisplayText}, {@link
 * io.mutualplan.core.Counts}, {@link io.mutualplan.core.Pointers}), and how they suggest a name
 * for a misspelt one ({@link io.mutualplan.core.Suggestion}). Scheduling is in {@link
 * io.mutualplan.core.schedule}, the comparison of two versions in {@link io.mutualplan.core.diff}.
 */
package io.mutualplan.core;

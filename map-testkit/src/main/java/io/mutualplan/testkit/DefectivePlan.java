package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import java.time.LocalDate;

/**
 * A plan with exactly one defect that one built-in rule reports, next to the clean plan it was
 * made from.
 *
 * <p>"Exactly its rule" means: evaluated at {@link #asOf()} with profile {@code full} and default
 * parameters, the rule {@link #ruleId()} reports at least one finding on {@link #plan()} and none
 * on {@link #cleanPlan()}, and every other rule's findings on the two plans are equal. The clean
 * plan usually has no findings at all; for two rules it cannot (see {@link
 * DefectivePlanGenerator}).
 *
 * @param ruleId the id of the rule the defect triggers, e.g. {@code owner-assigned}
 * @param cleanPlan the plan before the defect
 * @param plan the plan with the defect
 * @param asOf the as-of date to evaluate both plans at
 * @param description what the defect is, e.g. {@code removed both owners of legal-3}
 */
public record DefectivePlan(
    String ruleId, MutualActionPlan cleanPlan, MutualActionPlan plan, LocalDate asOf,
    String description) {}

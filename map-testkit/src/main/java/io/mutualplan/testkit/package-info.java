/**
 * Test data and harnesses for code built on MAP: seeded plan generators, a shrinker, the example
 * plans, a JUnit 5 property runner and a harness for custom rules.
 *
 * <p>Start with {@link io.mutualplan.testkit.PlanGenerators}: valid plans of any size and graph
 * shape, plans with exactly one defect, malformed and rejected documents, pipelines. Every
 * generator takes a {@link java.util.random.RandomGenerator}, so the same seed gives the same
 * plan, and none needs a property-testing engine. The annotation {@link
 * io.mutualplan.testkit.PlanProperty} (or {@link io.mutualplan.testkit.PlanProperties} inside one
 * test) runs a test over many seeded plans and, on a failure, shrinks the plan with {@link
 * io.mutualplan.testkit.PlanShrinker} and reports the seeds that replay it. {@link
 * io.mutualplan.testkit.Fixtures} loads the example plans by name, and {@link
 * io.mutualplan.testkit.RuleTester} checks a custom rule's findings.
 *
 * <pre>{@code
 * class SchedulerProperties {
 *   @PlanProperty(cases = 500)
 *   void everyMilestoneIsScheduled(MutualActionPlan plan) {
 *     assertThat(Scheduler.schedule(plan, ASOF).milestones()).hasSameSizeAs(plan.milestones());
 *   }
 * }
 * }</pre>
 *
 * <p>ArchUnit rules for custom rule classes are in {@link io.mutualplan.testkit.archunit}.
 */
package io.mutualplan.testkit;

package io.mutualplan.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a JUnit 5 test method a property over many seeded plans: the method runs once per case,
 * each time with a new plan, and the first failing case is shrunk and reported with the seeds
 * that replay it (a {@link PlanPropertyFailure}); the remaining cases are then not run.
 *
 * <pre>{@code
 * class SchedulerProperties {
 *   static PlanGenerator smallPlans() {
 *     return PlanGenerators.validPlans().milestones(1, 10);
 *   }
 *
 *   @PlanProperty(cases = 500, generator = "smallPlans")
 *   void everyMilestoneIsScheduled(MutualActionPlan plan) {
 *     assertThat(Scheduler.schedule(plan, ASOF).milestones()).hasSameSizeAs(plan.milestones());
 *   }
 * }
 * }</pre>
 *
 * <p>The method takes a {@link io.mutualplan.core.MutualActionPlan} and, optionally, a {@link
 * java.util.random.RandomGenerator} seeded for the case (for other random inputs the property
 * needs; it restarts from the same seed for every plan tried while shrinking), and no other
 * parameters. While shrinking, the method is called again directly on the same test instance,
 * without the {@code @BeforeEach} and {@code @AfterEach} methods around each call, so a property
 * should not depend on per-call setup. An assumption that fails skips that case.
 *
 * <p>The system properties {@code map.property.cases} and {@code map.property.seed} (a decimal or
 * {@code 0x} hexadecimal long, or {@code random}) override {@link #cases()} and {@link #seed()} of
 * every property in the run.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(PlanPropertyExtension.class)
// JUnit's annotations, which a test reads itself, and the extension, which is not API: JUnit
// creates it reflectively (module-info opens it to JUnit), and users never name it.
@SuppressWarnings("exports")
public @interface PlanProperty {

  /**
   * How many plans to check.
   *
   * @return the number of cases, {@code >= 1}; 200 by default
   */
  int cases() default 200;

  /**
   * The seed of the run: a decimal or {@code 0x} hexadecimal long, or {@code random}. Empty (the
   * default) derives a fixed seed from the test class and method names, so a build that passed
   * passes again.
   *
   * @return the seed, or empty
   */
  String seed() default "";

  /**
   * Where the plans come from: the name of a static method without parameters, or a static field,
   * of the test class (or {@code com.example.Class#member} elsewhere) whose value is a {@link
   * PlanGenerator}. Empty (the default) means {@link PlanGenerators#validPlans()}. A name that
   * the class does not have fails the test, suggesting the closest method or field of the class
   * that gives a {@code PlanGenerator} when one is a typo away ({@code "plan"}: did you mean
   * {@code 'plans'}?).
   *
   * @return the generator's name, or empty
   */
  String generator() default "";

  /**
   * Whether a failing plan is shrunk before it is reported.
   *
   * @return true by default
   */
  boolean shrink() default true;
}

package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.TestAbortedException;

/**
 * Runs a property over many seeded plans inside one test, and on the first failure shrinks the
 * plan and fails with a {@link PlanPropertyFailure} that gives the seeds and the shrunk plan.
 *
 * <pre>{@code
 * @Test
 * void everyPlanHasASchedule() {
 *   PlanProperties.forAll(PlanGenerators.validPlans().milestones(0, 30))
 *       .cases(500)
 *       .check(plan -> assertThat(Scheduler.schedule(plan, asOf).milestones())
 *           .hasSameSizeAs(plan.milestones()));
 * }
 * }</pre>
 *
 * <p>Case {@code k}'s plan comes from {@code new SplittableRandom(s_k)} where {@code s_1} is the
 * run's seed and each next seed is a fixed mix of the one before, so a run is reproducible. The
 * seed is the one given here, else derived from the property's {@link #named name}; the system
 * properties {@code map.property.seed} (a number, or {@code random}) and {@code
 * map.property.cases} override both, for every property in the run. A property that throws fails;
 * one aborted by a JUnit assumption skips that case. Shrinking keeps only plans on which the
 * property fails with the same class of exception.
 *
 * <p>Instances are immutable: each setting returns a new one.
 */
public final class PlanProperties {
  private static final int DEFAULT_CASES = 200;
  private static final String DEFAULT_NAME = "plan property";

  private final PlanGenerator generator;
  private final int cases;
  private final Optional<String> seed;
  private final String name;
  private final boolean shrink;

  private PlanProperties(PlanGenerator generator, int cases, Optional<String> seed, String name,
      boolean shrink) {
    this.generator = generator;
    this.cases = cases;
    this.seed = seed;
    this.name = name;
    this.shrink = shrink;
  }

  /**
   * A property over the plans of a generator: 200 cases unless told otherwise.
   *
   * @param generator where the plans come from
   * @return the runner
   */
  public static PlanProperties forAll(PlanGenerator generator) {
    return new PlanProperties(generator, DEFAULT_CASES, Optional.empty(), DEFAULT_NAME, true);
  }

  /**
   * How many plans to check (the system property {@code map.property.cases} overrides it).
   *
   * @param cases {@code >= 1}
   * @return the changed runner
   */
  public PlanProperties cases(int cases) {
    if (cases < 1) {
      throw new IllegalArgumentException("a property needs at least 1 case, not " + cases);
    }
    return new PlanProperties(generator, cases, seed, name, shrink);
  }

  /**
   * The seed of the run (the system property {@code map.property.seed} overrides it).
   *
   * @param seed any long
   * @return the changed runner
   */
  public PlanProperties seed(long seed) {
    return new PlanProperties(generator, cases, Optional.of(Long.toString(seed)), name, shrink);
  }

  /**
   * The property's name, shown in the failure report; without an explicit seed, the seed is
   * derived from it, so differently named properties see different plans.
   *
   * @param name e.g. {@code "every plan has a schedule"}
   * @return the changed runner
   */
  public PlanProperties named(String name) {
    return new PlanProperties(generator, cases, seed, name, shrink);
  }

  /**
   * Whether a failing plan is shrunk before it is reported (default true).
   *
   * @param shrink false to report the generated plan as it is
   * @return the changed runner
   */
  public PlanProperties shrinking(boolean shrink) {
    return new PlanProperties(generator, cases, seed, name, shrink);
  }

  /**
   * Checks the property on every case, stopping at the first failure.
   *
   * @param property throws (an assertion error, or anything else) when a plan breaks it
   * @throws PlanPropertyFailure on the first case that fails, with the seeds and the shrunk plan
   * @throws TestAbortedException when an assumption aborted every case
   */
  @SuppressWarnings("exports") // a JUnit type: the test that calls this reads JUnit's API itself
  public void check(ThrowingConsumer<? super MutualActionPlan> property) {
    Objects.requireNonNull(property, "property");
    int runCases = PropertySettings.cases(cases);
    long runSeed = PropertySettings.seed(seed, PropertySettings.seedOf(name));
    long caseSeed = runSeed;
    int aborted = 0;
    for (int caseNumber = 1; caseNumber <= runCases; caseNumber++) {
      MutualActionPlan plan = generate(caseNumber, caseSeed);
      try {
        property.accept(plan);
      } catch (TestAbortedException e) {
        aborted++;
      } catch (Throwable failure) {
        Counterexample.Origin origin =
            new Counterexample.Origin(name, caseNumber, runCases, runSeed, caseSeed);
        throw Counterexample.report(
            origin, plan, failure, p -> Counterexample.attempt(property, p), shrink);
      }
      caseSeed = PropertySettings.next(caseSeed);
    }
    if (aborted == runCases) {
      throw new TestAbortedException("an assumption aborted every one of the " + runCases
          + " cases of " + name + "; nothing was checked");
    }
  }

  private MutualActionPlan generate(int caseNumber, long caseSeed) {
    try {
      return generator.plan(new SplittableRandom(caseSeed));
    } catch (RuntimeException e) {
      throw new IllegalStateException("the generator of " + name + " failed on case " + caseNumber
          + " (-D" + PropertySettings.SEED + "=" + PropertySettings.format(caseSeed) + " -D"
          + PropertySettings.CASES + "=1 replays it): " + e.getMessage(), e);
    }
  }
}

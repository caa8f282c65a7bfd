package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Makes valid plans from a source of randomness: the same source state gives the same plan.
 *
 * <p>Generators do not depend on any property-testing engine: anything that hands out a {@link
 * RandomGenerator} can drive them, including plain JUnit 5 tests. The ready-made ones are in
 * {@link PlanGenerators}; a lambda is a generator too.
 *
 * <pre>{@code
 * PlanGenerator smallChains = PlanGenerators.validPlans().milestones(1, 7).shape(GraphShape.CHAIN);
 * MutualActionPlan plan = smallChains.plan(new SplittableRandom(42));
 * }</pre>
 */
@FunctionalInterface
public interface PlanGenerator {

  /**
   * Generates one plan.
   *
   * @param random the source of randomness; the plan depends on nothing else
   * @return a valid plan
   */
  MutualActionPlan plan(RandomGenerator random);

  /**
   * A generator whose plans are this generator's, changed by {@code change}.
   *
   * <pre>{@code
   * PlanGenerator withoutOutcome = PlanGenerators.validPlans().map(p -> p.withOutcome(Optional.empty()));
   * }</pre>
   *
   * @param change a function from a plan to a plan, e.g. a {@code withX} call
   * @return the changed generator
   */
  default PlanGenerator map(UnaryOperator<MutualActionPlan> change) {
    return random -> change.apply(plan(random));
  }

  /**
   * A fixed list of plans from a seed, handy for JUnit's {@code @MethodSource}.
   *
   * <pre>{@code
   * static List<MutualActionPlan> plans() {
   *   return PlanGenerators.validPlans().samples(42, 100);
   * }
   * }</pre>
   *
   * @param seed the seed; the same seed gives the same list
   * @param count how many plans
   * @return the plans
   */
  default List<MutualActionPlan> samples(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
    RandomGenerator random = new SplittableRandom(seed);
    List<MutualActionPlan> plans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      plans.add(plan(random));
    }
    return List.copyOf(plans);
  }
}

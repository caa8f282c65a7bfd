package io.mutualplan.testkit;

import io.mutualplan.core.PlanLimits;

/**
 * The ready-made plan generators: the entry point of the testkit's data.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(seed);
 * MutualActionPlan any = PlanGenerators.validPlans().plan(random);
 * MutualActionPlan chain = PlanGenerators.graph(GraphShape.CHAIN).milestones(20, 20).plan(random);
 * }</pre>
 */
public final class PlanGenerators {
  private PlanGenerators() {}

  /**
   * Valid plans of every kind, with the default settings of {@link ValidPlanGenerator}: 0 to 12
   * milestones, 2 to 8 stakeholders on both sides, every graph shape, calendar style, dependency
   * type and status, lags from -5 to 10.
   *
   * @return the generator; refine it with its settings
   */
  public static ValidPlanGenerator validPlans() {
    return ValidPlanGenerator.defaults();
  }

  /**
   * Valid plans whose dependency graph has the given shape.
   *
   * @param shape the shape
   * @return the generator; refine it with its settings (size, density, ...)
   */
  public static ValidPlanGenerator graph(GraphShape shape) {
    return validPlans().shape(shape);
  }

  /**
   * Malformed plan documents: valid plans written by map-json, then broken in one way each (see
   * {@link Malformation}).
   *
   * @return the generator; refine it with its settings
   */
  public static MalformedDocumentGenerator malformedDocuments() {
    return MalformedDocumentGenerator.defaults();
  }

  /**
   * Plan documents with exactly one thing a reader rejects each (see {@link ReaderRejection}).
   *
   * @return the generator; refine it with its settings
   */
  public static RejectedDocumentGenerator rejectedDocuments() {
    return RejectedDocumentGenerator.defaults();
  }

  /**
   * Plans with exactly one defect each, one built-in rule's trigger (see {@link DefectivePlan}).
   *
   * @return the generator; refine it with its settings
   */
  public static DefectivePlanGenerator defectivePlans() {
    return DefectivePlanGenerator.defaults();
  }

  /**
   * Ready plans: plans that pass every built-in rule of profile {@code full}, with default
   * parameters, as of 2027-01-04 (for another date, {@code
   * defectivePlans().asOf(date).readyPlans()}).
   *
   * @return the generator
   */
  public static PlanGenerator readyPlans() {
    return defectivePlans().readyPlans();
  }

  /**
   * Pipelines: many plans as NDJSON in a realistic mix of ready, needs-work, close plans in
   * disguise, slipping and cyclic plans, and a few broken lines (see {@link PipelineKind}).
   *
   * @return the generator; refine it with its settings
   */
  public static PipelineGenerator pipelines() {
    return PipelineGenerator.defaults();
  }

  /**
   * Large valid plans for benchmarks: exactly {@code milestones} milestones joined by about {@code
   * dependencies} dependencies in a random DAG (the count is a binomial draw around the target),
   * a weekday calendar with holidays, and the usual fields. Generation is linear in milestones
   * plus dependencies; building the plan runs the model's validation, which is linear too.
   *
   * <pre>{@code
   * MutualActionPlan big = PlanGenerators.largePlans(1_000_000, 3_000_000).plan(new SplittableRandom(1));
   * }</pre>
   *
   * @param milestones how many milestones, {@code 0..}{@link PlanLimits#MAX_MILESTONES}
   * @param dependencies the expected number of dependencies, at most {@code milestones * (milestones
   *     - 1) / 2}
   * @return the generator
   */
  public static ValidPlanGenerator largePlans(int milestones, long dependencies) {
    long pairs = (long) milestones * (milestones - 1) / 2;
    if (dependencies < 0 || dependencies > pairs) {
      throw new IllegalArgumentException("a DAG of " + milestones + " milestones has between 0 and "
          + pairs + " dependencies; asked for " + dependencies);
    }
    double density = pairs == 0 ? 0 : (double) dependencies / pairs;
    return validPlans()
        .milestones(milestones, milestones)
        .shape(GraphShape.RANDOM_DAG)
        .edgeDensity(density)
        .calendar(CalendarStyle.WEEKDAYS_WITH_HOLIDAYS)
        .trickyText(0);
  }
}

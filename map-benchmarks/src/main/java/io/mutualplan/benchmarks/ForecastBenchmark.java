package io.mutualplan.benchmarks;

import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Monte Carlo forecast, on one thread: {@code forecast} runs a whole forecast (10,000 trials
 * of the 7-milestone Acme plan; 1,000 trials of a 10,000-milestone, 30,000-dependency plan with an
 * estimate on every milestone); {@code obviousTrial} runs one trial the obvious way: a new plan
 * with drawn durations, through {@link Scheduler#schedule}, reading what a forecast counts (the
 * finish, the slack, every milestone's early finish and critical flag). The report divides the
 * forecast by its trials to compare them per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ForecastBenchmark {
  /** The plan: the Acme example, or a 10,000-milestone random DAG with estimates. */
  @Param({"acme-go-live", "random-10000"})
  public String plan;

  private MutualActionPlan subject;
  private ForecastSettings settings;
  /** Drawn durations for the obvious way, one vector per trial, used in turn. */
  private int[][] drawn;
  private int next;

  /** Builds the plan, and draws the obvious way's durations, once per trial. */
  @Setup(Level.Trial)
  public void prepare() {
    boolean acme = plan.equals("acme-go-live");
    subject = acme ? BenchmarkPlans.sevenSteps() : BenchmarkPlans.estimatedDag(10_000);
    subject.indexOf(subject.milestones().get(0).id());
    settings = ForecastSettings.builder().trials(acme ? 10_000 : 1_000).build();
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2});
    List<Milestone> milestones = subject.milestones();
    drawn = new int[64][milestones.size()];
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      Optional<Estimate> estimate = milestone.estimate();
      for (int[] vector : drawn) {
        vector[i] = milestone.scheduledDurationDays();
        if (!milestone.isComplete() && estimate.isPresent()) {
          Estimate e = estimate.get();
          vector[i] = e.optimistic() == e.pessimistic() ? e.optimistic()
              : (int) Math.floor(TriangularDistribution.of(e.optimistic(), e.likely(),
                  e.pessimistic()).createSampler(random).sample() + 0.5);
        }
      }
    }
  }

  /**
   * A whole forecast on one thread.
   *
   * @return the forecast
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Forecast forecast() {
    return Forecaster.forecast(subject, BenchmarkPlans.AS_OF, settings);
  }

  /**
   * One trial the obvious way: a new plan with the drawn durations, scheduled.
   *
   * @return a figure of every milestone read, so that nothing is optimized away
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long obviousTrial() {
    int[] durations = drawn[next++ & (drawn.length - 1)];
    List<Milestone> milestones = subject.milestones();
    List<Milestone> changed = new ArrayList<>(milestones.size());
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      changed.add(milestone.isComplete() ? milestone : milestone.withDurationDays(durations[i]));
    }
    Schedule schedule = Scheduler.schedule(subject.withMilestones(changed), BenchmarkPlans.AS_OF);
    long figure = schedule.slackDays()
        + schedule.projectedFinish().map(LocalDate::toEpochDay).orElse(0L);
    for (int i = 0; i < milestones.size(); i++) {
      var line = schedule.milestone(i);
      figure += line.earlyFinish().toEpochDay() + (line.critical() ? 1 : 0);
    }
    return figure;
  }
}

package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.fixtures.Check;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.fixtures.TestRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One engine serves many threads: 16 threads evaluating 10,000 plans together give, plan for plan,
 * the same reports as one thread.
 */
class ConcurrentEvaluationTest {
  private static final int EVALUATIONS = 10_000;
  private static final int THREADS = 16;

  private static List<MutualActionPlan> plans() {
    MutualActionPlan acme = ExamplePlans.acme();
    List<MutualActionPlan> plans = new ArrayList<>();
    plans.add(acme);
    plans.add(ExamplePlans.closePlanInDisguise());
    plans.add(ExamplePlans.lightweightEmailPlan());
    plans.add(ExamplePlans.sevenStepTemplate());
    plans.add(ExamplePlans.classicMistakes());
    plans.add(Check.edit(acme, "legal", m -> m.withDurationDays(60)));
    plans.add(Check.edit(acme, "legal", m -> m.withStatus(MilestoneStatus.BLOCKED)));
    plans.add(Check.edit(acme, "security-docs", m -> m.withDependsOn(Dependency.on("legal"))));
    plans.add(acme.withSignOffs());
    for (int size = 0; size <= 9; size++) {
      plans.add(TestPlans.withMilestones(size, size / 2));
    }
    return plans;
  }

  private static LocalDate asOf(int evaluation) {
    return ExamplePlans.AS_OF.plusDays(evaluation % 97);
  }

  @Test
  void sixteenThreadsGiveTheSameReportsAsOne() throws Exception {
    RuleEngine engine = RuleEngine.builder()
        .profile(Profile.AUTO)
        .discoverRules()
        .addRule(TestRules.throwing("always-fails", new IllegalStateException("broken")))
        .addRule(TestRules.reportingBackwards("backwards"))
        .build();
    List<MutualActionPlan> plans = plans();
    List<QualityReport> expected = new ArrayList<>(EVALUATIONS);
    for (int i = 0; i < EVALUATIONS; i++) {
      expected.add(engine.evaluate(plans.get(i % plans.size()), asOf(i)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<QualityReport>>> slices = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        slices.add(pool.submit(() -> {
          List<QualityReport> reports = new ArrayList<>();
          for (int i = thread; i < EVALUATIONS; i += THREADS) {
            reports.add(engine.evaluate(plans.get(i % plans.size()), asOf(i)));
          }
          return reports;
        }));
      }
      for (int t = 0; t < THREADS; t++) {
        List<QualityReport> reports = slices.get(t).get();
        for (int k = 0, i = t; i < EVALUATIONS; k++, i += THREADS) {
          assertThat(reports.get(k)).as("evaluation %d", i).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

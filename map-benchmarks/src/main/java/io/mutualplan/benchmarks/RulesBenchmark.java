package io.mutualplan.benchmarks;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.testkit.Fixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * All 25 built-in rules on the seven-milestone Acme example as of 2026-11-22, schedule included:
 * the rule engine beside {@link HandWrittenChecks}, the same checks written inline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RulesBenchmark {
  private final RuleEngine engine = RuleEngine.builder().build();
  private MutualActionPlan plan;

  /** Reads the plan once per trial. */
  @Setup(Level.Trial)
  public void read() {
    plan = Fixtures.plan("acme-go-live");
  }

  /**
   * The rule engine with every built-in rule.
   *
   * @return the report
   */
  @Benchmark
  public QualityReport engine() {
    return engine.evaluate(plan, BenchmarkPlans.AS_OF);
  }

  /**
   * The same checks written by hand.
   *
   * @return the findings
   */
  @Benchmark
  public List<HandWrittenChecks.Finding> handWritten() {
    return HandWrittenChecks.check(plan, BenchmarkPlans.AS_OF);
  }
}

package io.mutualplan.benchmarks;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import io.mutualplan.testkit.PipelineLine;
import io.mutualplan.testkit.PlanGenerators;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What {@code map portfolio} does per plan, on one thread, over 1,000 lines of a generated
 * pipeline of seven-milestone plans (the mix of {@link PipelineFile}): reading a line, checking
 * and scheduling the plan into a row, the whole of it with the row's NDJSON line, and folding
 * rows into the summary, sequentially and on a parallel stream. Times are per plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PortfolioBenchmark {
  private static final int LINES = 1_000;
  private static final LocalDate AS_OF = LocalDate.parse("2027-01-04");
  private static final MapJson JSON = MapJson.standard();

  private final RuleEngine engine = RuleEngine.builder().build();
  private final List<byte[]> lines = new ArrayList<>();
  private final List<MutualActionPlan> plans = new ArrayList<>();
  private final List<PortfolioEntry> entries = new ArrayList<>();

  /** Generates the pipeline, and reads and summarises it once for the later stages. */
  @Setup(Level.Trial)
  public void generate() {
    for (PipelineLine line : PlanGenerators.pipelines().milestones(7)
        .lines(new SplittableRandom(PipelineFile.SEED), LINES)) {
      lines.add(line.text().getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < lines.size(); i++) {
      entries.add(entry(i));
      if (entries.get(i) instanceof PlanSummary) {
        plans.add(JSON.plans().read(lines.get(i)));
      }
    }
  }

  private PortfolioEntry entry(int index) {
    try {
      MutualActionPlan plan = JSON.plans().read(lines.get(index));
      return PlanSummary.summarize("pipeline.ndjson", plan, AS_OF, engine).withLine(index + 1);
    } catch (DocumentReadException e) {
      return PlanFailure.builder().source("pipeline.ndjson").line(index + 1)
          .addProblem(e.problems().get(0).toString()).build();
    }
  }

  /**
   * Reading a line into a plan (or its problems).
   *
   * @param sink where the plans go
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void readLine(Blackhole sink) {
    for (byte[] line : lines) {
      try {
        sink.consume(JSON.plans().read(line));
      } catch (DocumentReadException e) {
        sink.consume(e);
      }
    }
  }

  /**
   * Checking and scheduling a plan into its row.
   *
   * @param sink where the rows go
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void summarizePlan(Blackhole sink) {
    for (MutualActionPlan plan : plans) {
      sink.consume(PlanSummary.summarize("pipeline.ndjson", plan, AS_OF, engine));
    }
  }

  /**
   * All of it for a line: read, check, schedule, and the row's NDJSON line.
   *
   * @param sink where the lines go
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void wholeLine(Blackhole sink) {
    for (int i = 0; i < lines.size(); i++) {
      PortfolioEntry entry = entry(i);
      if (entry instanceof PlanSummary row) {
        sink.consume(JSON.portfolioRows().writeBytes(row));
      }
    }
  }

  /**
   * Folding rows into the summary on one thread.
   *
   * @return the summary
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public PortfolioSummary collect() {
    return entries.stream().collect(PortfolioSummary.collector(engine));
  }

  /**
   * Folding rows into the summary on a parallel stream.
   *
   * @return the summary
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public PortfolioSummary collectParallel() {
    return entries.parallelStream().collect(PortfolioSummary.collector(engine));
  }
}

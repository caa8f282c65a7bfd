package io.mutualplan.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.PlanGenerators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing a plan document with {@link MapJson} and, as the baseline, with plain
 * Jackson databind into the mutable {@link PlanPojo}. Both read the same bytes. MAP's reader also
 * checks every rule of the plan format and builds the immutable, validated model; the databind
 * baseline checks nothing, so the ratio is the price of that work, not of two equal jobs.
 *
 * <p>{@code size = 7} is the Acme example (examples/acme-go-live.json); {@code size = 10000} is a
 * seeded {@link PlanGenerators#largePlans(int, long)} plan of 10,000 milestones and about 30,000
 * dependencies, written once by MAP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JsonBenchmark {
  /** Milestones in the plan. */
  @Param({"7", "10000"})
  public int size;

  private final MapJson json = MapJson.standard();
  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] bytes;
  private MutualActionPlan plan;
  private PlanPojo pojo;

  /**
   * Makes the document once per trial, and the plan and POJO the write benchmarks write.
   *
   * @throws IOException never: the document is valid
   */
  @Setup(Level.Trial)
  public void prepare() throws IOException {
    if (size == 7) {
      bytes = Fixtures.json("acme-go-live").getBytes(StandardCharsets.UTF_8);
    } else {
      MutualActionPlan generated = PlanGenerators.largePlans(size, 3L * size)
          .plan(new SplittableRandom(20261122L));
      bytes = json.writePlanBytes(generated);
    }
    plan = json.readPlan(bytes);
    if (plan.milestones().size() != size) {
      throw new IllegalStateException("expected " + size + " milestones, got "
          + plan.milestones().size());
    }
    pojo = mapper.readValue(bytes, PlanPojo.class);
    if (!PojoPlans.toPlan(pojo).equals(plan)) {
      throw new IllegalStateException("databind and the builders read another plan than MapJson");
    }
  }

  /**
   * MAP reads and validates the document into the model.
   *
   * @return the plan
   */
  @Benchmark
  public MutualActionPlan mapRead() {
    return json.readPlan(bytes);
  }

  /**
   * MAP writes the model.
   *
   * @return the document
   */
  @Benchmark
  public byte[] mapWrite() {
    return json.writePlanBytes(plan);
  }

  /**
   * Databind reads the same bytes into the POJO, checking nothing.
   *
   * @return the POJO
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public PlanPojo databindRead() throws IOException {
    return mapper.readValue(bytes, PlanPojo.class);
  }

  /**
   * Databind reads the same bytes and the POJO is turned into the validated model through the
   * model's builders ({@link PojoPlans}): the like-for-like way to get what {@link #mapRead}
   * gives, without its line and column for problems or its checks of the document's shape.
   *
   * @return the plan
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public MutualActionPlan databindReadAndBuild() throws IOException {
    return PojoPlans.toPlan(mapper.readValue(bytes, PlanPojo.class));
  }

  /**
   * Databind writes the POJO.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] databindWrite() throws IOException {
    return mapper.writeValueAsBytes(pojo);
  }
}

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
 * Reading and writing a plan document with {@link MapJson} and, as baselines, with plain Jackson
 * databind. All of them read the same bytes. MAP's reader also checks every rule of the plan
 * format and builds the immutable, validated model; the databind baselines check nothing, so the
 * ratio is the price of that work, not of two equal jobs.
 *
 * <ul>
 *   <li>{@link #databindRead} and {@link #databindWrite}, the primary baseline: the document read
 *       into and written from {@link TypedPlanPojo}, a mutable POJO with the model's value types
 *       ({@link java.time.LocalDate} and {@link java.time.Instant} through
 *       jackson-datatype-jsr310, enums, {@link java.math.BigDecimal}, typed dependencies that
 *       also read the bare-id form). The issue asks for MAP against databind "reading and writing
 *       the same document into an equivalent mutable POJO", and the model's values are dates,
 *       instants, enums and typed dependencies, not strings: this is what an engineer would write
 *       with databind for this format.
 *   <li>{@link #databindReadStrings} and {@link #databindWriteStrings}, a stricter comparison for
 *       information: {@link PlanPojo} keeps dates, instants and enumerations as strings and
 *       dependencies as strings or maps, so databind does the least work it can.
 *   <li>{@link #databindReadAndBuild}, the like-for-like comparison: {@link PlanPojo} turned into
 *       the validated model through the model's builders ({@link PojoPlans}).
 * </ul>
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
  private final ObjectMapper typedMapper = TypedPlanPojo.mapper();
  private byte[] bytes;
  private MutualActionPlan plan;
  private PlanPojo pojo;
  private TypedPlanPojo typedPojo;

  /**
   * Makes the document once per trial, and the plan and POJOs the write benchmarks write. Fails
   * when a baseline does not carry the plan MapJson reads: the strings-only POJO through the
   * builders, the typed POJO through databind's own writing read back by MapJson; and when the
   * plan {@link #planCheck} rebuilds is another plan.
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
      bytes = json.plans().writeBytes(generated);
    }
    plan = json.plans().read(bytes);
    if (plan.milestones().size() != size) {
      throw new IllegalStateException("expected " + size + " milestones, got "
          + plan.milestones().size());
    }
    pojo = mapper.readValue(bytes, PlanPojo.class);
    if (!PojoPlans.toPlan(pojo).equals(plan)) {
      throw new IllegalStateException("databind and the builders read another plan than MapJson");
    }
    typedPojo = typedMapper.readValue(bytes, TypedPlanPojo.class);
    if (!json.plans().read(typedMapper.writeValueAsBytes(typedPojo)).equals(plan)) {
      throw new IllegalStateException("the typed POJO written by databind is another plan");
    }
    if (!planCheck().equals(plan)) {
      throw new IllegalStateException("the plan rebuilt for its check is another plan");
    }
  }

  /**
   * MAP reads and validates the document into the model.
   *
   * @return the plan
   */
  @Benchmark
  public MutualActionPlan mapRead() {
    return json.plans().read(bytes);
  }

  /**
   * MAP writes the model.
   *
   * @return the document
   */
  @Benchmark
  public byte[] mapWrite() {
    return json.plans().writeBytes(plan);
  }

  /**
   * Databind reads the same bytes into the typed POJO, checking nothing.
   *
   * @return the POJO
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public TypedPlanPojo databindRead() throws IOException {
    return typedMapper.readValue(bytes, TypedPlanPojo.class);
  }

  /**
   * Databind reads the same bytes into the strings-only POJO, checking nothing.
   *
   * @return the POJO
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public PlanPojo databindReadStrings() throws IOException {
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
   * The plan's own check, alone: the plan rebuilt from the parts {@link #mapRead} gave, so that
   * its check runs again (ids, owners, every dependency resolved), without reading anything and
   * without the milestones' own checks, which they passed when they were read. For information:
   * the part of {@link #mapRead} that a reader as fast as databind would still pay.
   *
   * @return the plan, checked again
   */
  @Benchmark
  public MutualActionPlan planCheck() {
    return MutualActionPlan.builder().from(plan).build();
  }

  /**
   * Databind writes the typed POJO.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] databindWrite() throws IOException {
    return typedMapper.writeValueAsBytes(typedPojo);
  }

  /**
   * Databind writes the strings-only POJO.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] databindWriteStrings() throws IOException {
    return mapper.writeValueAsBytes(pojo);
  }
}

package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.internal.Draw;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Makes a pipeline: plans as NDJSON, one compact plan document per line, in a realistic mix of
 * ready plans, plans that need work, close plans in disguise, slipping plans, plans with a
 * dependency cycle and a few broken lines (see {@link PipelineKind}). For testing and
 * benchmarking code that reads many plans at once, such as {@code map portfolio}.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("pipeline.ndjson"))) {
 *   PlanGenerators.pipelines().milestones(7).write(new SplittableRandom(42), 100_000, out);
 * }
 * }</pre>
 *
 * <p>The default mix, in percent: ready 45, needs work 25, close plan in disguise 10, slipping 15,
 * cyclic 3, broken 2. Plans are made by the testkit's one-defect generator (a ready plan, then one
 * rule's trigger), as of 2027-01-04 unless set: check them as of that date. Broken lines are
 * malformed documents of {@link MalformedDocumentGenerator} that keep to one line. The same seed
 * gives the same lines.
 *
 * <p>Instances are immutable: each setting returns a new generator.
 */
public final class PipelineGenerator {
  private static final MapJson JSON = MapJson.standard();

  private static final Map<PipelineKind, Integer> DEFAULT_MIX = defaultMix();

  /** Malformations whose text never holds a line break (a raw newline is a bad escape). */
  private static final MalformedDocumentGenerator BROKEN = PlanGenerators.malformedDocuments()
      .malformations(Malformation.TRUNCATED, Malformation.DELETED_BRACKET,
          Malformation.SWAPPED_TYPE, Malformation.DUPLICATE_KEY, Malformation.TRAILING_CONTENT,
          Malformation.NOT_AN_OBJECT);

  private static final String[] NEEDS_WORK_RULES = {
    "milestone-count", "seller-share", "economic-buyer-sign-off", "champion-named",
    "multi-threaded", "owner-assigned", "due-date-set", "exit-criteria", "outcome-anchored",
    "outcome-set-by-buyer", "schedule-feasible", "due-date-realistic",
    "dates-respect-dependencies", "facts-not-in-future", "blocked-has-note", "buyer-engagement",
    "post-sale-steps", "seller-internal-steps", "paper-process", "durations-estimated"
  };

  private final DefectivePlanGenerator plans;
  private final Map<PipelineKind, Integer> mix;
  private final int totalWeight;

  private PipelineGenerator(DefectivePlanGenerator plans, Map<PipelineKind, Integer> mix) {
    this.plans = plans;
    this.mix = mix;
    this.totalWeight = mix.values().stream().mapToInt(Integer::intValue).sum();
  }

  static PipelineGenerator defaults() {
    return new PipelineGenerator(DefectivePlanGenerator.defaults(), DEFAULT_MIX);
  }

  private static Map<PipelineKind, Integer> defaultMix() {
    Map<PipelineKind, Integer> mix = new EnumMap<>(PipelineKind.class);
    mix.put(PipelineKind.READY, 45);
    mix.put(PipelineKind.NEEDS_WORK, 25);
    mix.put(PipelineKind.CLOSE_PLAN_IN_DISGUISE, 10);
    mix.put(PipelineKind.SLIPPING, 15);
    mix.put(PipelineKind.CYCLIC, 3);
    mix.put(PipelineKind.BROKEN, 2);
    return mix;
  }

  /**
   * The as-of date the plans are made for: ready plans are ready then, slipping plans slip then.
   * Default 2027-01-04.
   *
   * @param asOf the date
   * @return the changed generator
   */
  public PipelineGenerator asOf(LocalDate asOf) {
    return new PipelineGenerator(plans.asOf(asOf), mix);
  }

  /**
   * Plans of this many milestones before their defect (a defect may add some: {@code
   * milestone-count} makes eight to ten, {@code seller-share} eleven). Default: five to seven,
   * drawn per plan.
   *
   * @param count 1 to 7
   * @return the changed generator
   */
  public PipelineGenerator milestones(int count) {
    return new PipelineGenerator(plans.milestones(count), mix);
  }

  /**
   * How often a kind of line comes, as a weight against the others' (the default weights are
   * percentages).
   *
   * @param kind the kind
   * @param weight 0 to leave the kind out, or more
   * @return the changed generator
   * @throws IllegalArgumentException when the weight is negative or every weight would be 0
   */
  public PipelineGenerator weight(PipelineKind kind, int weight) {
    Objects.requireNonNull(kind, "kind");
    if (weight < 0) {
      throw new IllegalArgumentException("a weight is 0 or more, not " + weight);
    }
    Map<PipelineKind, Integer> changed = new EnumMap<>(mix);
    changed.put(kind, weight);
    if (changed.values().stream().allMatch(w -> w == 0)) {
      throw new IllegalArgumentException("at least one kind needs a weight above 0");
    }
    return new PipelineGenerator(plans, changed);
  }

  /**
   * Makes one line.
   *
   * @param random the source of randomness; the line depends on nothing else
   * @return the line
   */
  public PipelineLine line(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Draw draw = new Draw(random);
    PipelineKind kind = kind(draw);
    return switch (kind) {
      case READY -> plan(kind, plans.readyPlans().plan(random));
      case NEEDS_WORK -> defective(kind, random, NEEDS_WORK_RULES);
      case CLOSE_PLAN_IN_DISGUISE -> defective(kind, random, "co-authored", "both-sides-own-steps");
      case SLIPPING -> defective(kind, random, "due-date-slipped", "due-date-slipped", "overdue");
      case CYCLIC -> defective(kind, random, "dependencies-acyclic");
      case BROKEN -> new PipelineLine(kind, BROKEN.document(random).text());
    };
  }

  /**
   * Writes a pipeline: {@code count} lines as UTF-8, each ended by {@code \n}. The stream is
   * flushed, not closed.
   *
   * @param random the source of randomness; the pipeline depends on nothing else
   * @param count how many lines, plans and broken ones
   * @param out where to write
   * @throws UncheckedIOException when writing fails; its cause is the stream's {@code IOException}
   */
  public void write(RandomGenerator random, long count, OutputStream out) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(out, "out");
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      for (long i = 0; i < count; i++) {
        writer.write(line(random).text());
        writer.write('\n');
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the pipeline", e);
    }
  }

  /**
   * Makes {@code count} lines in memory, for tests of small pipelines.
   *
   * @param random the source of randomness
   * @param count how many lines, at least 0
   * @return the lines, in order
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public List<PipelineLine> lines(RandomGenerator random, int count) {
    Objects.requireNonNull(random, "random");
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, was " + count);
    }
    return Stream.generate(() -> line(random)).limit(count).toList();
  }

  private PipelineKind kind(Draw draw) {
    int ticket = draw.between(0, totalWeight - 1);
    for (Map.Entry<PipelineKind, Integer> weighted : mix.entrySet()) {
      ticket -= weighted.getValue();
      if (ticket < 0) {
        return weighted.getKey();
      }
    }
    throw new IllegalStateException("weights " + mix);
  }

  private PipelineLine defective(PipelineKind kind, RandomGenerator random, String... rules) {
    return plan(kind, plans.rules(rules).defectivePlan(random).plan());
  }

  private static PipelineLine plan(PipelineKind kind, MutualActionPlan plan) {
    return new PipelineLine(kind, JSON.plans().write(plan));
  }
}

package io.mutualplan.forecast;

import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.schedule.CompiledPlan;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.SchedulePasses;
import io.mutualplan.core.schedule.WorkCalendar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjIntConsumer;

/**
 * One forecast, as the forecast spec states it: the trials' durations (drawn, or fixed), the
 * trials run in blocks on one or more threads, the counts added up, and the figures made from
 * them.
 *
 * <p>Every figure comes from whole-number counts (tallies of boundaries and durations, counts of
 * on-time and critical trials, sums of products of doubled ranks), which add up to the same totals
 * in any order: that, and each block's own generator, is why the number of threads cannot change
 * a forecast.
 */
final class Simulation {
  /**
   * The most drawn durations a forecast keeps for Spearman's ranks: 4,194,304, 8 MB as shorts (as
   * many bytes as the finishes of a million trials). Drawing them again instead took a tenth of a
   * forecast of the Acme plan; a forecast with more is drawn again from the same generators, so
   * that its memory stays bounded.
   */
  static final long MAX_KEPT_DRAWS = 1 << 22;

  private final CompiledPlan compiled;
  private final ForecastSettings settings;
  private final long maxKeptDraws;
  private final MutualActionPlan plan;
  private final WorkCalendar calendar;
  private final int trials;
  private final Optional<Outcome> outcome;
  /** Every milestone's duration when it is not drawn: the estimate's when it has no spread. */
  private final int[] baseDurations;
  /** The milestones whose durations are drawn, in plan order, and their estimates. */
  private final int[] sampled;
  private final Estimate[] estimates;
  /** The incomplete milestones, in plan order. */
  private final int[] incomplete;
  /**
   * One past the boundary of the last date a plan can hold, plus one: larger finishes are counted
   * here, all alike, so that no count grows without bound; a quantile that lands here is a date
   * past 9999-12-31, which the forecast reports as such.
   */
  private final long beyondPlanDates;
  private long[] blockStates;
  private long[] planFinishes;
  /**
   * Every trial's drawn durations, for Spearman's ranks: trial {@code k}'s draw for the {@code
   * j}-th drawn milestone at {@code k * sampled.length + j}; null when there would be more than
   * the most kept, and the draws are then made again.
   */
  private short[] keptDraws;

  /**
   * A forecast to run.
   *
   * @param compiled the plan
   * @param settings the trials, seed, distribution and threads
   * @param maxKeptDraws the most drawn durations kept for Spearman's ranks ({@link
   *     #MAX_KEPT_DRAWS}; tests set others to run both ways)
   */
  Simulation(CompiledPlan compiled, ForecastSettings settings, long maxKeptDraws) {
    this.compiled = compiled;
    this.settings = settings;
    this.maxKeptDraws = maxKeptDraws;
    this.plan = compiled.plan();
    this.calendar = compiled.calendar();
    this.trials = settings.trials();
    this.outcome = plan.outcome();
    this.beyondPlanDates = calendar.idx(PlanLimits.MAX_DATE.plusDays(1)) + 1;
    List<Milestone> milestones = plan.milestones();
    this.baseDurations = compiled.durations();
    List<Integer> drawnPositions = new ArrayList<>();
    List<Integer> incompletePositions = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      if (compiled.complete(i)) {
        continue;
      }
      incompletePositions.add(i);
      Optional<Estimate> estimate = milestones.get(i).estimate();
      if (estimate.isPresent()) {
        // The estimate is the uncertainty, even when durationDays is set.
        if (estimate.get().optimistic() < estimate.get().pessimistic()) {
          drawnPositions.add(i);
        } else {
          baseDurations[i] = estimate.get().optimistic();
        }
      }
    }
    this.sampled = drawnPositions.stream().mapToInt(Integer::intValue).toArray();
    this.estimates = new Estimate[sampled.length];
    for (int j = 0; j < sampled.length; j++) {
      estimates[j] = milestones.get(sampled[j]).estimate().orElseThrow();
    }
    this.incomplete = incompletePositions.stream().mapToInt(Integer::intValue).toArray();
  }

  // ---- what the workers read ----------------------------------------------------------------

  CompiledPlan compiled() {
    return compiled;
  }

  int[] baseDurations() {
    return baseDurations.clone();
  }

  int[] sampled() {
    return sampled;
  }

  int[] incomplete() {
    return incomplete;
  }

  Estimate estimate(int j) {
    return estimates[j];
  }

  Distribution distribution() {
    return settings.distribution();
  }

  boolean hasOutcome() {
    return outcome.isPresent();
  }

  long beyondPlanDates() {
    return beyondPlanDates;
  }

  long[] blockStates() {
    return blockStates;
  }

  long[] planFinishes() {
    return planFinishes;
  }

  short[] keptDraws() {
    return keptDraws;
  }

  int firstTrial(int block) {
    return block * BlockRandom.BLOCK_SIZE;
  }

  int endTrial(int block) {
    return Math.min(trials, (block + 1) * BlockRandom.BLOCK_SIZE);
  }

  // ---- the forecast -------------------------------------------------------------------------

  Forecast run() {
    Forecast.Builder forecast = Forecast.builder()
        .planId(plan.id())
        .asOf(compiled.asOf())
        .trials(trials)
        .seed(settings.seed())
        .distribution(settings.distribution())
        .deterministic(sampled.length == 0);
    SchedulePasses reference = compiled.newPasses();
    reference.run(baseDurations);
    if (outcome.isPresent()) {
      forecast.deadline(date(reference.deadline() - 1, "/outcome", Optional.empty(),
          "the deadline"));
    }
    if (!compiled.workLeft()) {
      return nothingLeftToDo(forecast);
    }
    if (sampled.length == 0) {
      return deterministic(forecast, reference);
    }
    return monteCarlo(forecast);
  }

  /** Every milestone complete (or none at all): the dates are facts. */
  private Forecast nothingLeftToDo(Forecast.Builder forecast) {
    Optional<LocalDate> latest = Optional.empty();
    for (Milestone milestone : plan.milestones()) {
      LocalDate completed = milestone.completed().orElseThrow();
      if (latest.isEmpty() || completed.isAfter(latest.get())) {
        latest = Optional.of(completed);
      }
      forecast.addMilestone(completedLine(milestone));
    }
    latest.ifPresent(date -> forecast.finish(FinishDates.of(date, date, date, date)));
    if (outcome.isPresent()) {
      forecast.onTimeTrials(trials).probabilityOnTime(1.0);
    }
    return forecast.build();
  }

  /** No drawn duration: every trial is the reference schedule, as if all of them ran. */
  private Forecast deterministic(Forecast.Builder forecast, SchedulePasses reference) {
    long finish = reference.finish();
    LocalDate finishDate = date(finish - 1, "", Optional.empty(), "the finish");
    forecast.finish(FinishDates.of(finishDate, finishDate, finishDate, finishDate));
    if (outcome.isPresent()) {
      boolean onTime = reference.slackDays() >= 0;
      forecast.onTimeTrials(onTime ? trials : 0).probabilityOnTime(onTime ? 1.0 : 0.0);
      LocalDate committed = date(finish + outcome.get().leadTimeDays(), "/outcome",
          Optional.empty(), "the outcome date to commit to");
      forecast.outcomeAtConfidence(OutcomeDates.of(committed, committed, committed));
    }
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (compiled.complete(i)) {
        forecast.addMilestone(completedLine(milestone));
        continue;
      }
      LocalDate finishes = milestoneDate(i, reference.earlyFinish(i) - 1, "finish");
      forecast.addMilestone(MilestoneForecast.builder()
          .id(milestone.id())
          .criticality(reference.critical(i) ? 1.0 : 0.0)
          .finishP50(finishes)
          .finishP80(finishes)
          .build());
    }
    return forecast.build();
  }

  private Forecast monteCarlo(Forecast.Builder forecast) {
    int blocks = BlockRandom.blocks(trials);
    blockStates = BlockRandom.blockStates(settings.seed(), blocks);
    planFinishes = new long[trials];
    if ((long) trials * sampled.length <= maxKeptDraws) {
      keptDraws = new short[trials * sampled.length];
    }
    TrialWorker[] workers = new TrialWorker[Math.min(settings.threads(), blocks)];
    for (int w = 0; w < workers.length; w++) {
      workers[w] = new TrialWorker(this);
    }
    forEachBlock(workers, blocks, TrialWorker::firstPass);

    // Add up every worker's counts.
    TrialWorker total = workers[0];
    for (int w = 1; w < workers.length; w++) {
      TrialWorker other = workers[w];
      total.planFinish.addAll(other.planFinish);
      total.onTime += other.onTime;
      for (int i = 0; i < incomplete.length; i++) {
        total.finishes[i].addAll(other.finishes[i]);
        total.critical[i] += other.critical[i];
      }
      for (int j = 0; j < sampled.length; j++) {
        total.drawn[j].addAll(other.drawn[j]);
      }
    }

    // Spearman's correlation needs every trial's ranks, known only now: a second pass over the
    // trials pairs each kept (or redrawn) duration's rank with the trial's finish rank.
    AverageRanks finishRanks = total.planFinish.averageRanks();
    AverageRanks[] durationRanks = new AverageRanks[sampled.length];
    for (int j = 0; j < sampled.length; j++) {
      durationRanks[j] = total.drawn[j].averageRanks();
    }
    boolean finishVaries = total.planFinish.varies();
    if (finishVaries) {
      forEachBlock(workers, blocks,
          (worker, block) -> worker.secondPass(block, finishRanks, durationRanks));
    }
    long[] rankProducts = new long[sampled.length];
    for (TrialWorker worker : workers) {
      for (int j = 0; j < sampled.length; j++) {
        rankProducts[j] += worker.rankProducts[j];
      }
    }

    // The plan's figures.
    long p10 = total.planFinish.valueAtRank(rank(10));
    long p50 = total.planFinish.valueAtRank(rank(50));
    long p80 = total.planFinish.valueAtRank(rank(80));
    long p90 = total.planFinish.valueAtRank(rank(90));
    forecast.finish(FinishDates.of(planFinishDate(p10, 10), planFinishDate(p50, 50),
        planFinishDate(p80, 80), planFinishDate(p90, 90)));
    if (outcome.isPresent()) {
      forecast.onTimeTrials(total.onTime).probabilityOnTime(fraction(total.onTime));
      int lead = outcome.get().leadTimeDays();
      forecast.outcomeAtConfidence(OutcomeDates.of(
          outcomeDate(p50 + lead, 50), outcomeDate(p80 + lead, 80), outcomeDate(p90 + lead, 90)));
    }

    // Each milestone's.
    OptionalDouble[] sensitivity = new OptionalDouble[plan.milestones().size()];
    Arrays.fill(sensitivity, OptionalDouble.empty());
    for (int j = 0; j < sampled.length; j++) {
      if (finishVaries && total.drawn[j].varies()) {
        sensitivity[sampled[j]] = OptionalDouble.of(spearman(rankProducts[j],
            durationRanks[j].sumOfSquares(), finishRanks.sumOfSquares()));
      }
    }
    List<Milestone> milestones = plan.milestones();
    int next = 0;
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (compiled.complete(i)) {
        forecast.addMilestone(completedLine(milestone));
        continue;
      }
      Tally finishes = total.finishes[next];
      forecast.addMilestone(MilestoneForecast.builder()
          .id(milestone.id())
          .criticality(fraction(total.critical[next]))
          .finishP50(milestoneDate(i, finishes.valueAtRank(rank(50)) - 1, "50% finish"))
          .finishP80(milestoneDate(i, finishes.valueAtRank(rank(80)) - 1, "80% finish"))
          .sensitivity(sensitivity[i])
          .build());
      next++;
    }
    forecast.drivers(drivers(milestones, sensitivity));
    return forecast.build();
  }

  /**
   * Runs every block once, each on whichever worker takes it next: the first worker on the
   * calling thread, the others on threads started for the purpose.
   */
  private void forEachBlock(TrialWorker[] workers, int blocks, ObjIntConsumer<TrialWorker> task) {
    AtomicInteger nextBlock = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable[] runs = new Runnable[workers.length];
    for (int w = 0; w < workers.length; w++) {
      TrialWorker worker = workers[w];
      runs[w] = () -> {
        try {
          for (int block = nextBlock.getAndIncrement(); block < blocks && failure.get() == null;
              block = nextBlock.getAndIncrement()) {
            task.accept(worker, block);
          }
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      };
    }
    Thread[] threads = new Thread[workers.length - 1];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(runs[t + 1], "map-forecast-" + (t + 1));
      threads[t].setDaemon(true);
      threads[t].start();
    }
    runs[0].run();
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      for (Thread thread : threads) {
        thread.interrupt();
      }
      Thread.currentThread().interrupt();
    }
    Throwable failed = failure.get();
    if (failed instanceof InterruptedException) {
      throw new CancellationException("the forecast was interrupted");
    }
    if (failed instanceof RuntimeException) {
      throw (RuntimeException) failed;
    }
    if (failed instanceof Error) {
      throw (Error) failed;
    }
  }

  // ---- figures ------------------------------------------------------------------------------

  /** The 1-based rank of a quantile: {@code ceil(q * N)}, computed exactly for q in percent. */
  private long rank(int percent) {
    return ((long) percent * trials + 99) / 100;
  }

  /** A count of trials as a fraction of them, rounded to 4 places, half even. */
  private double fraction(long count) {
    return BigDecimal.valueOf(count)
        .divide(BigDecimal.valueOf(trials), 4, RoundingMode.HALF_EVEN)
        .doubleValue();
  }

  /**
   * Spearman's correlation from exact sums of doubled average ranks: Pearson's correlation of the
   * two rank vectors. With {@code x} and {@code y} the doubled ranks, both sum to {@code N(N+1)},
   * so the covariance times {@code N} is {@code sum(xy) - N(N+1)^2}, and likewise each variance.
   * Rounded to 4 places, half even.
   */
  private double spearman(long sumOfProducts, long sumOfSquaresX, long sumOfSquaresY) {
    BigInteger n = BigInteger.valueOf(trials);
    BigInteger centre = n.multiply(n.add(BigInteger.ONE).pow(2));
    BigInteger covariance = BigInteger.valueOf(sumOfProducts).subtract(centre);
    BigInteger varianceX = BigInteger.valueOf(sumOfSquaresX).subtract(centre);
    BigInteger varianceY = BigInteger.valueOf(sumOfSquaresY).subtract(centre);
    MathContext precision = MathContext.DECIMAL128;
    BigDecimal denominator =
        new BigDecimal(varianceX.multiply(varianceY)).sqrt(precision);
    BigDecimal correlation = new BigDecimal(covariance).divide(denominator, precision);
    return correlation.setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Up to five milestones with a positive sensitivity, highest first, ties in plan order. */
  private static List<MilestoneId> drivers(
      List<Milestone> milestones, OptionalDouble[] sensitivity) {
    List<Integer> positive = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      if (sensitivity[i].isPresent() && sensitivity[i].getAsDouble() > 0) {
        positive.add(i);
      }
    }
    // A stable sort keeps plan order among equal sensitivities.
    positive.sort(Comparator.comparingDouble((Integer i) -> sensitivity[i].getAsDouble())
        .reversed());
    List<MilestoneId> drivers = new ArrayList<>();
    for (int i = 0; i < Math.min(Forecaster.MAX_DRIVERS, positive.size()); i++) {
      drivers.add(milestones.get(positive.get(i)).id());
    }
    return drivers;
  }

  private static MilestoneForecast completedLine(Milestone milestone) {
    LocalDate completed = milestone.completed().orElseThrow();
    return MilestoneForecast.builder()
        .id(milestone.id())
        .criticality(0.0)
        .finishP50(completed)
        .finishP80(completed)
        .build();
  }

  // ---- dates --------------------------------------------------------------------------------

  private LocalDate planFinishDate(long finish, int percent) {
    return date(finish - 1, "", Optional.empty(), "the " + percent + "% finish of the plan");
  }

  private LocalDate outcomeDate(long boundary, int percent) {
    return date(boundary, "/outcome", Optional.empty(),
        "the outcome date to commit to at " + percent + "% confidence");
  }

  private LocalDate milestoneDate(int i, long boundary, String which) {
    MilestoneId id = plan.milestones().get(i).id();
    return date(boundary, "/milestones/" + i, Optional.of(id),
        "the " + which + " of milestone '" + id + "'");
  }

  /**
   * The working day that starts at a boundary, which must be a date a plan can hold: a forecast
   * document, like a schedule, must read back.
   */
  private LocalDate date(long boundary, String pointer, Optional<MilestoneId> milestone,
      String what) {
    LocalDate date = calendar.day(boundary);
    if (date.isBefore(PlanLimits.MIN_DATE) || date.isAfter(PlanLimits.MAX_DATE)) {
      throw new DateOutOfRangeException(pointer, milestone, what, date);
    }
    return date;
  }
}

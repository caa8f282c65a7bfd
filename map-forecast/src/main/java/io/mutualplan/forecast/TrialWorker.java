package io.mutualplan.forecast;

import io.mutualplan.core.schedule.SchedulePasses;

/**
 * What one thread needs to run blocks of trials, made once: its own passes (with their buffers),
 * its vector of durations, its random source and samplers, and its counts, which the forecast adds
 * up when every block has run. A trial allocates nothing.
 */
final class TrialWorker {
  private final Simulation simulation;
  private final SchedulePasses passes;
  private final int[] durations;
  private final BlockRandom random = new BlockRandom();
  private final EstimateSampler[] samplers;
  private final int[] sampled;
  private final int[] incomplete;

  // The first pass: every trial's schedule.
  final Tally planFinish = new Tally();
  final Tally[] finishes;
  final Tally[] drawn;
  final int[] critical;
  int onTime;

  // The second pass: each drawn duration's rank times the plan finish's, summed.
  final long[] rankProducts;

  TrialWorker(Simulation simulation) {
    this.simulation = simulation;
    this.passes = simulation.compiled().newPasses();
    this.durations = simulation.baseDurations();
    this.sampled = simulation.sampled();
    this.incomplete = simulation.incomplete();
    this.samplers = new EstimateSampler[sampled.length];
    for (int j = 0; j < sampled.length; j++) {
      samplers[j] = new EstimateSampler(simulation.estimate(j), simulation.distribution(), random);
    }
    this.finishes = new Tally[incomplete.length];
    for (int i = 0; i < finishes.length; i++) {
      finishes[i] = new Tally();
    }
    this.drawn = new Tally[sampled.length];
    for (int j = 0; j < drawn.length; j++) {
      drawn[j] = new Tally();
    }
    this.critical = new int[incomplete.length];
    this.rankProducts = new long[sampled.length];
  }

  /** Runs a block's trials and counts what each gave. */
  void firstPass(int block) {
    random.startBlock(simulation.blockStates(), block);
    long[] planFinishes = simulation.planFinishes();
    long beyond = simulation.beyondPlanDates();
    boolean hasOutcome = simulation.hasOutcome();
    short[] kept = simulation.keptDraws();
    for (int k = simulation.firstTrial(block), end = simulation.endTrial(block); k < end; k++) {
      for (int j = 0; j < sampled.length; j++) {
        int d = samplers[j].draw();
        durations[sampled[j]] = d;
        drawn[j].add(d);
        if (kept != null) {
          // A duration is at most PlanLimits.MAX_DAYS, 10,000: a short holds it.
          kept[k * sampled.length + j] = (short) d;
        }
      }
      passes.run(durations);
      long finish = Math.min(passes.finish(), beyond);
      planFinishes[k] = finish;
      planFinish.add(finish);
      if (hasOutcome && passes.slackDays() >= 0) {
        onTime++;
      }
      for (int i = 0; i < incomplete.length; i++) {
        int milestone = incomplete[i];
        finishes[i].add(Math.min(passes.earlyFinish(milestone), beyond));
        if (passes.critical(milestone)) {
          critical[i]++;
        }
      }
    }
  }

  /**
   * Adds, for each of a block's trials and each drawn milestone, its duration's rank times the
   * trial's plan-finish rank. The durations are the kept ones, or else drawn again (the same
   * generator gives the same draws).
   */
  void secondPass(int block, AverageRanks finishRanks, AverageRanks[] durationRanks) {
    short[] kept = simulation.keptDraws();
    if (kept == null) {
      random.startBlock(simulation.blockStates(), block);
    }
    long[] planFinishes = simulation.planFinishes();
    for (int k = simulation.firstTrial(block), end = simulation.endTrial(block); k < end; k++) {
      long finishRank = finishRanks.doubled(planFinishes[k]);
      for (int j = 0; j < sampled.length; j++) {
        int d = kept != null ? kept[k * sampled.length + j] : samplers[j].draw();
        rankProducts[j] += durationRanks[j].doubled(d) * finishRank;
      }
    }
  }
}

package io.mutualplan.cli;

import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * The pipeline of {@code map portfolio}: the calling thread reads plans in batches and hands each
 * batch to a pool of worker threads, which read, check and schedule its plans; the calling thread
 * takes the batches' results back in input order and folds them into the summary.
 *
 * <p>At most {@value #BATCHES_PER_THREAD} batches per worker are in flight, so memory holds a few
 * hundred plans whatever the input's size. Results are taken in input order, so rows come out in
 * input order whatever the number of threads, and the summary (which does not depend on order
 * anyway) is folded on one thread by {@link PortfolioSummary#collector}.
 */
final class PortfolioRun {
  /** Plans handed to a worker at once: enough to make the handing over cheap. */
  static final int BATCH = 64;

  /** Batches in flight per worker: enough to keep every worker busy while the reader reads. */
  static final int BATCHES_PER_THREAD = 4;

  /**
   * Where the plans come from, a batch at a time. A run's result is written as it goes, so a
   * failure to read an input is said as bad input by the one reading it, never passed on as an
   * {@code IOException}, which would be taken for a failure to write the result.
   */
  interface Inputs {
    /** The next plans, at most {@code most}; none at the end. */
    List<PortfolioInput> next(int most);
  }

  private final PortfolioWork work;
  private final int threads;

  PortfolioRun(PortfolioWork work, int threads) {
    this.work = work;
    this.threads = threads;
  }

  /**
   * Reads every plan, folds the results into the summary and gives each result to {@code each}
   * in input order, on the calling thread.
   */
  PortfolioSummary run(Inputs inputs, Consumer<PortfolioEntry> each) {
    Collector<PortfolioEntry, ?, PortfolioSummary> collector = work.forecast().isPresent()
        ? PortfolioSummary.collectorWithForecasts(work.engine())
        : PortfolioSummary.collector(work.engine());
    return run(inputs, each, collector);
  }

  private <A> PortfolioSummary run(Inputs inputs, Consumer<PortfolioEntry> each,
      Collector<PortfolioEntry, A, PortfolioSummary> collector) {
    A tally = collector.supplier().get();
    Consumer<PortfolioEntry> fold = entry -> {
      collector.accumulator().accept(tally, entry);
      each.accept(entry);
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread worker = new Thread(runnable, "map-portfolio");
      worker.setDaemon(true);
      return worker;
    });
    try {
      Deque<Future<List<PortfolioEntry>>> inFlight = new ArrayDeque<>();
      for (List<PortfolioInput> batch = inputs.next(BATCH); !batch.isEmpty();
          batch = inputs.next(BATCH)) {
        List<PortfolioInput> plans = batch;
        inFlight.add(pool.submit(() -> work.all(plans)));
        if (inFlight.size() >= threads * BATCHES_PER_THREAD) {
          take(inFlight.poll()).forEach(fold);
        }
      }
      while (!inFlight.isEmpty()) {
        take(inFlight.poll()).forEach(fold);
      }
    } finally {
      pool.shutdownNow();
    }
    return collector.finisher().apply(tally);
  }

  private static List<PortfolioEntry> take(Future<List<PortfolioEntry>> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while plans were being checked", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The inputs of a list, for files given one by one or found in directories. */
  static Inputs of(List<PortfolioInput> all) {
    return new Inputs() {
      private int next;

      @Override
      public List<PortfolioInput> next(int most) {
        int end = Math.min(all.size(), next + most);
        List<PortfolioInput> batch = new ArrayList<>(all.subList(next, end));
        next = end;
        return batch;
      }
    };
  }
}

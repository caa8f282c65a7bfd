package io.mutualplan.forecast;

import io.mutualplan.core.Estimate;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * Draws one milestone's duration from its estimate {@code (o, l, p)}, {@code o < p}, as the
 * forecast spec says: {@code x} from the distribution on {@code [o, p]} with mode {@code l}, then
 * {@code d = floor(x + 0.5)}, so {@code o <= d <= p}. The distributions and their samplers are
 * Commons Statistics'.
 */
final class EstimateSampler {
  private final int optimistic;
  private final int spread;
  private final boolean scaled;
  private final ContinuousDistribution.Sampler sampler;

  /**
   * A sampler of one estimate.
   *
   * @param estimate an estimate with {@code optimistic < pessimistic}
   * @param distribution the shape
   * @param random where the draws come from
   */
  EstimateSampler(Estimate estimate, Distribution distribution, UniformRandomProvider random) {
    int o = estimate.optimistic();
    int l = estimate.likely();
    int p = estimate.pessimistic();
    this.optimistic = o;
    this.spread = p - o;
    if (distribution == Distribution.PERT) {
      // Beta-PERT: o + (p - o) * B, B ~ Beta(1 + 4 (l - o) / (p - o), 1 + 4 (p - l) / (p - o)).
      double alpha = 1 + 4.0 * (l - o) / spread;
      double beta = 1 + 4.0 * (p - l) / spread;
      this.scaled = true;
      this.sampler = BetaDistribution.of(alpha, beta).createSampler(random);
    } else {
      this.scaled = false;
      this.sampler = TriangularDistribution.of(o, l, p).createSampler(random);
    }
  }

  /** Draws a duration, in working days. */
  int draw() {
    double x = scaled ? optimistic + spread * sampler.sample() : sampler.sample();
    // x lies in [o, p]; clamping keeps a last-bit rounding from reaching a day outside it.
    long d = (long) Math.floor(x + 0.5);
    return (int) Math.max(optimistic, Math.min(optimistic + spread, d));
  }
}

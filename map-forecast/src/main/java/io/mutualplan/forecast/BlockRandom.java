package io.mutualplan.forecast;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random source of one block of trials: the samplers of a thread are made once, bound to this
 * source, and each block restarts it with the block's own generator. Every draw is the block's
 * generator's, as if the samplers were bound to it.
 *
 * <p>The generators, part of the forecast's contract within a major version: trials are numbered
 * from 0 and split into blocks of {@link #BLOCK_SIZE}; block {@code b} draws from XoRoShiRo128++
 * (Commons RNG's {@code XO_RO_SHI_RO_128_PP}) whose two words of state are outputs {@code 2b + 1}
 * and {@code 2b + 2} of SplitMix64 ({@code SPLIT_MIX_64}) seeded with the forecast's seed. Which
 * thread runs a block does not matter.
 */
final class BlockRandom implements UniformRandomProvider {
  /** Trials per block: part of the contract, since it decides which generator draws for a trial. */
  static final int BLOCK_SIZE = 100;

  private UniformRandomProvider generator;

  /**
   * The two words of state of every block's generator, in block order: block {@code b}'s are at
   * {@code 2b} and {@code 2b + 1}.
   *
   * @param seed the forecast's seed
   * @param blocks the number of blocks
   */
  static long[] blockStates(long seed, int blocks) {
    UniformRandomProvider splitMix = RandomSource.SPLIT_MIX_64.create(seed);
    long[] states = new long[2 * blocks];
    for (int i = 0; i < states.length; i++) {
      states[i] = splitMix.nextLong();
    }
    return states;
  }

  /** The number of blocks of a number of trials: the last may be short. */
  static int blocks(int trials) {
    return (trials + BLOCK_SIZE - 1) / BLOCK_SIZE;
  }

  /** Starts a block: from now on, draws come from its generator. */
  void startBlock(long[] states, int block) {
    generator = RandomSource.XO_RO_SHI_RO_128_PP.create(
        new long[] {states[2 * block], states[2 * block + 1]});
  }

  @Override
  public long nextLong() {
    return generator.nextLong();
  }

  @Override
  public int nextInt() {
    return generator.nextInt();
  }

  @Override
  public double nextDouble() {
    return generator.nextDouble();
  }

  @Override
  public float nextFloat() {
    return generator.nextFloat();
  }

  @Override
  public boolean nextBoolean() {
    return generator.nextBoolean();
  }

  @Override
  public void nextBytes(byte[] bytes) {
    generator.nextBytes(bytes);
  }

  @Override
  public void nextBytes(byte[] bytes, int start, int length) {
    generator.nextBytes(bytes, start, length);
  }
}

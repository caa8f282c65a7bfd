package io.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The generators of the documented split: what a stored forecast's reproduction rests on. */
class BlockRandomTest {

  @Test
  void blockStatesAreSplitMixOutputsInOrder() {
    long[] states = BlockRandom.blockStates(123, 4);
    UniformRandomProvider splitMix = RandomSource.SPLIT_MIX_64.create(123L);

    for (long state : states) {
      assertThat(state).isEqualTo(splitMix.nextLong());
    }
    assertThat(states).hasSize(8);
  }

  @Test
  void aBlockDrawsFromXoRoShiRo128PlusPlusSeededWithItsTwoStates() {
    long[] states = BlockRandom.blockStates(0, 3);
    BlockRandom random = new BlockRandom();
    random.startBlock(states, 2);
    UniformRandomProvider expected =
        RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {states[4], states[5]});

    assertThat(random.nextLong()).isEqualTo(expected.nextLong());
    assertThat(random.nextDouble()).isEqualTo(expected.nextDouble());
    assertThat(random.nextInt()).isEqualTo(expected.nextInt());
  }

  @Test
  void theReferenceOutputsOfTheGeneratorsHold() {
    // SplitMix64 seeded with 0 starts 0xE220A8397B1DCDAF; XoRoShiRo128++ with state (1, 2)
    // starts rotl(1 + 2, 17) + 1.
    assertThat(RandomSource.SPLIT_MIX_64.create(0L).nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2}).nextLong())
        .isEqualTo(Long.rotateLeft(3, 17) + 1);
  }

  @Test
  void splitsTrialsIntoBlocksOfAHundred() {
    assertThat(BlockRandom.blocks(1)).isEqualTo(1);
    assertThat(BlockRandom.blocks(100)).isEqualTo(1);
    assertThat(BlockRandom.blocks(101)).isEqualTo(2);
    assertThat(BlockRandom.blocks(1_000_000)).isEqualTo(10_000);
  }
}

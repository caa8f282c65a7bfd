package io.mutualplan.testkit;

/**
 * The shape of a generated plan's dependency graph. Every shape is acyclic; the generator numbers
 * milestones in a topological order and, unless asked not to, then shuffles their document order,
 * so dependencies point both up and down the document.
 *
 * <p>In the descriptions, "earlier" means earlier in that topological numbering.
 */
public enum GraphShape {
  /** No dependencies at all: independent steps. */
  NONE,
  /** Each milestone depends on the one before it: the longest possible critical path. */
  CHAIN,
  /** The last milestone depends on every other one, as a signature waits on every approval. */
  FAN_IN,
  /** Every other milestone depends on the first one, as everything waits on a kickoff. */
  FAN_OUT,
  /**
   * Milestones in layers, each milestone after the first layer depending on at least one
   * milestone of the layer before it, and on each other one of that layer with the generator's
   * edge density.
   */
  LAYERED,
  /**
   * Each milestone depends on each earlier one independently with the generator's edge density
   * (a random DAG, sampled in time proportional to the dependencies drawn, so it scales to
   * millions of milestones).
   */
  RANDOM_DAG
}

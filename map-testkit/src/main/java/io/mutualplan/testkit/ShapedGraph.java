package io.mutualplan.testkit;

import io.mutualplan.testkit.internal.Draw;
import java.util.Arrays;

/**
 * Draws the dependency graph of a generated plan over milestones numbered {@code 0..n-1} in a
 * topological order: every predecessor's number is less than its successor's, so the graph is
 * acyclic by construction. Work is proportional to milestones plus dependencies drawn, never to
 * the pairs of milestones, so a million milestones cost what a million milestones cost.
 */
final class ShapedGraph {
  private static final int[] NONE = new int[0];

  private ShapedGraph() {}

  /**
   * Draws a graph.
   *
   * @param draw the randomness
   * @param shape the shape
   * @param milestones how many milestones, {@code >= 0}
   * @param density the edge density, in {@code [0, 1]}, for the shapes that use one
   * @return for each milestone, its predecessors' numbers in increasing order
   */
  static int[][] draw(Draw draw, GraphShape shape, int milestones, double density) {
    int[][] predecessors = new int[milestones][];
    Arrays.fill(predecessors, NONE);
    if (milestones < 2) {
      return predecessors;
    }
    switch (shape) {
      case NONE:
        break;
      case CHAIN:
        for (int i = 1; i < milestones; i++) {
          predecessors[i] = new int[] {i - 1};
        }
        break;
      case FAN_IN:
        int[] all = new int[milestones - 1];
        Arrays.setAll(all, i -> i);
        predecessors[milestones - 1] = all;
        break;
      case FAN_OUT:
        int[] first = {0};
        for (int i = 1; i < milestones; i++) {
          predecessors[i] = first;
        }
        break;
      case LAYERED:
        layered(draw, predecessors, density);
        break;
      case RANDOM_DAG:
        randomDag(draw, predecessors, density);
        break;
      default:
        throw new IllegalArgumentException("unknown shape " + shape);
    }
    return predecessors;
  }

  /**
   * Between two and about the square root of n layers of nearly equal width; each milestone after
   * the first layer gets one predecessor from the layer before for certain, and each other one of
   * that layer with the given density.
   */
  private static void layered(Draw draw, int[][] predecessors, double density) {
    int n = predecessors.length;
    int layers = draw.between(2, Math.max(2, (int) Math.ceil(Math.sqrt(n))));
    IntBuffer buffer = new IntBuffer();
    for (int layer = 1; layer < layers; layer++) {
      int previousStart = (int) ((long) (layer - 1) * n / layers);
      int start = (int) ((long) layer * n / layers);
      int end = (int) ((long) (layer + 1) * n / layers);
      int width = start - previousStart;
      for (int milestone = start; milestone < end; milestone++) {
        buffer.clear();
        int forced = previousStart + draw.between(0, width - 1);
        if (density > 0) {
          for (long offset = draw.geometricSkip(density); offset < width;
              offset += 1 + draw.geometricSkip(density)) {
            int predecessor = previousStart + (int) offset;
            if (predecessor < forced) {
              buffer.add(predecessor);
            } else if (predecessor > forced) {
              if (buffer.last() < forced) {
                buffer.add(forced);
              }
              buffer.add(predecessor);
            }
          }
        }
        if (buffer.last() < forced) {
          buffer.add(forced);
        }
        predecessors[milestone] = buffer.toArray();
      }
    }
  }

  /**
   * Each pair {@code (w, v)} with {@code w < v} is a dependency with probability {@code density},
   * drawn by skipping geometrically distributed runs of pairs (Batagelj and Brandes, "Efficient
   * generation of large random networks", 2005).
   */
  private static void randomDag(Draw draw, int[][] predecessors, double density) {
    if (density <= 0) {
      return;
    }
    int n = predecessors.length;
    IntBuffer buffer = new IntBuffer();
    int v = 1;
    long w = -1;
    while (v < n) {
      w += 1 + draw.geometricSkip(density);
      while (w >= v && v < n) {
        predecessors[v] = buffer.toArray();
        buffer.clear();
        w -= v;
        v++;
      }
      if (v < n) {
        buffer.add((int) w);
      }
    }
  }

  /** A growable int list, so drawing a million predecessor lists boxes nothing. */
  private static final class IntBuffer {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int last() {
      return size == 0 ? Integer.MIN_VALUE : values[size - 1];
    }

    void clear() {
      size = 0;
    }

    int[] toArray() {
      return size == 0 ? NONE : Arrays.copyOf(values, size);
    }
  }
}

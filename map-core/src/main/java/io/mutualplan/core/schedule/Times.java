package io.mutualplan.core.schedule;

/**
 * Where a milestone's figures sit in the scheduler's one flat array: four longs per milestone, in
 * working-day boundaries except the free float, which is in working days.
 */
final class Times {
  /** Longs per milestone. */
  static final int WIDTH = 4;

  private Times() {}

  static int earlyStart(int i) {
    return WIDTH * i;
  }

  static int earlyFinish(int i) {
    return WIDTH * i + 1;
  }

  /** The early finish when {@code finish}, else the early start. */
  static int of(int i, boolean finish) {
    return WIDTH * i + (finish ? 1 : 0);
  }

  static int lateFinish(int i) {
    return WIDTH * i + 2;
  }

  static int freeFloat(int i) {
    return WIDTH * i + 3;
  }
}

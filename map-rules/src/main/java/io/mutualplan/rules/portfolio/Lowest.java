package io.mutualplan.rules.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code limit} lowest values seen, in order: a bounded selection that gives the same result
 * whatever the order in which values arrive or partial selections are merged, as long as the
 * order is total.
 */
final class Lowest<T> {
  private final int limit;
  private final Comparator<? super T> order;
  private final List<T> kept;

  Lowest(int limit, Comparator<? super T> order) {
    this.limit = limit;
    this.order = order;
    this.kept = new ArrayList<>(Math.min(limit, 32));
  }

  void add(T value) {
    if (kept.size() == limit && order.compare(value, kept.get(limit - 1)) >= 0) {
      return;
    }
    int at = Collections.binarySearch(kept, value, order);
    kept.add(at >= 0 ? at : -at - 1, value);
    if (kept.size() > limit) {
      kept.remove(limit);
    }
  }

  void addAll(Lowest<T> other) {
    for (T value : other.kept) {
      add(value);
    }
  }

  int size() {
    return kept.size();
  }

  List<T> values() {
    return List.copyOf(kept);
  }
}

package io.mutualplan.rules.portfolio;

import java.util.Comparator;
import java.util.List;

/** An order Java does not ship with, for the total orders of a portfolio's entries. */
final class Orders {
  private Orders() {}

  /**
   * Lists in dictionary order: by their first elements, then their second, and so on; a list that
   * is the start of a longer one comes first.
   */
  static <T> Comparator<List<T>> lexicographic(Comparator<? super T> order) {
    return (one, other) -> {
      int common = Math.min(one.size(), other.size());
      for (int i = 0; i < common; i++) {
        int compared = order.compare(one.get(i), other.get(i));
        if (compared != 0) {
          return compared;
        }
      }
      return Integer.compare(one.size(), other.size());
    };
  }
}

package io.mutualplan.html.internal;

import java.util.List;

/**
 * What a forecast portfolio expects to land by the date: how many plans' outcomes, and how much
 * money per currency.
 *
 * @param outcomes the number of outcomes expected to hold, to a tenth, for example {@code 71.3}
 * @param of the plans it is out of, for example {@code 97 plans} (a plan without an outcome
 *     counts among them and adds nothing)
 * @param values per currency, in alphabetical order, the deal value expected to land
 */
public record Expectation(String outcomes, String of, List<ExpectedValue> values) {
  /** Keeps the list as given. */
  public Expectation {
    values = List.copyOf(values);
  }
}

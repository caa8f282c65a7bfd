package io.mutualplan.html.internal;

import java.util.List;

/**
 * The stakeholders of one side, on the buyer's page.
 *
 * @param heading the side's heading, for example {@code Acme Corp}
 * @param side {@code buyer} or {@code seller}
 * @param people the side's stakeholders, in plan order
 */
public record PeopleSide(String heading, String side, List<PersonView> people) {
  /** Keeps the people as given. */
  public PeopleSide {
    people = List.copyOf(people);
  }
}

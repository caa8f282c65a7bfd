package io.mutualplan.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * A plan of the portfolio that could not be read: where it was and what is wrong with it.
 *
 * @param source its file, or the stream it was a line of
 * @param line its line in the stream, in words, for example {@code line 12}
 * @param problems its first few problems, each on one line
 */
public record FailureView(String source, Optional<String> line, List<String> problems) {
  /** Keeps the list as given. */
  public FailureView {
    problems = List.copyOf(problems);
  }
}

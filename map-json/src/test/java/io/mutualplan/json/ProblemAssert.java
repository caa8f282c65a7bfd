package io.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on one {@link DocumentProblem}. */
final class ProblemAssert {
  private final DocumentProblem problem;

  private ProblemAssert(DocumentProblem problem) {
    this.problem = problem;
  }

  static ProblemAssert assertProblem(DocumentProblem problem) {
    return new ProblemAssert(problem);
  }

  ProblemAssert hasPointer(String pointer) {
    assertThat(problem.pointer()).as("pointer of %s", problem).isEqualTo(pointer);
    return this;
  }

  ProblemAssert isAt(int line, int column) {
    assertThat(problem.line()).as("line of %s", problem).hasValue(line);
    assertThat(problem.column()).as("column of %s", problem).hasValue(column);
    return this;
  }

  ProblemAssert isAt(int[] lineAndColumn) {
    return isAt(lineAndColumn[0], lineAndColumn[1]);
  }

  ProblemAssert hasMessage(String message) {
    assertThat(problem.message()).as("message of %s", problem).isEqualTo(message);
    return this;
  }

  ProblemAssert hasMessageContaining(String... parts) {
    assertThat(problem.message()).as("message of %s", problem).contains(parts);
    return this;
  }
}

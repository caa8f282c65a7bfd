package io.mutualplan.json;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents MAP writes, each known by its {@code format} field, so that a reader given
 * another of them can say what it was given rather than only that the format is not its own: a
 * schedule given where a plan is read is a mistake of which file to give, not a document from a
 * later release.
 */
enum DocumentFormat {
  PLAN("mutual-action-plan/1", "a plan document", ""),
  SCHEDULE("mutual-action-plan-schedule/1", "a schedule document", "the plan it was made from"),
  REPORT("mutual-action-plan-report/1", "a report document", "the plan it was made from"),
  FORECAST("mutual-action-plan-forecast/1", "a forecast document", "the plan it was made from"),
  DIFF("mutual-action-plan-diff/1", "a diff document", "one of the two plans it compares"),
  PORTFOLIO("mutual-action-plan-portfolio/1", "a portfolio document", "the plans it sums up");

  private final String formatName;
  private final String what;
  private final String madeFrom;

  DocumentFormat(String formatName, String what, String madeFrom) {
    this.formatName = formatName;
    this.what = what;
    this.madeFrom = madeFrom;
  }

  /** The value of the document's {@code format} field, such as {@code mutual-action-plan/1}. */
  String formatName() {
    return formatName;
  }

  /** The document in messages, such as {@code "a plan document"}. */
  String what() {
    return what;
  }

  /** The format whose name this is, if it is one of MAP's. */
  static Optional<DocumentFormat> named(String formatName) {
    return Arrays.stream(values()).filter(format -> format.formatName.equals(formatName))
        .findFirst();
  }

  /**
   * What a reader of {@code expected}, such as {@code "a plan document"}, says when given this
   * document instead: what it is and, when a plan was expected, which plan to give.
   */
  String isNot(String expected) {
    String problem = "this is " + what + " (format '" + formatName + "'), not " + expected;
    return expected.equals(PLAN.what) && !madeFrom.isEmpty()
        ? problem + "; give " + madeFrom : problem;
  }
}

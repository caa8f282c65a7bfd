package io.mutualplan.html.internal;

import java.util.Optional;

/**
 * One plan in the portfolio page's tables, in words. The schedule's fields are empty for a plan
 * that has no schedule (its dependencies form a cycle), and so are the deadline without an
 * outcome and the probability without a forecast; the table shows a dash for each.
 *
 * @param planId the plan's id
 * @param title the plan's title
 * @param source where the plan came from: its file, or the stream it was a line of
 * @param line its line in the stream, in words, for example {@code line 12}
 * @param dealValue the deal's value with its currency, for example {@code USD 120,000}
 * @param score the quality score, 0 to 100
 * @param verdict the verdict in words, for example {@code Needs work}
 * @param verdictLook the verdict's spelling, for example {@code needs-work}, which the style sheet
 *     colours
 * @param errors the number of errors
 * @param warnings the number of warnings
 * @param infos the number of infos
 * @param scheduled whether the plan has a schedule
 * @param projectedFinish the projected finish
 * @param deadline the deadline
 * @param slack the slack in working days, for example {@code 23} or {@code -4}
 * @param feasible {@code Yes} or {@code No}: whether the work can finish by the deadline
 * @param probabilityOnTime how likely the outcome holds, for example {@code 94.1%}
 * @param looks the row's classes for the style sheet, for example {@code is-infeasible}
 */
public record PortfolioRow(
    String planId,
    String title,
    String source,
    Optional<String> line,
    Optional<String> dealValue,
    int score,
    String verdict,
    String verdictLook,
    int errors,
    int warnings,
    int infos,
    boolean scheduled,
    Optional<DateView> projectedFinish,
    Optional<DateView> deadline,
    Optional<String> slack,
    Optional<String> feasible,
    Optional<String> probabilityOnTime,
    String looks) {}

package io.mutualplan.html.internal;

import java.util.Optional;

/**
 * One plan in a portfolio page's tables, every text ready to show.
 *
 * @param id the plan's id
 * @param title the plan's title, on one line
 * @param source where the plan came from: a file, or a stream and its line
 * @param score the quality score
 * @param verdict the verdict in words, for example {@code Needs work}
 * @param look the row's look: {@code is-overdue} for a close plan in disguise, {@code is-at-risk}
 *     for one that needs work, empty for a ready one
 * @param slack the slack in working days, or {@code —} without a schedule
 * @param projectedFinish the projected finish, if the plan has one
 * @param deadline the deadline, if the plan has one
 * @param probability the probability on time as a percentage, exactly (81.25%), if forecast
 * @param rules the rules that fired, separated by commas
 */
public record PortfolioRowView(
    String id, String title, String source, int score, String verdict, String look, String slack,
    Optional<DateView> projectedFinish, Optional<DateView> deadline, Optional<String> probability,
    String rules) {}

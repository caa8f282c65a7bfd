package io.mutualplan.html.internal;

/**
 * The quality report's grading, on the seller's page: the verdict, the score and the counts.
 *
 * @param verdict the verdict in words, for example {@code Needs work}
 * @param look the verdict's spelling, for example {@code needs-work}, which the style sheet colours
 * @param score the score, 0 to 100
 * @param errors the number of errors, in words, for example {@code 1 error}
 * @param warnings the number of warnings, in words
 * @param infos the number of infos, in words
 * @param profile the rule profile applied, for example {@code full}
 */
public record Grade(
    String verdict, String look, int score, String errors, String warnings, String infos,
    String profile) {}

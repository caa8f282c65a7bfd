package io.mutualplan.html.internal;

/**
 * The scores of a portfolio's plans: the lowest, the median (the lower middle one for an even
 * number of plans) and the highest.
 *
 * @param min the lowest score
 * @param median the median score
 * @param max the highest score
 */
public record ScoreRange(int min, int median, int max) {}

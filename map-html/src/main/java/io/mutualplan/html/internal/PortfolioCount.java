package io.mutualplan.html.internal;

/**
 * One line of a portfolio page's counts: a verdict, a rule or a milestone kind, and how many.
 *
 * @param name what is counted, in words or as its id
 * @param count how many
 */
public record PortfolioCount(String name, long count) {}

package io.mutualplan.html.internal;

import java.util.List;

/**
 * Everything a portfolio page shows, each text ready to write: the template only lays it out
 * (and escapes it).
 *
 * @param documentTitle the browser tab's title
 * @param description the page's description, for search and previews
 * @param contentSecurityPolicy the policy that lets the page load nothing
 * @param styleSheet the inline style sheet
 * @param headline the page's heading: how many plans, as of when
 * @param facts the header's facts: plans, failures, scores, infeasible plans, expected outcomes
 * @param verdicts how many plans have each verdict
 * @param rules the rules that fired, most first
 * @param stalls the kinds of milestone that stall, most first
 * @param worst the worst plans, lowest score first
 * @param plans every plan, in input order
 * @param failures the plans that could not be read: where, and the first problem
 * @param moreFailures how many more could not be read beyond those listed, or empty
 * @param asOf the date every plan was looked at on
 * @param version the version of MAP
 */
public record PortfolioView(
    String documentTitle,
    String description,
    String contentSecurityPolicy,
    String styleSheet,
    String headline,
    List<Fact> facts,
    List<PortfolioCount> verdicts,
    List<PortfolioCount> rules,
    List<PortfolioCount> stalls,
    List<PortfolioRowView> worst,
    List<PortfolioRowView> plans,
    List<PortfolioCount> failures,
    String moreFailures,
    DateView asOf,
    String version) {}

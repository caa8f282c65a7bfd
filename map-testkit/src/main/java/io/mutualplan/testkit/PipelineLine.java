package io.mutualplan.testkit;

/**
 * One line of a generated pipeline: a compact plan document (or a broken one) and what it holds.
 *
 * @param kind what the line holds
 * @param text the line's text, without its line break; never contains one
 */
public record PipelineLine(PipelineKind kind, String text) {}

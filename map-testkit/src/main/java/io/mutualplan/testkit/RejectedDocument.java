package io.mutualplan.testkit;

/**
 * A plan document with exactly one thing a reader rejects.
 *
 * @param rejection the rule it breaks
 * @param json the document, compact
 * @param pointer the JSON Pointer of the one problem a strict reader reports, e.g. {@code
 *     /milestones/2/buyerOwner}
 * @param description what was changed, e.g. {@code buyerOwner of milestone legal-3 set to 'alex-2',
 *     who is on the seller side}
 */
public record RejectedDocument(
    ReaderRejection rejection, String json, String pointer, String description) {}

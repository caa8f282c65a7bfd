package io.mutualplan.html.internal;

/**
 * A word that flags a row of the MAP table, next to its colour: {@code Overdue}, {@code At risk},
 * {@code Critical path}.
 *
 * @param word the word
 * @param detail a few words more, for example {@code 2 days}; empty when the word says it all
 * @param look {@code overdue}, {@code at-risk} or {@code critical}, which the style sheet colours
 */
public record Mark(String word, String detail, String look) {}

package io.mutualplan.html.internal;

import java.util.Optional;

/**
 * One line of the page's header: a term and what it is, for example {@code Deadline}: {@code 7 Feb 2027}
 * {@code (21 working days of lead time)}.
 *
 * @param term what the line is about
 * @param value the line's text before the date, if any
 * @param date the date, if the line has one
 * @param detail the line's text after the date, if any
 * @param look {@code late} when the line is bad news, else {@code plain}
 */
public record Fact(
    String term, Optional<String> value, Optional<DateView> date, Optional<String> detail,
    String look) {}

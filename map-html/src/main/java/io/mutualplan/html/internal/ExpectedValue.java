package io.mutualplan.html.internal;

/**
 * The deal value of one currency expected to land by the date: the sum over the plans of amount
 * times probability on time, rounded to the cent for reading.
 *
 * @param currency the currency code, for example {@code USD}
 * @param amount the sum, for example {@code 1,234,567.89}
 */
public record ExpectedValue(String currency, String amount) {}

package io.mutualplan.html.internal;

import java.util.Optional;

/**
 * A stakeholder, on the buyer's page.
 *
 * @param name the person's name
 * @param jobTitle the person's job title, if known
 * @param roles the person's roles in the deal, in words, for example {@code Champion, Economic buyer};
 *     empty when none is recorded
 */
public record PersonView(String name, Optional<String> jobTitle, String roles) {}

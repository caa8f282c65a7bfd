package io.mutualplan.html.internal;

import java.util.List;

/**
 * The findings of one severity, on the seller's page.
 *
 * @param heading the group's heading, for example {@code Errors}
 * @param look the severity's spelling, for example {@code error}, which the style sheet colours
 * @param findings the findings, in report order; never empty
 */
public record FindingGroup(String heading, String look, List<FindingView> findings) {
  /** Keeps the findings as given. */
  public FindingGroup {
    findings = List.copyOf(findings);
  }
}

package io.mutualplan.sheets;

import io.mutualplan.core.MutualActionPlan;
import java.util.List;
import java.util.Objects;

/**
 * A plan made of a MAP table, and what the import did that the person importing should hear of,
 * as sentences to show them: the people it added for owner names nobody on that side has (a
 * misspelt name becomes a new person), and, for a table imported onto a plan, each baseline an
 * empty {@code Baseline due} cell cleared and each completed date of a step set back from
 * complete in a table without a {@code Completed} column (with the date it had), the plan's
 * milestones it removed, and a workbook's {@code Stakeholders} sheet that importing onto a plan
 * does not read, when it says anything else than the plan's people.
 *
 * <pre>{@code
 * ImportedPlan imported = MapTable.standard().importXlsxOnto(editedSheet, plan);
 * imported.notes().forEach(log::info);
 * // new buyer-side stakeholder 'Priya Nayr' (id priya-nayr), no one on that side has that name
 * save(imported.plan());
 * }</pre>
 *
 * <p>A new plan made of a table without people to match names against (a CSV file, a workbook
 * without a {@code Stakeholders} sheet) takes every owner as a new person, as expected, and has
 * no note about them.
 *
 * @param plan the plan
 * @param notes what the import did that the person importing should know, one sentence each;
 *     none when the table only changed what it shows
 */
public record ImportedPlan(MutualActionPlan plan, List<String> notes) {

  /**
   * Creates an imported plan.
   *
   * @param plan the plan
   * @param notes the notes, in the order to show them
   */
  public ImportedPlan {
    Objects.requireNonNull(plan, "plan");
    notes = List.copyOf(notes);
  }
}

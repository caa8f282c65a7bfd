package io.mutualplan.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * One row of the MAP table: milestone, buyer owner, seller owner, due, status, exit criteria.
 *
 * @param anchor the row's fragment id, for example {@code m-legal}, for links from the findings
 * @param milestoneId the milestone's id
 * @param title the milestone's title
 * @param buyerOwner the buyer owner's name, if any
 * @param sellerOwner the seller owner's name, if any
 * @param due the due date, if set
 * @param baselineDue the first agreed due date, if the date moved
 * @param status the status in words, for example {@code In progress}
 * @param statusLook the status's spelling, for example {@code in-progress}, for the style sheet
 * @param completed the completion date, for a completed milestone
 * @param marks the words that flag the row: overdue, at risk, critical path
 * @param exitCriteria the exit criteria, if written
 */
public record TableRow(
    String anchor,
    String milestoneId,
    String title,
    Optional<String> buyerOwner,
    Optional<String> sellerOwner,
    Optional<DateView> due,
    Optional<DateView> baselineDue,
    String status,
    String statusLook,
    Optional<DateView> completed,
    List<Mark> marks,
    Optional<String> exitCriteria) {

  /** Keeps the marks as given. */
  public TableRow {
    marks = List.copyOf(marks);
  }

  /**
   * The row's classes for the style sheet: one {@code is-} class per mark, for example
   * {@code is-overdue is-critical}.
   *
   * @return the classes, space-separated; empty when the row has no mark
   */
  public String looks() {
    StringBuilder looks = new StringBuilder();
    for (Mark mark : marks) {
      looks.append(looks.length() == 0 ? "" : " ").append("is-").append(mark.look());
    }
    return looks.toString();
  }
}

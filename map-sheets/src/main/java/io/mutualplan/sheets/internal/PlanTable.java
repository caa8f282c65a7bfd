package io.mutualplan.sheets.internal;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A plan as the MAP table the export writes: a row per milestone in plan order, the columns in
 * {@link Column}'s order, owners by name, dates as dates; and the plan's stakeholders as a second
 * table. Also says what the table leaves out, for the export's notes.
 */
public final class PlanTable {
  /** How many examples a note names before it says "and N more". */
  private static final int NAMED_IN_NOTES = 5;

  private PlanTable() {}

  /**
   * The MAP table of a plan.
   *
   * @param plan the plan
   * @return the rows, the header first
   */
  public static List<List<TableCell>> milestones(MutualActionPlan plan) {
    List<List<TableCell>> rows = new ArrayList<>(plan.milestones().size() + 1);
    List<TableCell> header = new ArrayList<>();
    for (Column column : Column.values()) {
      header.add(TableCell.text(column.heading()));
    }
    rows.add(header);
    for (Milestone milestone : plan.milestones()) {
      List<TableCell> row = new ArrayList<>(Column.values().length);
      for (Column column : Column.values()) {
        row.add(cell(plan, milestone, column));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * The plan's stakeholders: name, side, roles, job title and email.
   *
   * @param plan the plan
   * @return the rows, the header first
   */
  public static List<List<TableCell>> stakeholders(MutualActionPlan plan) {
    List<List<TableCell>> rows = new ArrayList<>(plan.stakeholders().size() + 1);
    rows.add(StakeholderSheet.COLUMNS.stream().map(TableCell::text).toList());
    for (Stakeholder stakeholder : plan.stakeholders()) {
      rows.add(List.of(
          TableCell.text(stakeholder.name()),
          TableCell.text(stakeholder.side().spelling()),
          TableCell.text(stakeholder.roles().stream().map(Role::spelling)
              .collect(Collectors.joining(", "))),
          text(stakeholder.title()),
          text(stakeholder.email())));
    }
    return rows;
  }

  /**
   * What the table does not carry of this plan, as sentences for the person exporting it.
   *
   * @param plan the plan
   * @return the notes, none when the table carries every milestone whole
   */
  public static List<String> notes(MutualActionPlan plan) {
    List<String> notes = new ArrayList<>(2);
    List<String> linked = new ArrayList<>();
    List<String> fuller = new ArrayList<>();
    for (Milestone milestone : plan.milestones()) {
      for (Dependency dependency : milestone.dependsOn()) {
        if (!dependency.isPlain()) {
          linked.add(milestone.id() + " after " + dependency.milestone() + " ("
              + dependency.type().spelling() + ", lag " + dependency.lagDays() + ")");
        }
      }
      if (milestone.description().isPresent() || milestone.estimate().isPresent()
          || milestone.started().isPresent() || milestone.atRisk()
          || !milestone.attributes().isEmpty()) {
        fuller.add(milestone.id().value());
      }
    }
    if (!linked.isEmpty()) {
      notes.add("Depends on lists predecessors by id only: " + named(linked) + " keep their"
          + " dependency types and lags when the table is imported onto this plan, and become"
          + " finish-to-start with no lag in a new plan.");
    }
    if (!fuller.isEmpty()) {
      notes.add("The table has no columns for descriptions, estimates, start dates, at-risk flags"
          + " or attributes, which " + named(fuller) + " have; importing the table onto this plan"
          + " keeps them.");
    }
    return List.copyOf(notes);
  }

  /** Items in a sentence: the first few, then how many more ({@code a, b, c, d, e and 3 more}). */
  static String named(List<String> items) {
    return Texts.named(items.subList(0, Math.min(items.size(), NAMED_IN_NOTES)), items.size());
  }

  private static TableCell cell(MutualActionPlan plan, Milestone milestone, Column column) {
    return switch (column) {
      case ID -> TableCell.text(milestone.id().value());
      case MILESTONE -> TableCell.text(milestone.title());
      case BUYER_OWNER -> name(plan, milestone.buyerOwner());
      case SELLER_OWNER -> name(plan, milestone.sellerOwner());
      case DUE -> date(milestone.due());
      case STATUS -> TableCell.text(milestone.status().spelling());
      case EXIT_CRITERIA -> text(milestone.exitCriteria());
      case KIND -> text(milestone.kind().map(kind -> kind.spelling()));
      case DURATION -> number(milestone.durationDays());
      case DEPENDS_ON -> TableCell.text(milestone.dependsOn().stream()
          .map(d -> d.milestone().value()).collect(Collectors.joining(", ")));
      case COMPLETED -> date(milestone.completed());
      case BASELINE_DUE -> date(milestone.baselineDue());
      case NOTES -> text(milestone.notes());
    };
  }

  private static TableCell name(MutualActionPlan plan, Optional<StakeholderId> owner) {
    return text(owner.flatMap(plan::stakeholder).map(Stakeholder::name));
  }

  private static TableCell text(Optional<String> text) {
    return text.map(TableCell::text).orElse(TableCell.EMPTY);
  }

  private static TableCell date(Optional<LocalDate> date) {
    return date.map(TableCell::date).orElse(TableCell.EMPTY);
  }

  private static TableCell number(OptionalInt number) {
    return number.isPresent() ? TableCell.number(String.valueOf(number.getAsInt())) : TableCell.EMPTY;
  }
}

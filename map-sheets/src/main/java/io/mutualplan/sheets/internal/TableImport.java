package io.mutualplan.sheets.internal;

import io.mutualplan.core.Counts;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.PlanProblem;
import io.mutualplan.core.Side;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import io.mutualplan.sheets.ImportedPlan;
import io.mutualplan.sheets.NewPlan;
import io.mutualplan.sheets.TableException;
import io.mutualplan.sheets.TableProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Makes a plan of a MAP table: a new plan from the caller's plan-level fields, or the table's rows
 * taken onto an existing plan.
 *
 * <p>Every problem is collected first, each with its row, column and cell; the plan's own check
 * then runs on what could be read, and its problems are reported with the row they came from. Any
 * problem at all ends in one {@link TableException}: a bad table never gives a plan.
 */
public final class TableImport {

  /**
   * How a table is read.
   *
   * @param dates how text cells write dates
   * @param ignoreUnknownColumns whether a column that is not one of the MAP table's is skipped
   *     instead of being an error
   */
  public record Settings(CellDates dates, boolean ignoreUnknownColumns) {}

  private final Settings settings;
  private final Table table;
  private final List<TableProblem> problems = new ArrayList<>();

  /** The cells that already have a problem: the plan's check says nothing more about them. */
  private final Set<String> badCells = new HashSet<>();

  private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
  private final Map<Column, String> headings = new EnumMap<>(Column.class);

  /** Where each header stands, so that a row's problems are listed left to right. */
  private final Map<String, Integer> positions = new HashMap<>();
  private final List<RowValues> rows = new ArrayList<>();

  /**
   * Notes on dates of the plan's milestones that the table dropped, in row order: a baseline an
   * empty {@code Baseline due} cell cleared, and the completed date of a step set back from
   * complete in a table without a {@code Completed} column, which never showed it.
   */
  private final List<String> droppedDates = new ArrayList<>();

  /** The people of a workbook's {@code Stakeholders} sheet, for a new plan that has one. */
  private Optional<StakeholderSheet> people = Optional.empty();

  private TableImport(Table table, Settings settings) {
    this.table = table;
    this.settings = settings;
  }

  /**
   * A new plan of a table and, for a workbook, its people: the {@code Stakeholders} sheet the
   * export writes beside the table, whose people the owner columns then find by name.
   *
   * @param table the table
   * @param people the people's sheet, if the table is a workbook's that has one
   * @param fields the plan-level fields
   * @param settings how to read the table
   * @return the plan, and notes on the people added for owners the people's sheet does not have
   * @throws TableException listing every problem of the table and the people's sheet
   */
  public static ImportedPlan newPlan(Table table, Optional<Table> people, NewPlan fields,
      Settings settings) {
    TableImport reading = new TableImport(table, settings);
    reading.read();
    reading.checkHasRows();
    reading.people = people.map(sheet ->
        StakeholderSheet.read(sheet, settings.ignoreUnknownColumns(), reading.problems));
    Owners owners = new Owners(
        reading.people.map(StakeholderSheet::stakeholders).orElse(List.of()),
        fields.buyer(), fields.seller());
    List<Milestone> milestones = reading.milestones(owners, Map.of());
    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(fields.id())
        .title(fields.title())
        .buyer(Organization.of(fields.buyer()))
        .seller(Organization.of(fields.seller()));
    fields.outcomeDate().ifPresent(date -> {
      Outcome.Builder outcome = Outcome.builder().date(date).label(fields.outcomeLabel());
      fields.leadTimeDays().ifPresent(outcome::leadTimeDays);
      plan.outcome(outcome.build());
    });
    MutualActionPlan built = reading.build(owners, () -> plan
        .stakeholders(owners.stakeholders())
        .milestones(milestones)
        .build());
    // Without a people's sheet every owner is a new person, as expected: no note says so.
    return new ImportedPlan(built, people.isPresent() ? newPeople(owners) : List.of());
  }

  /**
   * The table's rows onto an existing plan: they replace its milestones, matched by id to keep
   * what the table cannot carry, and everything else of the plan is kept, its people too.
   *
   * @param table the table
   * @param people the workbook's people's sheet, if the table is a workbook's that has one: not
   *     read, but noted when it says anything else than the plan's people
   * @param plan the plan
   * @param settings how to read the table
   * @return the changed plan, and notes on the people added, the baselines and completed dates
   *     dropped, the milestones removed and the people's sheet not read
   * @throws TableException listing every problem of the table
   */
  public static ImportedPlan onto(Table table, Optional<Table> people, MutualActionPlan plan,
      Settings settings) {
    TableImport reading = new TableImport(table, settings);
    reading.read();
    if (!plan.milestones().isEmpty()) {
      reading.checkHasRows();
    }
    Owners owners = new Owners(plan.stakeholders(), plan.buyer().name(), plan.seller().name());
    Map<MilestoneId, Milestone> old = plan.milestones().stream()
        .collect(Collectors.toMap(Milestone::id, Function.identity(), (a, b) -> a));
    List<Milestone> milestones = reading.milestones(owners, old);
    MutualActionPlan built = reading.build(owners, () -> MutualActionPlan.builder()
        .from(plan)
        .stakeholders(owners.stakeholders())
        .milestones(milestones)
        .build());
    List<String> notes = new ArrayList<>(newPeople(owners));
    notes.addAll(reading.droppedDates);
    List<String> removed = plan.milestones().stream().map(Milestone::id)
        .filter(id -> built.milestone(id).isEmpty()).map(MilestoneId::value).toList();
    if (!removed.isEmpty()) {
      notes.add("removed " + Counts.of(removed.size(), "milestone", "milestones")
          + " the table has no row for: " + PlanTable.named(removed));
    }
    if (people.isPresent() && !StakeholderSheet.listsThePeopleOf(people.get(), plan)) {
      notes.add("the workbook's " + SheetNames.STAKEHOLDERS + " sheet differs from the plan's"
          + " people and was not read: a table imported onto a plan keeps the plan's people;"
          + " change people in the plan");
    }
    return new ImportedPlan(built, notes);
  }

  /** A note for each person the import added for an owner name nobody on that side has. */
  private static List<String> newPeople(Owners owners) {
    return owners.created().stream()
        .map(person -> "new " + person.side() + "-side stakeholder " + quote(person.name())
            + " (id " + person.id() + "), no one on that side has that name")
        .toList();
  }

  // ---- reading the cells ----------------------------------------------------------------------

  private void read() {
    Optional<TableRow> header = table.header();
    if (header.isEmpty()) {
      throw TableException.of(TableProblem.inTable(table.described() + " is empty; it needs a"
          + " header row naming its columns (at least Milestone) and a row per milestone"));
    }
    readHeader(header.get());
    for (TableRow row : table.dataRows()) {
      rows.add(readRow(row));
    }
    checkUnnamedCells(header.get());
    checkIds();
  }

  /**
   * A table with a header and no row under it is refused: its rows are the plan's milestones, so
   * it would make a plan without any, or remove every milestone of the plan it goes onto, and is
   * almost surely the wrong file or sheet. (Onto a plan without milestones it changes nothing, and
   * is taken: that is how such a plan's export comes back.) A header without a Milestone column
   * is not a MAP table's, which is the one thing said of it.
   */
  private void checkHasRows() {
    if (rows.isEmpty() && columns.containsKey(Column.MILESTONE)) {
      problems.add(TableProblem.inTable(table.described() + " has only a header row, no"
          + " milestone rows; imported, it would give a plan without milestones (onto a plan, it"
          + " would remove them all): check that it is the right "
          + (table.sheet().isPresent() ? "sheet" : "file")
          + ", or add a row per milestone under the header"));
    }
  }

  private void readHeader(TableRow header) {
    for (int c = 0; c < header.cells().size(); c++) {
      String text = header.cell(c).text();
      positions.putIfAbsent(text.isEmpty() ? "column " + CellReferences.letters(c) : text, c);
      if (text.isEmpty()) {
        continue;
      }
      Optional<Column> named = Column.named(text);
      if (named.isEmpty()) {
        if (!settings.ignoreUnknownColumns()) {
          problems.add(TableProblem.inCell(header.number(), text, text, "'" + text
              + "' is not a column of the MAP table; the columns are " + columnList()
              + "; rename or remove the column, or ask to ignore unknown columns"));
        }
      } else if (columns.containsKey(named.get())) {
        Column column = named.get();
        problems.add(TableProblem.inCell(header.number(), text, text, "a second "
            + column.heading() + " column (the first is '" + headings.get(column)
            + "'); keep one"));
      } else {
        columns.put(named.get(), c);
        headings.put(named.get(), text);
      }
    }
    if (!columns.containsKey(Column.MILESTONE)) {
      problems.add(TableProblem.inRow(header.number(), "the table has no Milestone column (also"
          + " called Step or Title); the header row needs one"));
    }
  }

  /** Values in columns without a header are an error, as unknown columns are. */
  private void checkUnnamedCells(TableRow header) {
    if (settings.ignoreUnknownColumns()) {
      return;
    }
    Set<Integer> reported = new HashSet<>();
    for (TableRow row : table.dataRows()) {
      for (int c = 0; c < row.cells().size(); c++) {
        TableCell cell = row.cell(c);
        if (!cell.isEmpty() && header.cell(c).isEmpty() && reported.add(c)) {
          problems.add(TableProblem.inCell(row.number(), "column " + CellReferences.letters(c),
              cell.text(), quote(cell.text()) + " is in a column without a header; name the"
                  + " column in the header row or empty it"));
        }
      }
    }
  }

  private RowValues readRow(TableRow row) {
    RowValues values = new RowValues(row);
    values.explicitId = text(row, Column.ID);
    values.title = text(row, Column.MILESTONE).orElse("");
    if (has(Column.MILESTONE) && values.title.isEmpty() && cellProblemFree(row, Column.MILESTONE)) {
      problem(row, Column.MILESTONE, "a milestone needs a title: one specific action, such as"
          + " 'Security questionnaire approved'");
    }
    values.buyerOwner = text(row, Column.BUYER_OWNER);
    values.sellerOwner = text(row, Column.SELLER_OWNER);
    values.due = date(row, Column.DUE);
    values.completed = date(row, Column.COMPLETED);
    values.baselineDue = date(row, Column.BASELINE_DUE);
    values.status = text(row, Column.STATUS).flatMap(text -> status(row, text));
    values.kind = text(row, Column.KIND).flatMap(text -> kind(row, text));
    values.durationDays = text(row, Column.DURATION).map(text -> duration(row, text))
        .orElse(OptionalInt.empty());
    values.exitCriteria = text(row, Column.EXIT_CRITERIA);
    values.notes = text(row, Column.NOTES);
    values.dependsOn = text(row, Column.DEPENDS_ON)
        .map(text -> Arrays.stream(text.split("[,;]")).map(String::strip)
            .filter(token -> !token.isEmpty()).toList())
        .orElse(List.of());
    if (values.explicitId.isPresent()) {
      String id = values.explicitId.get();
      try {
        MilestoneId.of(id);
      } catch (InvalidPlanException e) {
        problem(row, Column.ID, e.problems().get(0).message());
        values.explicitId = Optional.empty();
      }
    }
    return values;
  }

  /** A row's cell in a column, or empty when the table has no such column. */
  private Optional<TableCell> cell(TableRow row, Column column) {
    Integer index = columns.get(column);
    return index == null ? Optional.empty() : Optional.of(row.cell(index));
  }

  /**
   * The text of a cell, or empty when the column is missing, the cell is empty, or it holds a
   * formula's error or a formula without its result (each reported).
   */
  private Optional<String> text(TableRow row, Column column) {
    Optional<TableCell> cell = cell(row, column);
    Optional<String> formula = cell.flatMap(TableCell::formulaProblem);
    if (formula.isPresent()) {
      problem(row, column, formula.get());
      return Optional.empty();
    }
    return cell.filter(c -> !c.isEmpty()).map(TableCell::text);
  }

  private Optional<LocalDate> date(TableRow row, Column column) {
    Optional<TableCell> cell = cell(row, column);
    if (cell.isPresent() && cell.get().kind() == TableCell.Kind.DATE) {
      return cell.get().date();
    }
    Optional<String> text = text(row, column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (cell.get().kind() == TableCell.Kind.NUMBER) {
      problem(row, column, quote(text.get()) + " is a number, not a date; format the cell as a"
          + " date, or write the date as " + settings.dates().pattern());
      return Optional.empty();
    }
    try {
      return Optional.of(settings.dates().parse(text.get()));
    } catch (DateTimeParseException e) {
      problem(row, column, quote(text.get()) + " is not a date (" + settings.dates().pattern()
          + ")");
      return Optional.empty();
    }
  }

  private Optional<MilestoneStatus> status(TableRow row, String text) {
    String spelling = spelling(text);
    if (spelling.equals("done")) {
      return Optional.of(MilestoneStatus.COMPLETE);
    }
    for (MilestoneStatus status : MilestoneStatus.values()) {
      if (status.spelling().equals(spelling)) {
        return Optional.of(status);
      }
    }
    problem(row, Column.STATUS, quote(text) + " is not a status; use one of "
        + Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::spelling)
            .collect(Collectors.joining(", "))
        + " (Not started, In progress and Done are understood too)");
    return Optional.empty();
  }

  private Optional<MilestoneKind> kind(TableRow row, String text) {
    String spelling = spelling(text);
    for (MilestoneKind kind : MilestoneKind.values()) {
      if (kind.spelling().equals(spelling)) {
        return Optional.of(kind);
      }
    }
    problem(row, Column.KIND, quote(text) + " is not a kind of milestone; use one of "
        + Arrays.stream(MilestoneKind.values()).map(MilestoneKind::spelling)
            .collect(Collectors.joining(", ")));
    return Optional.empty();
  }

  /**
   * A status, kind, side or role as the plan format spells it: {@code In Progress} is {@code
   * in-progress}.
   */
  static String spelling(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
  }

  private OptionalInt duration(TableRow row, String text) {
    try {
      BigDecimal days = new BigDecimal(text);
      if (days.signum() >= 0 && days.stripTrailingZeros().scale() <= 0
          && days.compareTo(BigDecimal.valueOf(PlanLimits.MAX_DAYS)) <= 0) {
        return OptionalInt.of(days.intValueExact());
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // Reported below, with the rest.
    }
    problem(row, Column.DURATION, quote(text) + " is not a number of working days; write a whole"
        + " number from 0 to " + PlanLimits.MAX_DAYS);
    return OptionalInt.empty();
  }

  /** Two rows with the same id are an error here, where the rows can be named. */
  private void checkIds() {
    Map<String, RowValues> byId = new HashMap<>();
    for (RowValues row : rows) {
      if (row.explicitId.isPresent()) {
        RowValues first = byId.putIfAbsent(row.explicitId.get(), row);
        if (first != null) {
          problem(row.row, Column.ID, quote(row.explicitId.get()) + " is also the id of row "
              + first.row.number() + "; each milestone needs its own id");
        }
      }
    }
  }

  // ---- making the milestones ------------------------------------------------------------------

  private List<Milestone> milestones(Owners owners, Map<MilestoneId, Milestone> old) {
    assignIds(old.values());
    for (RowValues row : rows) {
      Optional<Milestone> before = Optional.ofNullable(old.get(row.id));
      row.buyerOwnerId = owner(owners, row, Column.BUYER_OWNER, row.buyerOwner, Side.BUYER,
          before.flatMap(Milestone::buyerOwner));
      row.sellerOwnerId = owner(owners, row, Column.SELLER_OWNER, row.sellerOwner, Side.SELLER,
          before.flatMap(Milestone::sellerOwner));
    }
    resolveDependencies();
    Set<MilestoneId> kept = new HashSet<>();
    for (RowValues row : rows) {
      kept.add(row.id);
    }
    List<Milestone> milestones = new ArrayList<>(rows.size());
    for (RowValues row : rows) {
      milestones.add(milestone(row, Optional.ofNullable(old.get(row.id)), kept));
    }
    return milestones;
  }

  /**
   * The Id cell; else, onto a plan, the id of the one old milestone with the row's title that no
   * other row names (a sheet cut down to a few columns has no ids, and its rows are still the old
   * milestones); else an id made from the title. Never an id another row uses, and a made id is
   * never one of the old plan's: a new row is a new milestone, even when its title makes the id
   * of a milestone the sheet removed (which would otherwise lend it its status and dates).
   */
  private void assignIds(Collection<Milestone> old) {
    Set<String> taken = new HashSet<>();
    rows.forEach(row -> row.explicitId.ifPresent(taken::add));
    Map<String, List<String>> oldIdsByTitle = new HashMap<>();
    for (Milestone milestone : old) {
      if (!taken.contains(milestone.id().value())) {
        oldIdsByTitle.computeIfAbsent(titleKey(milestone.title()), key -> new ArrayList<>())
            .add(milestone.id().value());
      }
    }
    // The rows that are old milestones first; then the new rows, with ids no old milestone has,
    // whether or not the sheet still holds it.
    for (RowValues row : rows) {
      if (row.explicitId.isPresent()) {
        row.id = MilestoneId.of(row.explicitId.get());
        continue;
      }
      List<String> sameTitle = oldIdsByTitle.getOrDefault(titleKey(row.title), List.of());
      if (sameTitle.size() == 1 && taken.add(sameTitle.get(0))) {
        row.id = MilestoneId.of(sameTitle.get(0));
      }
    }
    old.forEach(milestone -> taken.add(milestone.id().value()));
    for (RowValues row : rows) {
      if (row.id == null) {
        String id = IdSlugs.unique(row.title, "milestone", taken);
        taken.add(id);
        row.id = MilestoneId.of(id);
      }
    }
  }

  private Optional<StakeholderId> owner(Owners owners, RowValues row, Column column,
      Optional<String> name, Side side, Optional<StakeholderId> before) {
    if (!has(column)) {
      return before;
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<StakeholderId> found = owners.find(name.get(), side, before);
    if (found.isPresent()) {
      return found;
    }
    Side other = side == Side.BUYER ? Side.SELLER : Side.BUYER;
    if (owners.find(name.get(), other, Optional.empty()).isPresent()) {
      problem(row.row, column, quote(name.get()) + " is on the " + other + " side, at "
          + owners.organization(other) + "; a " + side + " owner is someone at "
          + owners.organization(side));
      return Optional.empty();
    }
    return Optional.of(owners.create(name.get(), side, row.row.number(), column));
  }

  /** {@code Depends on} names earlier or later rows by id, else by title. */
  private void resolveDependencies() {
    Map<String, RowValues> byId = new HashMap<>();
    Map<String, List<RowValues>> byTitle = new HashMap<>();
    for (RowValues row : rows) {
      byId.putIfAbsent(row.id.value(), row);
      byTitle.computeIfAbsent(titleKey(row.title), key -> new ArrayList<>()).add(row);
    }
    for (RowValues row : rows) {
      for (String token : row.dependsOn) {
        RowValues predecessor = byId.get(token);
        if (predecessor == null) {
          List<RowValues> titled = byTitle.getOrDefault(titleKey(token), List.of());
          if (titled.size() > 1) {
            problem(row.row, Column.DEPENDS_ON, quote(token) + " is the title of rows "
                + titled.stream().map(r -> String.valueOf(r.row.number()))
                    .collect(Collectors.joining(" and "))
                + "; name the one you mean by its id");
            continue;
          }
          if (titled.isEmpty()) {
            problem(row.row, Column.DEPENDS_ON, quote(token) + " is neither the id nor the title"
                + " of a milestone in the table; separate several with ',' or ';'");
            continue;
          }
          predecessor = titled.get(0);
        }
        row.predecessors.add(predecessor.id);
      }
    }
  }

  private static String titleKey(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }

  private Milestone milestone(RowValues row, Optional<Milestone> before, Set<MilestoneId> kept) {
    Milestone.Builder milestone = Milestone.builder();
    before.ifPresent(milestone::from);
    milestone.id(row.id);
    milestone.title(keep(Optional.of(row.title), before.map(Milestone::title)).orElseThrow());
    milestone.buyerOwner(row.buyerOwnerId);
    milestone.sellerOwner(row.sellerOwnerId);
    if (has(Column.KIND)) {
      milestone.kind(row.kind);
    }
    if (has(Column.DURATION)) {
      milestone.durationDays(row.durationDays);
    }
    if (has(Column.EXIT_CRITERIA)) {
      milestone.exitCriteria(keep(row.exitCriteria, before.flatMap(Milestone::exitCriteria)));
    }
    if (has(Column.NOTES)) {
      milestone.notes(keep(row.notes, before.flatMap(Milestone::notes)));
    }
    MilestoneStatus status = before.map(Milestone::status).orElse(MilestoneStatus.NOT_STARTED);
    if (has(Column.STATUS)) {
      status = row.status.orElse(MilestoneStatus.NOT_STARTED);
      milestone.status(status);
    }
    if (has(Column.COMPLETED)) {
      milestone.completed(row.completed);
    } else if (has(Column.STATUS) && status != MilestoneStatus.COMPLETE) {
      milestone.completed(Optional.empty()); // reopened in the table: the status decides
      Optional<LocalDate> completed = before.flatMap(Milestone::completed);
      if (completed.isPresent()) {
        droppedDates.add("dropped the completed date " + completed.get() + " of " + row.id
            + ", which the table sets back to " + status.spelling());
      }
    }
    dates(milestone, row, before);
    milestone.dependsOn(dependencies(row, before, kept));
    return milestone.build();
  }

  /**
   * The due date, and the old due date kept as the baseline when it moves (as moveDue does). An
   * empty {@code Baseline due} cell clears the baseline, as an empty cell clears any value; since
   * a cell emptied by accident would hide the milestone's slip, a note names the date it had.
   */
  private void dates(Milestone.Builder milestone, RowValues row, Optional<Milestone> before) {
    Optional<LocalDate> oldDue = before.flatMap(Milestone::due);
    Optional<LocalDate> oldBaseline = before.flatMap(Milestone::baselineDue);
    Optional<LocalDate> due = has(Column.DUE) ? row.due : oldDue;
    Optional<LocalDate> baseline = has(Column.BASELINE_DUE) ? row.baselineDue : oldBaseline;
    if (baseline.isEmpty() && oldDue.isPresent() && !oldDue.equals(due)) {
      baseline = oldDue;
    }
    if (has(Column.BASELINE_DUE) && row.baselineDue.isEmpty() && oldBaseline.isPresent()
        && !oldBaseline.equals(baseline)) {
      String what = baseline.isPresent()
          ? "replaced the baseline due date " + oldBaseline.get() + " of " + row.id
              + " by its old due date " + baseline.get()
          : "cleared the baseline due date " + oldBaseline.get() + " of " + row.id;
      droppedDates.add(what + ": its " + heading(Column.BASELINE_DUE) + " cell is empty");
    }
    milestone.due(due);
    milestone.baselineDue(baseline);
  }

  /**
   * The table's predecessors, each keeping its old type and lag when the milestone had it before;
   * without a {@code Depends on} column, the old dependencies on milestones still in the table.
   */
  private List<Dependency> dependencies(RowValues row, Optional<Milestone> before,
      Set<MilestoneId> kept) {
    List<Dependency> old = before.map(Milestone::dependsOn).orElse(List.of());
    if (!has(Column.DEPENDS_ON)) {
      return old.stream().filter(d -> kept.contains(d.milestone())).toList();
    }
    Map<MilestoneId, Dependency> oldByPredecessor = new LinkedHashMap<>();
    old.forEach(d -> oldByPredecessor.putIfAbsent(d.milestone(), d));
    List<Dependency> dependencies = new ArrayList<>(row.predecessors.size());
    for (MilestoneId predecessor : row.predecessors) {
      dependencies.add(oldByPredecessor.getOrDefault(predecessor, Dependency.on(predecessor)));
    }
    return dependencies;
  }

  /**
   * The table's text, or the plan's when they differ only in the spaces around them: a
   * spreadsheet trims cells (and an empty cell is no text), and the plan keeps what the table
   * cannot carry.
   */
  private static Optional<String> keep(Optional<String> cell, Optional<String> before) {
    if (before.isPresent() && before.get().strip().equals(cell.orElse(""))) {
      return before;
    }
    return cell;
  }

  // ---- the plan's own check -------------------------------------------------------------------

  /** Builds the plan, and ends in one exception when the table or the plan has any problem. */
  private MutualActionPlan build(Owners owners, Supplier<MutualActionPlan> plan) {
    MutualActionPlan built = null;
    try {
      built = plan.get();
    } catch (InvalidPlanException e) {
      for (PlanProblem problem : e.problems()) {
        located(problem, owners).ifPresent(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      List<TableProblem> sorted = new ArrayList<>(problems);
      // The MAP table's problems first, then those of the people's sheet, each in row order.
      sorted.sort(Comparator.<TableProblem, Boolean>comparing(p -> p.sheet().isPresent())
          .thenComparingInt(p -> p.row().orElse(0))
          .thenComparingInt(p -> p.column().map(c -> positions.getOrDefault(c, Integer.MAX_VALUE))
              .orElse(-1)));
      throw new TableException(sorted);
    }
    return built;
  }

  /** A problem of the plan's check, at the row and cell it came from. */
  private Optional<TableProblem> located(PlanProblem problem, Owners owners) {
    String[] path = problem.pointer().split("/");
    if (path.length >= 3 && path[1].equals("milestones")) {
      RowValues row = rows.get(Integer.parseInt(path[2]));
      Optional<Column> column = path.length >= 4 ? Column.carrying(path[3]) : Optional.empty();
      if (column.isEmpty()) {
        return Optional.of(TableProblem.inRow(row.row.number(), problem.message()));
      }
      if (badCells.contains(key(row.row.number(), column.get()))
          && !isAboutOneDependency(path, column.get())) {
        return Optional.empty();
      }
      String text = cell(row.row, column.get()).map(TableCell::text).orElse("");
      String message = text.isEmpty() ? problem.message() : quote(text) + ": " + problem.message();
      return Optional.of(TableProblem.inCell(row.row.number(), heading(column.get()), text,
          message));
    }
    if (path.length >= 3 && path[1].equals("stakeholders")) {
      int index = Integer.parseInt(path[2]);
      if (people.isPresent() && index < people.get().stakeholders().size()) {
        return Optional.of(people.get().problem(index,
            path.length >= 4 ? Optional.of(path[3]) : Optional.empty(), problem.message()));
      }
      Optional<Owners.Origin> origin = owners.origin(index);
      if (origin.isPresent()) {
        Owners.Origin where = origin.get();
        return Optional.of(TableProblem.inCell(where.row(), heading(where.column()), where.name(),
            quote(where.name()) + ": " + problem.message()));
      }
    }
    return Optional.of(TableProblem.inTable(problem.toString()));
  }

  /**
   * Whether a problem of the plan's check is about one of the dependencies of a {@code Depends on}
   * cell ({@code /milestones/2/dependsOn/1}). A cell that has a problem of its own is left out of
   * the plan's check, whose problems would be about the value the cell lost; but a {@code Depends
   * on} cell with a reference that names no row keeps its other references, and what the check
   * says of those (one named twice) is reported with the cell's own problem.
   */
  private static boolean isAboutOneDependency(String[] path, Column column) {
    return column == Column.DEPENDS_ON && path.length >= 5;
  }

  // ---- helpers --------------------------------------------------------------------------------

  private boolean has(Column column) {
    return columns.containsKey(column);
  }

  /** The column's header as the table writes it, else as the export would. */
  private String heading(Column column) {
    return headings.getOrDefault(column, column.heading());
  }

  private boolean cellProblemFree(TableRow row, Column column) {
    return !badCells.contains(key(row.number(), column));
  }

  private void problem(TableRow row, Column column, String message) {
    badCells.add(key(row.number(), column));
    String text = cell(row, column).map(TableCell::text).orElse("");
    problems.add(TableProblem.inCell(row.number(), heading(column), text, message));
  }

  private static String key(int row, Column column) {
    return row + ":" + column.name();
  }

  private static String columnList() {
    return Arrays.stream(Column.values()).map(Column::heading).collect(Collectors.joining(", "));
  }

  /** A cell's text in a message: quoted, line breaks shown as {@code \n}, long text shortened. */
  static String quote(String text) {
    String shown = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    return "'" + Texts.shortened(shown, 40) + "'";
  }

  /** What one row says, as read, and what it names once resolved. */
  private static final class RowValues {
    final TableRow row;
    Optional<String> explicitId = Optional.empty();
    String title = "";
    Optional<String> buyerOwner = Optional.empty();
    Optional<String> sellerOwner = Optional.empty();
    Optional<LocalDate> due = Optional.empty();
    Optional<LocalDate> completed = Optional.empty();
    Optional<LocalDate> baselineDue = Optional.empty();
    Optional<MilestoneStatus> status = Optional.empty();
    Optional<MilestoneKind> kind = Optional.empty();
    OptionalInt durationDays = OptionalInt.empty();
    Optional<String> exitCriteria = Optional.empty();
    Optional<String> notes = Optional.empty();
    List<String> dependsOn = List.of();

    MilestoneId id;
    Optional<StakeholderId> buyerOwnerId = Optional.empty();
    Optional<StakeholderId> sellerOwnerId = Optional.empty();
    final List<MilestoneId> predecessors = new ArrayList<>();

    RowValues(TableRow row) {
      this.row = row;
    }
  }
}

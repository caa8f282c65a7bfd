package io.mutualplan.sheets.internal;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.sheets.TableProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people of a workbook's {@code Stakeholders} sheet, the second sheet the export writes (Name,
 * Side, Roles, Title, Email), read when a workbook becomes a new plan: the owner columns then find
 * them by name, with their roles, job titles and emails, and the people who own no milestone come
 * along too.
 *
 * <p>The sheet is read as strictly as the MAP table: a person needs a name and a side, roles are
 * the plan format's, and a column that is not one of the five is an error unless unknown columns
 * are ignored. Ids are made from names, as for the owners a table names.
 */
final class StakeholderSheet {
  /**
   * The sheet's columns, in the order the export writes them: each is the stakeholder's field of
   * the plan format that it carries, capitalized.
   */
  static final List<String> COLUMNS = List.of("Name", "Side", "Roles", "Title", "Email");

  private final Table table;
  private final boolean ignoreUnknownColumns;
  private final List<TableProblem> problems;
  private final Map<String, Integer> positions = new LinkedHashMap<>();
  private final List<Stakeholder> stakeholders = new ArrayList<>();
  private final List<TableRow> rows = new ArrayList<>();

  private StakeholderSheet(Table table, boolean ignoreUnknownColumns,
      List<TableProblem> problems) {
    this.table = table;
    this.ignoreUnknownColumns = ignoreUnknownColumns;
    this.problems = problems;
  }

  /**
   * Whether a people's sheet lists a plan's people as the export writes them, cell for cell (each
   * trimmed, as the readers trim cells, and a row's empty cells at its end left out, as a
   * spreadsheet leaves them out): an import onto the plan, which does not read the sheet, then
   * loses nothing of it.
   *
   * @param sheet the people's sheet
   * @param plan the plan
   * @return true when the sheet says nothing the plan's people do not
   */
  static boolean listsThePeopleOf(Table sheet, MutualActionPlan plan) {
    List<List<String>> written = PlanTable.stakeholders(plan).stream()
        .map(StakeholderSheet::texts).toList();
    List<List<String>> read = sheet.rows().stream().map(row -> texts(row.cells())).toList();
    return read.equals(written);
  }

  private static List<String> texts(List<TableCell> cells) {
    List<String> texts = cells.stream().map(cell -> cell.text().strip()).toList();
    int end = texts.size();
    while (end > 0 && texts.get(end - 1).isEmpty()) {
      end--;
    }
    return texts.subList(0, end);
  }

  /**
   * Reads the people of the sheet.
   *
   * @param table the sheet
   * @param ignoreUnknownColumns whether a column that is not one of the sheet's is skipped
   * @param problems where each problem of the sheet is added, in the sheet's order
   * @return the sheet's people, those with problems left out
   */
  static StakeholderSheet read(Table table, boolean ignoreUnknownColumns,
      List<TableProblem> problems) {
    StakeholderSheet sheet = new StakeholderSheet(table, ignoreUnknownColumns, problems);
    sheet.read();
    return sheet;
  }

  /**
   * The people, in the sheet's order.
   *
   * @return the stakeholders
   */
  List<Stakeholder> stakeholders() {
    return List.copyOf(stakeholders);
  }

  /**
   * A problem the plan's check found with one of the sheet's people, at its row and cell.
   *
   * @param index the person's position in {@link #stakeholders()}
   * @param field the field of the plan format, such as {@code email}, or empty for the person
   * @param message what is wrong
   * @return the problem
   */
  TableProblem problem(int index, Optional<String> field, String message) {
    TableRow row = rows.get(index);
    Optional<String> column =
        field.flatMap(StakeholderSheet::carrying).filter(positions::containsKey);
    if (column.isEmpty()) {
      return TableProblem.inRow(row.number(), message).inSheet(SheetNames.STAKEHOLDERS);
    }
    String text = row.cell(positions.get(column.get())).text();
    return TableProblem.inCell(row.number(), column.get(), text,
        text.isEmpty() ? message : TableImport.quote(text) + ": " + message)
        .inSheet(SheetNames.STAKEHOLDERS);
  }

  /** The column that carries a field of the plan format, such as Email for email. */
  private static Optional<String> carrying(String field) {
    return COLUMNS.stream().filter(column -> column.equalsIgnoreCase(field)).findFirst();
  }

  private void read() {
    Optional<TableRow> header = table.header();
    if (header.isEmpty()) {
      return; // an empty sheet lists nobody
    }
    readHeader(header.get());
    if (!positions.containsKey("Name") || !positions.containsKey("Side")) {
      add(TableProblem.inRow(header.get().number(), "the sheet lists the plan's people, and "
          + "needs a Name and a Side column (Roles, Title and Email are optional); rename the "
          + "sheet if it is something else"));
      return;
    }
    Set<String> ids = new HashSet<>();
    for (TableRow row : table.dataRows()) {
      person(row, ids).ifPresent(person -> {
        stakeholders.add(person);
        rows.add(row);
      });
    }
  }

  private void readHeader(TableRow header) {
    for (int c = 0; c < header.cells().size(); c++) {
      String text = header.cell(c).text();
      if (text.isEmpty()) {
        continue;
      }
      Optional<String> column = COLUMNS.stream()
          .filter(name -> Column.key(name).equals(Column.key(text))).findFirst();
      if (column.isEmpty()) {
        if (!ignoreUnknownColumns) {
          add(TableProblem.inCell(header.number(), text, text, TableImport.quote(text) + " is not"
              + " a column of the people's sheet; its columns are "
              + String.join(", ", COLUMNS) + "; rename or remove the column, or ask to"
              + " ignore unknown columns"));
        }
      } else if (positions.putIfAbsent(column.get(), c) != null) {
        add(TableProblem.inCell(header.number(), text, text, "a second " + column.get()
            + " column; keep one"));
      }
    }
  }

  /** One person, or empty when the row has a problem. */
  private Optional<Stakeholder> person(TableRow row, Set<String> ids) {
    int before = problems.size();
    Set<String> errors = formulaProblems(row);
    String name = text(row, "Name");
    if (name.isEmpty() && !errors.contains("Name")) {
      add(TableProblem.inCell(row.number(), "Name", "", "a person needs a name"));
    }
    String sideText = text(row, "Side");
    Optional<Side> side = Arrays.stream(Side.values())
        .filter(s -> s.spelling().equals(TableImport.spelling(sideText))).findFirst();
    if (side.isEmpty() && !errors.contains("Side")) {
      add(TableProblem.inCell(row.number(), "Side", sideText, (sideText.isEmpty() ? "a person"
          + " needs a side" : TableImport.quote(sideText) + " is not a side")
          + "; write buyer or seller"));
    }
    List<Role> roles = new ArrayList<>();
    for (String token : text(row, "Roles").split("[,;]")) {
      if (token.isBlank()) {
        continue;
      }
      Optional<Role> role = Arrays.stream(Role.values())
          .filter(r -> r.spelling().equals(TableImport.spelling(token))).findFirst();
      if (role.isPresent()) {
        roles.add(role.get());
      } else {
        add(TableProblem.inCell(row.number(), "Roles", text(row, "Roles"),
            TableImport.quote(token.strip()) + " is not a role; use one of "
                + Arrays.stream(Role.values()).map(Role::spelling)
                    .collect(Collectors.joining(", "))));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String id = IdSlugs.unique(name, "stakeholder", ids);
    ids.add(id);
    Optional<String> title = Optional.of(text(row, "Title")).filter(t -> !t.isEmpty());
    Optional<String> email = Optional.of(text(row, "Email")).filter(e -> !e.isEmpty());
    return Optional.of(Stakeholder.builder().id(StakeholderId.of(id)).name(name)
        .side(side.orElseThrow()).roles(roles).title(title).email(email).build());
  }

  /**
   * The columns whose cells in the row hold a formula's error or a formula without its result,
   * each reported as the MAP table reports it.
   */
  private Set<String> formulaProblems(TableRow row) {
    Set<String> columns = new HashSet<>();
    positions.forEach((column, position) -> {
      TableCell cell = row.cell(position);
      cell.formulaProblem().ifPresent(message -> {
        columns.add(column);
        add(TableProblem.inCell(row.number(), column, cell.text(), message));
      });
    });
    return columns;
  }

  /**
   * The text of a row's cell in a column: empty when the sheet has no such column, or when the
   * cell holds a formula's error or a formula without its result, which are no value.
   */
  private String text(TableRow row, String column) {
    Integer position = positions.get(column);
    if (position == null || row.cell(position).formulaProblem().isPresent()) {
      return "";
    }
    return row.cell(position).text();
  }

  private void add(TableProblem problem) {
    problems.add(problem.inSheet(SheetNames.STAKEHOLDERS));
  }
}

package io.mutualplan.sheets.internal;

import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people a table's owner columns name: the plan's stakeholders, found by name on the right
 * side (case does not matter), and the new ones an import creates for names it does not know.
 */
final class Owners {
  /**
   * Where an import first met a stakeholder it created.
   *
   * @param row the row
   * @param column the owner column
   * @param name the name as the cell wrote it
   */
  record Origin(int row, Column column, String name) {}

  private final List<Stakeholder> stakeholders;
  /** How many of {@link #stakeholders} the plan had; the import created the others. */
  private final int known;
  private final Set<String> ids = new HashSet<>();
  private final Map<Integer, Origin> origins = new HashMap<>();
  private final String buyer;
  private final String seller;

  /**
   * The people of a plan.
   *
   * @param stakeholders the plan's stakeholders, none for a new plan
   * @param buyer the buying organization's name, for messages
   * @param seller the selling organization's name, for messages
   */
  Owners(List<Stakeholder> stakeholders, String buyer, String seller) {
    this.stakeholders = new ArrayList<>(stakeholders);
    this.known = stakeholders.size();
    this.buyer = buyer;
    this.seller = seller;
    stakeholders.forEach(s -> ids.add(s.id().value()));
  }

  /**
   * Finds someone by name on one side. When several people there have the name, the milestone's
   * previous owner wins, else the first of them in the plan.
   *
   * @param name the name, trimmed
   * @param side the side
   * @param preferred the milestone's previous owner on that side
   * @return the stakeholder's id, or empty when nobody on that side has the name
   */
  Optional<StakeholderId> find(String name, Side side, Optional<StakeholderId> preferred) {
    String wanted = key(name);
    Optional<StakeholderId> first = Optional.empty();
    for (Stakeholder stakeholder : stakeholders) {
      if (stakeholder.side() == side && key(stakeholder.name()).equals(wanted)) {
        if (preferred.isPresent() && preferred.get().equals(stakeholder.id())) {
          return preferred;
        }
        if (first.isEmpty()) {
          first = Optional.of(stakeholder.id());
        }
      }
    }
    return first;
  }

  /**
   * Adds a new stakeholder, with an id made from the name.
   *
   * @param name the name as the cell wrote it
   * @param side the side
   * @param row the row that named them first
   * @param column the owner column
   * @return the new stakeholder's id
   */
  StakeholderId create(String name, Side side, int row, Column column) {
    String id = IdSlugs.unique(name, "stakeholder", ids);
    ids.add(id);
    origins.put(stakeholders.size(), new Origin(row, column, name));
    StakeholderId stakeholderId = StakeholderId.of(id);
    stakeholders.add(Stakeholder.builder().id(stakeholderId).name(name).side(side).build());
    return stakeholderId;
  }

  /**
   * Where a stakeholder the import created came from.
   *
   * @param index the stakeholder's position in {@link #stakeholders()}
   * @return the origin, or empty for someone the plan already had
   */
  Optional<Origin> origin(int index) {
    return Optional.ofNullable(origins.get(index));
  }

  /**
   * The organization on one side, for messages.
   *
   * @param side the side
   * @return its name
   */
  String organization(Side side) {
    return side == Side.BUYER ? buyer : seller;
  }

  /**
   * Everyone: the plan's stakeholders, then the new ones in the order the table named them.
   *
   * @return the stakeholders
   */
  List<Stakeholder> stakeholders() {
    return List.copyOf(stakeholders);
  }

  /**
   * The stakeholders the import created, in the order the table named them.
   *
   * @return the new stakeholders
   */
  List<Stakeholder> created() {
    return List.copyOf(stakeholders.subList(known, stakeholders.size()));
  }

  /**
   * What two names must share to be one person's: the same letters whatever their case, and the
   * same words whatever the white space between them ({@code Priya  Nair}, with two spaces or a
   * no-break space, is {@code Priya Nair}, as {@code map diff} reads them).
   */
  private static String key(String name) {
    return Texts.singleSpaced(name).toLowerCase(Locale.ROOT);
  }
}

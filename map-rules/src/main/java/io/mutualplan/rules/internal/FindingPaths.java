package io.mutualplan.rules.internal;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Stakeholder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a finding may point: a JSON Pointer (RFC 6901) to a place of the plan's document, given
 * or not. A finding about a missing value points where that value belongs ({@code
 * /milestones/2/exitCriteria}, {@code /outcome} of a plan without one), so a member the format
 * defines is a place whether the plan fills it in or not; an array element is a place only when
 * the plan has it, and a member the format does not define is never one.
 */
public final class FindingPaths {
  /** The shapes of the plan format's values. */
  private enum Shape {
    PLAN, ORGANIZATION, OUTCOME, CALENDAR, MONEY, STAKEHOLDER, MILESTONE, ESTIMATE, DEPENDENCY,
    REVISION, SIGN_OFF, ATTRIBUTES, VALUE
  }

  /** Each object shape's members, and the shape of each member's value. */
  private static final Map<Shape, Map<String, Shape>> MEMBERS = Map.ofEntries(
      Map.entry(Shape.PLAN, members(
          "format id title goal createdOn", Shape.VALUE,
          "buyer seller", Shape.ORGANIZATION,
          "outcome", Shape.OUTCOME,
          "calendar", Shape.CALENDAR,
          "dealValue", Shape.MONEY,
          "stakeholders", Shape.STAKEHOLDER,
          "milestones", Shape.MILESTONE,
          "revisions", Shape.REVISION,
          "signOffs", Shape.SIGN_OFF,
          "attributes", Shape.ATTRIBUTES)),
      Map.entry(Shape.ORGANIZATION, members("name", Shape.VALUE)),
      Map.entry(Shape.OUTCOME, members("date label leadTimeDays setBy", Shape.VALUE)),
      Map.entry(Shape.CALENDAR, members("workingDays holidays", Shape.VALUE)),
      Map.entry(Shape.MONEY, members("amount currency", Shape.VALUE)),
      Map.entry(Shape.STAKEHOLDER, members("id name side roles title email", Shape.VALUE)),
      Map.entry(Shape.MILESTONE, members(
          "id title description kind buyerOwner sellerOwner due baselineDue durationDays"
              + " exitCriteria status started completed atRisk notes", Shape.VALUE,
          "estimate", Shape.ESTIMATE,
          "dependsOn", Shape.DEPENDENCY,
          "attributes", Shape.ATTRIBUTES)),
      Map.entry(Shape.ESTIMATE, members("optimistic likely pessimistic", Shape.VALUE)),
      Map.entry(Shape.DEPENDENCY, members("milestone type lagDays", Shape.VALUE)),
      Map.entry(Shape.REVISION, members("number author at summary", Shape.VALUE)),
      Map.entry(Shape.SIGN_OFF, members("by revision on", Shape.VALUE)));

  /** The members whose value is an array, each element of the member's shape. */
  private static final Set<String> ARRAYS = Set.of(
      "stakeholders", "milestones", "revisions", "signOffs", "roles", "workingDays", "holidays",
      "dependsOn");

  private FindingPaths() {}

  /**
   * Says what is wrong with a finding's path.
   *
   * @param path the path a rule gave
   * @param plan the plan the finding is about
   * @return why it is not a place of the plan's document, or empty when it is one
   */
  public static Optional<String> problemWith(String path, MutualActionPlan plan) {
    if (path.isEmpty()) {
      return Optional.of("is empty: a finding about the whole plan has no path");
    }
    if (path.charAt(0) != '/') {
      return Optional.of("is not a JSON Pointer: it must start with '/'");
    }
    for (int tilde = path.indexOf('~'); tilde >= 0; tilde = path.indexOf('~', tilde + 1)) {
      if (tilde + 1 == path.length() || (path.charAt(tilde + 1) != '0'
          && path.charAt(tilde + 1) != '1')) {
        return Optional.of("is not a JSON Pointer: '~' must be followed by 0 or 1");
      }
    }
    Shape shape = Shape.PLAN;
    Object value = plan; // the value at the place reached, or null where the plan has none
    int start = 1;
    while (true) {
      int end = path.indexOf('/', start);
      String token = unescape(path.substring(start, end < 0 ? path.length() : end));
      if (shape == Shape.VALUE) {
        return Optional.of("goes past a value that has no members");
      }
      if (shape == Shape.ATTRIBUTES) {
        shape = Shape.VALUE; // any attribute name: a rule may say which one is missing
        value = null;
      } else {
        Shape member = MEMBERS.get(shape).get(token);
        if (member == null) {
          return Optional.of("names '" + token + "', which the plan format does not have there");
        }
        Object memberValue = memberValue(value, token);
        if (ARRAYS.contains(token) && end >= 0) {
          // The element: an index of an element the plan has.
          start = end + 1;
          end = path.indexOf('/', start);
          String index = path.substring(start, end < 0 ? path.length() : end);
          List<?> elements = memberValue == null ? List.of() : (List<?>) memberValue;
          int position = indexOf(index);
          if (position < 0 || position >= elements.size()) {
            return Optional.of("names element '" + index + "' of " + token + ", which has "
                + elements.size() + (elements.size() == 1 ? " element" : " elements"));
          }
          value = elements.get(position);
        } else {
          value = memberValue;
        }
        shape = member;
      }
      if (end < 0) {
        return Optional.empty();
      }
      start = end + 1;
    }
  }

  /** The value of a member the walk needs to go on: an array, or an object holding one. */
  private static Object memberValue(Object owner, String member) {
    if (owner instanceof MutualActionPlan) {
      MutualActionPlan plan = (MutualActionPlan) owner;
      switch (member) {
        case "stakeholders":
          return plan.stakeholders();
        case "milestones":
          return plan.milestones();
        case "revisions":
          return plan.revisions();
        case "signOffs":
          return plan.signOffs();
        case "calendar":
          return plan.calendar().orElse(null);
        default:
          return null;
      }
    }
    if (owner instanceof CalendarSettings) {
      CalendarSettings calendar = (CalendarSettings) owner;
      return member.equals("holidays") ? calendar.holidays() : calendar.workingDays();
    }
    if (owner instanceof Stakeholder && member.equals("roles")) {
      return ((Stakeholder) owner).roles();
    }
    if (owner instanceof Milestone && member.equals("dependsOn")) {
      return ((Milestone) owner).dependsOn();
    }
    return null;
  }

  /** An array index as RFC 6901 spells it (digits, no leading zero), or -1. */
  private static int indexOf(String token) {
    boolean digits = !token.isEmpty() && token.length() <= 9
        && (token.length() == 1 || token.charAt(0) != '0')
        && token.chars().allMatch(c -> c >= '0' && c <= '9');
    return digits ? Integer.parseInt(token) : -1;
  }

  /** A reference token, whose escapes are known to be well formed, with them undone. */
  private static String unescape(String token) {
    // ~1 first: "~01" is "~1", not "/".
    return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
  }

  /** A member table: names (separated by spaces), then their shape, and so on. */
  private static Map<String, Shape> members(Object... namesThenShape) {
    Map<String, Shape> members = new HashMap<>();
    for (int i = 0; i < namesThenShape.length; i += 2) {
      for (String name : ((String) namesThenShape[i]).split(" ")) {
        members.put(name, (Shape) namesThenShape[i + 1]);
      }
    }
    return Map.copyOf(members);
  }
}

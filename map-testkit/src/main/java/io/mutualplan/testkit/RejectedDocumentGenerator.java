package io.mutualplan.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.internal.Draw;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes plan documents with exactly one thing a reader rejects (see {@link ReaderRejection}): a
 * valid generated plan, written by map-json, then changed in one place, with whatever else that
 * change would break repaired (a renamed milestone's dependents no longer name it, ...), so a
 * strict reader reports exactly one problem, at the document's {@link RejectedDocument#pointer()}.
 *
 * <pre>{@code
 * RejectedDocument document = PlanGenerators.rejectedDocuments()
 *     .rejections(ReaderRejection.DUPLICATE_DEPENDENCY)
 *     .document(random);
 * DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
 *     () -> MapJson.standard().plans().read(document.json()));
 * assertThat(e.problems()).singleElement()
 *     .extracting(DocumentProblem::pointer).isEqualTo(document.pointer());
 * }</pre>
 *
 * <p>Instances are immutable: each setting returns a new generator.
 */
public final class RejectedDocumentGenerator {
  private static final MapJson JSON = MapJson.standard();
  private static final ObjectMapper TREES = JsonMapper.builder()
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final String NOBODY = "nobody-here";

  private final PlanGenerator plans;
  private final List<ReaderRejection> rejections;

  private RejectedDocumentGenerator(PlanGenerator plans, List<ReaderRejection> rejections) {
    this.plans = plans;
    this.rejections = rejections;
  }

  static RejectedDocumentGenerator defaults() {
    // Every rejection needs two milestones, stakeholders on both sides and two revisions.
    return new RejectedDocumentGenerator(
        PlanGenerators.validPlans().milestones(2, 8).stakeholders(2, 6).revisions(2, 4)
            .trickyText(0),
        List.of(ReaderRejection.values()));
  }

  /**
   * Breaks one of these rules, chosen uniformly. Default: every rule.
   *
   * @param rejections one or more
   * @return the changed generator
   */
  public RejectedDocumentGenerator rejections(ReaderRejection... rejections) {
    if (rejections.length == 0) {
      throw new IllegalArgumentException("give at least one rejection");
    }
    return new RejectedDocumentGenerator(plans, List.of(rejections));
  }

  /**
   * Makes one document.
   *
   * @param random the source of randomness; the document depends on nothing else
   * @return the document
   */
  public RejectedDocument document(RandomGenerator random) {
    MutualActionPlan plan = plans.plan(random);
    Draw draw = new Draw(random);
    ReaderRejection rejection = draw.pick(rejections);
    try {
      ObjectNode root = (ObjectNode) TREES.readTree(JSON.plans().write(plan));
      Change change = new Breaker(draw, root).breakBy(rejection);
      return new RejectedDocument(
          rejection, TREES.writeValueAsString(root), change.pointer(), change.description());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("map-json wrote a document Jackson cannot read back", e);
    }
  }

  /** Where the document was changed, and how. */
  private record Change(String pointer, String description) {}

  /** One document being changed. */
  private static final class Breaker {
    private final Draw draw;
    private final ObjectNode root;
    private final ArrayNode milestones;
    private final ArrayNode stakeholders;
    private final ArrayNode revisions;

    Breaker(Draw draw, ObjectNode root) {
      this.draw = draw;
      this.root = root;
      this.milestones = (ArrayNode) root.get("milestones");
      this.stakeholders = (ArrayNode) root.get("stakeholders");
      this.revisions = (ArrayNode) root.get("revisions");
    }

    Change breakBy(ReaderRejection rejection) {
      switch (rejection) {
        case UNSUPPORTED_FORMAT:
          root.put("format", "mutual-action-plan/2");
          return new Change("/format", "format set to mutual-action-plan/2");
        case MISSING_REQUIRED_FIELD:
        case NULL_REQUIRED_FIELD:
          return requiredField(rejection == ReaderRejection.NULL_REQUIRED_FIELD);
        case UNKNOWN_FIELD:
          return unknownField();
        case WRONG_TYPE:
          return wrongType();
        case VALUE_OUTSIDE_ENUMERATION:
          return outsideEnumeration();
        case NUMBER_OUT_OF_RANGE:
          return outOfRange();
        case MALFORMED_DATE: {
          String date = draw.pick(List.of("2027-02-30", "2027-3-1", "next week", "01/03/2027"));
          if (draw.chance(0.3)) {
            root.put("createdOn", date);
            return new Change("/createdOn", "createdOn set to '" + date + "'");
          }
          int m = milestone();
          milestone(m).put("due", date);
          return new Change(at(m) + "/due", "due of " + id(m) + " set to '" + date + "'");
        }
        case MALFORMED_INSTANT: {
          int r = draw.between(0, revisions.size() - 1);
          String instant = draw.pick(
              List.of("2026-11-20 15:04:05", "2026-11-20T15:04:05+01:00", "yesterday"));
          ((ObjectNode) revisions.get(r)).put("at", instant);
          return new Change("/revisions/" + r + "/at", "revision at set to '" + instant + "'");
        }
        case MALFORMED_ID: {
          int m = milestone();
          String old = id(m);
          dropDependenciesOn(old);
          milestone(m).put("id", "security review");
          return new Change(at(m) + "/id", "id of " + old + " set to 'security review'");
        }
        case MALFORMED_CURRENCY:
          root.set("dealValue", money(BigDecimal.valueOf(1000), "dollars"));
          return new Change("/dealValue/currency", "currency set to 'dollars'");
        case NEGATIVE_AMOUNT:
          root.set("dealValue", money(new BigDecimal("-1.50"), "USD"));
          return new Change("/dealValue/amount", "deal value set to -1.50");
        case EMPTY_WORKING_DAYS:
          calendar().set("workingDays", root.arrayNode());
          return new Change("/calendar/workingDays", "workingDays set to []");
        case DUPLICATE_WORKING_DAY:
          calendar().set("workingDays", root.arrayNode().add("monday").add("tuesday").add("monday"));
          return new Change("/calendar/workingDays/2", "monday listed twice in workingDays");
        case DUPLICATE_HOLIDAY: {
          ObjectNode calendar = calendar();
          ArrayNode holidays = calendar.has("holidays")
              ? (ArrayNode) calendar.get("holidays") : calendar.putArray("holidays");
          if (holidays.isEmpty()) {
            holidays.add("2027-01-01");
          }
          String holiday = holidays.get(draw.between(0, holidays.size() - 1)).asText();
          holidays.add(holiday);
          return new Change("/calendar/holidays/" + (holidays.size() - 1),
              "holiday " + holiday + " listed twice");
        }
        case DUPLICATE_ROLE: {
          int s = draw.between(0, stakeholders.size() - 1);
          ((ObjectNode) stakeholders.get(s)).set("roles",
              root.arrayNode().add("legal").add("legal"));
          return new Change("/stakeholders/" + s + "/roles/1", "role legal listed twice");
        }
        case DUPLICATE_MILESTONE_ID:
          return duplicateMilestoneId();
        case DUPLICATE_STAKEHOLDER_ID:
          return duplicateStakeholderId();
        case UNKNOWN_OWNER: {
          int m = milestone();
          String field = draw.chance(0.5) ? "buyerOwner" : "sellerOwner";
          milestone(m).put(field, NOBODY);
          return new Change(at(m) + "/" + field, field + " of " + id(m) + " set to " + NOBODY);
        }
        case UNKNOWN_PREDECESSOR: {
          int m = milestone();
          ArrayNode dependsOn = dependsOn(m);
          dependsOn.add("ghost");
          return new Change(at(m) + "/dependsOn/" + (dependsOn.size() - 1),
              id(m) + " made to depend on 'ghost'");
        }
        case UNKNOWN_AUTHOR: {
          int r = draw.between(0, revisions.size() - 1);
          ((ObjectNode) revisions.get(r)).put("author", NOBODY);
          return new Change("/revisions/" + r + "/author", "revision author set to " + NOBODY);
        }
        case UNKNOWN_SIGNER: {
          ArrayNode signOffs = signOffs();
          signOffs.add(signOff(NOBODY, revisions.get(0).get("number").asInt()));
          return new Change("/signOffs/" + (signOffs.size() - 1) + "/by",
              "sign-off by " + NOBODY + " added");
        }
        case UNKNOWN_SET_BY:
          outcome().put("setBy", NOBODY);
          return new Change("/outcome/setBy", "outcome setBy set to " + NOBODY);
        case UNKNOWN_SIGNED_REVISION: {
          int missing = revisions.get(revisions.size() - 1).get("number").asInt() + 1;
          ArrayNode signOffs = signOffs();
          signOffs.add(signOff(stakeholders.get(0).get("id").asText(), missing));
          return new Change("/signOffs/" + (signOffs.size() - 1) + "/revision",
              "sign-off of revision " + missing + " added");
        }
        case BUYER_OWNER_ON_SELLER_SIDE:
          return ownerOnTheWrongSide("buyerOwner", "seller");
        case SELLER_OWNER_ON_BUYER_SIDE:
          return ownerOnTheWrongSide("sellerOwner", "buyer");
        case DUPLICATE_DEPENDENCY: {
          int m = milestone();
          int other = otherMilestone(m);
          String predecessor = id(other);
          ArrayNode dependsOn = dependsOn(m);
          removeDependencies(dependsOn, predecessor);
          dependsOn.add(predecessor);
          dependsOn.add(predecessor);
          return new Change(at(m) + "/dependsOn/" + (dependsOn.size() - 1),
              id(m) + " made to depend on " + predecessor + " twice");
        }
        case COMPLETE_WITHOUT_COMPLETED_DATE: {
          int m = milestone();
          milestone(m).put("status", "complete");
          milestone(m).remove("completed");
          return new Change(at(m) + "/completed", id(m) + " made complete without a date");
        }
        case COMPLETED_DATE_WITHOUT_COMPLETE: {
          int m = milestone();
          ObjectNode milestone = milestone(m);
          milestone.put("status", "in-progress");
          milestone.put("completed",
              milestone.has("started") ? milestone.get("started").asText() : "2027-01-04");
          return new Change(at(m) + "/completed", id(m) + " given a completed date while in"
              + " progress");
        }
        case COMPLETED_BEFORE_STARTED: {
          int m = milestone();
          ObjectNode milestone = milestone(m);
          milestone.put("status", "complete");
          milestone.put("started", "2027-01-10");
          milestone.put("completed", "2027-01-09");
          return new Change(at(m) + "/completed", id(m) + " completed the day before it started");
        }
        case ESTIMATE_OUT_OF_ORDER: {
          int m = milestone();
          milestone(m).set("estimate", root.objectNode()
              .put("optimistic", 5).put("likely", 3).put("pessimistic", 9));
          return new Change(at(m) + "/estimate", "estimate of " + id(m) + " set to 5, 3, 9");
        }
        case REVISION_NUMBERS_NOT_INCREASING: {
          int r = draw.between(1, revisions.size() - 1);
          int old = revisions.get(r).get("number").asInt();
          int previous = revisions.get(r - 1).get("number").asInt();
          ((ObjectNode) revisions.get(r)).put("number", previous);
          for (JsonNode signOff : signOffs()) {
            if (signOff.get("revision").asInt() == old) {
              ((ObjectNode) signOff).put("revision", previous);
            }
          }
          return new Change("/revisions/" + r + "/number",
              "revision " + old + " renumbered " + previous + ", like the one before it");
        }
        case INSTANTS_GOING_BACKWARDS: {
          int r = draw.between(1, revisions.size() - 1);
          Instant previous = Instant.parse(revisions.get(r - 1).get("at").asText());
          String earlier = previous.minusSeconds(86_400).toString();
          ((ObjectNode) revisions.get(r)).put("at", earlier);
          return new Change("/revisions/" + r + "/at",
              "revision at set to " + earlier + ", a day before the one before it");
        }
        case TEXT_TOO_LONG: {
          int m = milestone();
          milestone(m).put("title", "x".repeat(PlanLimits.MAX_TEXT_LENGTH + 1));
          return new Change(at(m) + "/title",
              "title of " + id(m) + " made " + (PlanLimits.MAX_TEXT_LENGTH + 1) + " long");
        }
        default:
          throw new IllegalStateException("unknown rejection " + rejection);
      }
    }

    private Change requiredField(boolean asNull) {
      List<String[]> fields = new ArrayList<>();
      fields.add(new String[] {"", "title"});
      fields.add(new String[] {"", "buyer"});
      fields.add(new String[] {"", "seller"});
      int s = draw.between(0, stakeholders.size() - 1);
      fields.add(new String[] {"/stakeholders/" + s, "name"});
      int m = milestone();
      fields.add(new String[] {at(m), "title"});
      String[] field = draw.pick(fields);
      ObjectNode object = (ObjectNode) root.at(field[0]);
      if (asNull) {
        object.putNull(field[1]);
      } else {
        object.remove(field[1]);
      }
      String pointer = field[0] + "/" + field[1];
      return new Change(pointer, pointer + (asNull ? " set to null" : " removed"));
    }

    private Change unknownField() {
      List<String> objects = new ArrayList<>(List.of("", at(milestone()),
          "/stakeholders/" + draw.between(0, stakeholders.size() - 1)));
      if (root.has("outcome")) {
        objects.add("/outcome");
      }
      String object = draw.pick(objects);
      ((ObjectNode) root.at(object)).put("colour", "blue");
      return new Change(object + "/colour", "field colour added at " + object);
    }

    private Change wrongType() {
      int m = milestone();
      ObjectNode milestone = milestone(m);
      switch (draw.between(0, 3)) {
        case 0:
          milestone.put("title", 42);
          return new Change(at(m) + "/title", "title of " + id(m) + " set to 42");
        case 1:
          milestone.put("durationDays", "5");
          return new Change(at(m) + "/durationDays", "durationDays of " + id(m) + " set to \"5\"");
        case 2:
          milestone.put("atRisk", "yes");
          return new Change(at(m) + "/atRisk", "atRisk of " + id(m) + " set to \"yes\"");
        default:
          milestone.set("estimate", root.arrayNode().add(1).add(2).add(3));
          return new Change(at(m) + "/estimate", "estimate of " + id(m) + " set to [1, 2, 3]");
      }
    }

    private Change outsideEnumeration() {
      int m = milestone();
      ObjectNode milestone = milestone(m);
      switch (draw.between(0, 4)) {
        case 0:
          milestone.put("kind", "meeting");
          return new Change(at(m) + "/kind", "kind of " + id(m) + " set to 'meeting'");
        case 1:
          milestone.put("status", "done");
          milestone.remove("completed");
          return new Change(at(m) + "/status", "status of " + id(m) + " set to 'done'");
        case 2: {
          int s = draw.between(0, stakeholders.size() - 1);
          ((ObjectNode) stakeholders.get(s)).set("roles", root.arrayNode().add("boss"));
          return new Change("/stakeholders/" + s + "/roles/0", "role set to 'boss'");
        }
        case 3: {
          ArrayNode dependsOn = dependsOn(m);
          String predecessor = id(otherMilestone(m));
          removeDependencies(dependsOn, predecessor);
          dependsOn.add(root.objectNode().put("milestone", predecessor)
              .put("type", "finish-to-begin"));
          return new Change(at(m) + "/dependsOn/" + (dependsOn.size() - 1) + "/type",
              "dependency type set to 'finish-to-begin'");
        }
        default:
          calendar().set("workingDays", root.arrayNode().add("monday").add("funday"));
          return new Change("/calendar/workingDays/1", "working day 'funday' added");
      }
    }

    private Change outOfRange() {
      int m = milestone();
      switch (draw.between(0, 2)) {
        case 0: {
          int days = draw.chance(0.5) ? -1 : PlanLimits.MAX_DAYS + 1;
          milestone(m).put("durationDays", days);
          return new Change(at(m) + "/durationDays",
              "durationDays of " + id(m) + " set to " + days);
        }
        case 1: {
          ArrayNode dependsOn = dependsOn(m);
          String predecessor = id(otherMilestone(m));
          removeDependencies(dependsOn, predecessor);
          int lag = draw.chance(0.5) ? -PlanLimits.MAX_DAYS - 1 : PlanLimits.MAX_DAYS + 1;
          dependsOn.add(root.objectNode().put("milestone", predecessor).put("lagDays", lag));
          return new Change(at(m) + "/dependsOn/" + (dependsOn.size() - 1) + "/lagDays",
              "a dependency with lagDays " + lag + " added");
        }
        default:
          outcome().put("leadTimeDays", -1);
          return new Change("/outcome/leadTimeDays", "leadTimeDays set to -1");
      }
    }

    private Change duplicateMilestoneId() {
      int first = draw.between(0, milestones.size() - 2);
      int second = draw.between(first + 1, milestones.size() - 1);
      String old = id(second);
      dropDependenciesOn(old);
      milestone(second).put("id", id(first));
      return new Change(at(second) + "/id", "id of " + old + " set to " + id(first));
    }

    private Change duplicateStakeholderId() {
      int first = draw.between(0, stakeholders.size() - 2);
      int second = draw.between(first + 1, stakeholders.size() - 1);
      String kept = stakeholders.get(first).get("id").asText();
      String old = stakeholders.get(second).get("id").asText();
      // Whatever named the renamed stakeholder now names nobody or the one whose id it took.
      for (JsonNode milestone : milestones) {
        for (String field : List.of("buyerOwner", "sellerOwner")) {
          if (milestone.has(field) && milestone.get(field).asText().equals(old)) {
            ((ObjectNode) milestone).remove(field);
          }
        }
      }
      if (root.has("outcome") && root.get("outcome").path("setBy").asText().equals(old)) {
        ((ObjectNode) root.get("outcome")).remove("setBy");
      }
      for (JsonNode revision : revisions) {
        if (revision.get("author").asText().equals(old)) {
          ((ObjectNode) revision).put("author", kept);
        }
      }
      for (JsonNode signOff : signOffs()) {
        if (signOff.get("by").asText().equals(old)) {
          ((ObjectNode) signOff).put("by", kept);
        }
      }
      ((ObjectNode) stakeholders.get(second)).put("id", kept);
      return new Change("/stakeholders/" + second + "/id", "id of " + old + " set to " + kept);
    }

    private Change ownerOnTheWrongSide(String field, String side) {
      List<String> wrongSide = new ArrayList<>();
      for (JsonNode stakeholder : stakeholders) {
        if (stakeholder.get("side").asText().equals(side)) {
          wrongSide.add(stakeholder.get("id").asText());
        }
      }
      int m = milestone();
      String owner = draw.pick(wrongSide);
      milestone(m).put(field, owner);
      return new Change(at(m) + "/" + field,
          field + " of " + id(m) + " set to " + owner + ", who is on the " + side + " side");
    }

    // ---- helpers ----

    private int milestone() {
      return draw.between(0, milestones.size() - 1);
    }

    private int otherMilestone(int m) {
      int other = draw.between(0, milestones.size() - 2);
      return other >= m ? other + 1 : other;
    }

    private ObjectNode milestone(int m) {
      return (ObjectNode) milestones.get(m);
    }

    private String id(int m) {
      return milestones.get(m).get("id").asText();
    }

    private static String at(int m) {
      return "/milestones/" + m;
    }

    private ArrayNode dependsOn(int m) {
      ObjectNode milestone = milestone(m);
      return milestone.has("dependsOn")
          ? (ArrayNode) milestone.get("dependsOn") : milestone.putArray("dependsOn");
    }

    private static void removeDependencies(ArrayNode dependsOn, String predecessor) {
      for (Iterator<JsonNode> it = dependsOn.iterator(); it.hasNext(); ) {
        JsonNode dependency = it.next();
        String named = dependency.isTextual()
            ? dependency.asText() : dependency.get("milestone").asText();
        if (named.equals(predecessor)) {
          it.remove();
        }
      }
    }

    private void dropDependenciesOn(String id) {
      for (int m = 0; m < milestones.size(); m++) {
        if (milestone(m).has("dependsOn")) {
          removeDependencies(dependsOn(m), id);
        }
      }
    }

    private ObjectNode calendar() {
      return root.has("calendar") ? (ObjectNode) root.get("calendar") : root.putObject("calendar");
    }

    private ObjectNode outcome() {
      if (!root.has("outcome")) {
        root.putObject("outcome").put("date", "2027-06-01");
      }
      return (ObjectNode) root.get("outcome");
    }

    private ArrayNode signOffs() {
      return root.has("signOffs") ? (ArrayNode) root.get("signOffs") : root.putArray("signOffs");
    }

    private ObjectNode signOff(String by, int revision) {
      return root.objectNode().put("by", by).put("revision", revision).put("on", "2027-01-04");
    }

    private ObjectNode money(BigDecimal amount, String currency) {
      return root.objectNode().put("amount", amount).put("currency", currency);
    }
  }
}

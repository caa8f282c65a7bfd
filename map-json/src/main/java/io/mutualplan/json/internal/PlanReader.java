package io.mutualplan.json.internal;

import static io.mutualplan.json.internal.PlanFields.*;

import com.fasterxml.jackson.core.JsonToken;
import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

/**
 * Reads {@code mutual-action-plan/1} and its parts from a streaming parser, building through the
 * model's builders so that every rule of the model runs. Each method reads the value held in
 * {@code slot} of {@code node}, the parser standing on its first token, and returns null after
 * recording a problem.
 */
final class PlanReader {
  static final EnumSpellings<Side> SIDES =
      new EnumSpellings<>(Side.values(), Side::spelling, Side::parse);
  static final EnumSpellings<Role> ROLES =
      new EnumSpellings<>(Role.values(), Role::spelling, Role::parse);
  static final EnumSpellings<MilestoneKind> KINDS =
      new EnumSpellings<>(MilestoneKind.values(), MilestoneKind::spelling, MilestoneKind::parse);
  static final EnumSpellings<MilestoneStatus> STATUSES = new EnumSpellings<>(
      MilestoneStatus.values(), MilestoneStatus::spelling, MilestoneStatus::parse);
  static final EnumSpellings<DependencyType> DEPENDENCY_TYPES = new EnumSpellings<>(
      DependencyType.values(), DependencyType::spelling, DependencyType::parse);

  private PlanReader() {}

  /** Reads a whole plan: the value is the document (or the plan inside a larger document). */
  static MutualActionPlan plan(JsonInput in, ValueLocations top, int slot) throws IOException {
    if (!in.expectObject(top, slot, "a plan document")) {
      return null;
    }
    ValueLocations object = in.open(top, slot, false);
    ObjectFields fields = in.fields(object, PLAN);
    MutualActionPlan.Builder plan = MutualActionPlan.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case P_FORMAT -> in.expectFormat(object, at, FORMAT, " (a document whose format is"
            + " another major version needs the release that reads it)");
        case P_ID -> {
          PlanId id = in.parsed(object, at, "id", PlanId::of);
          if (id != null) {
            plan.id(id);
          }
        }
        case P_TITLE -> {
          String title = in.text(object, at, "title");
          if (title != null) {
            plan.title(title);
          }
        }
        case P_GOAL -> {
          String goal = in.text(object, at, "goal");
          if (goal != null) {
            plan.goal(goal);
          }
        }
        case P_BUYER -> {
          Organization buyer = organization(in, object, at, "buyer");
          if (buyer != null) {
            plan.buyer(buyer);
          }
        }
        case P_SELLER -> {
          Organization seller = organization(in, object, at, "seller");
          if (seller != null) {
            plan.seller(seller);
          }
        }
        case P_OUTCOME -> {
          Outcome outcome = outcome(in, object, at);
          if (outcome != null) {
            plan.outcome(outcome);
          }
        }
        case P_CALENDAR -> {
          CalendarSettings calendar = calendar(in, object, at);
          if (calendar != null) {
            plan.calendar(calendar);
          }
        }
        case P_DEAL_VALUE -> {
          Money money = money(in, object, at, "dealValue");
          if (money != null) {
            plan.dealValue(money);
          }
        }
        case P_CREATED_ON -> {
          LocalDate createdOn = in.date(object, at, "createdOn");
          if (createdOn != null) {
            plan.createdOn(createdOn);
          }
        }
        case P_STAKEHOLDERS -> plan.stakeholders(stakeholders(in, object, at));
        case P_MILESTONES -> plan.milestones(milestones(in, object, at));
        case P_REVISIONS -> plan.revisions(list(in, object, at, "revisions", "a revision",
            PlanReader::revision));
        case P_SIGN_OFFS -> plan.signOffs(list(in, object, at, "signOffs", "a sign-off",
            PlanReader::signOff));
        case P_ATTRIBUTES -> plan.attributes(attributes(in, object, at));
        default -> {
          // Handled by ObjectFields: unknown, repeated or null.
        }
      }
    }
    in.close(object);
    if (!fields.complete()) {
      return null;
    }
    return in.build(top, plan::build);
  }

  static Organization organization(JsonInput in, ValueLocations node, int slot, String what)
      throws IOException {
    if (!in.expectObject(node, slot, what)) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, ORGANIZATION);
    String name = null;
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      if (field == O_NAME) {
        name = in.text(object, fields.slot(), "name");
      }
    }
    in.close(object);
    return fields.complete() ? Organization.of(name) : null;
  }

  static Outcome outcome(JsonInput in, ValueLocations node, int slot) throws IOException {
    if (!in.expectObject(node, slot, "outcome")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, OUTCOME);
    Outcome.Builder outcome = Outcome.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case OC_DATE -> {
          LocalDate date = in.date(object, at, "date");
          if (date != null) {
            outcome.date(date);
          }
        }
        case OC_LABEL -> {
          String label = in.text(object, at, "label");
          if (label != null) {
            outcome.label(label);
          }
        }
        case OC_LEAD_TIME_DAYS -> {
          Integer days = in.integer(object, at, "leadTimeDays");
          if (days != null) {
            outcome.leadTimeDays(days);
          }
        }
        case OC_SET_BY -> {
          StakeholderId setBy = in.parsed(object, at, "setBy", StakeholderId::of);
          if (setBy != null) {
            outcome.setBy(setBy);
          }
        }
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? outcome.build() : null;
  }

  static CalendarSettings calendar(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectObject(node, slot, "calendar")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, CALENDAR);
    CalendarSettings.Builder calendar = CalendarSettings.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case C_WORKING_DAYS -> calendar.workingDays(
            list(in, object, at, "workingDays", "a working day", PlanReader::weekday));
        case C_HOLIDAYS -> calendar.holidays(
            list(in, object, at, "holidays", "a holiday", (i, n, s) -> i.date(n, s, "a holiday")));
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? calendar.build() : null;
  }

  static DayOfWeek weekday(JsonInput in, ValueLocations node, int slot) throws IOException {
    String text = in.text(node, slot, "a working day");
    if (text == null) {
      return null;
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (PlanFields.weekday(day).equals(text)) {
        return day;
      }
    }
    in.problem(node, slot, "'" + Quote.text(text) + "' is not a weekday; expected one of: "
        + String.join(", ", PlanFields.WEEKDAYS));
    return null;
  }

  static Money money(JsonInput in, ValueLocations node, int slot, String what)
      throws IOException {
    if (!in.expectObject(node, slot, what)) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, MONEY);
    BigDecimal amount = null;
    String currency = null;
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case M_AMOUNT -> amount = in.decimal(object, at, "amount");
        case M_CURRENCY -> currency = in.text(object, at, "currency");
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? Money.of(amount, currency) : null;
  }

  static List<Stakeholder> stakeholders(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectArray(node, slot, "stakeholders")) {
      return List.of();
    }
    ValueLocations array = in.open(node, slot, true);
    List<Stakeholder> stakeholders = new ArrayList<>();
    while (in.nextElement(array)) {
      int at = in.slot();
      if (at >= PlanLimits.MAX_STAKEHOLDERS) {
        throw in.fatal(array, at, "a plan may have at most " + PlanLimits.MAX_STAKEHOLDERS
            + " stakeholders; this document has more");
      }
      Stakeholder stakeholder = stakeholder(in, array, at);
      if (stakeholder != null) {
        stakeholders.add(stakeholder);
      }
    }
    in.close(array);
    return stakeholders;
  }

  static Stakeholder stakeholder(JsonInput in, ValueLocations node, int slot) throws IOException {
    if (!in.expectObject(node, slot, "a stakeholder")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, STAKEHOLDER);
    Stakeholder.Builder stakeholder = Stakeholder.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case S_ID -> {
          StakeholderId id = in.parsed(object, at, "id", StakeholderId::of);
          if (id != null) {
            stakeholder.id(id);
          }
        }
        case S_NAME -> {
          String name = in.text(object, at, "name");
          if (name != null) {
            stakeholder.name(name);
          }
        }
        case S_SIDE -> {
          Side side = in.constant(object, at, "side", SIDES);
          if (side != null) {
            stakeholder.side(side);
          }
        }
        case S_ROLES -> stakeholder.roles(list(in, object, at, "roles", "a role",
            (i, n, s) -> i.constant(n, s, "a role", ROLES)));
        case S_TITLE -> {
          String title = in.text(object, at, "title");
          if (title != null) {
            stakeholder.title(title);
          }
        }
        case S_EMAIL -> {
          String email = in.text(object, at, "email");
          if (email != null) {
            stakeholder.email(email);
          }
        }
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? stakeholder.build() : null;
  }

  static List<Milestone> milestones(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectArray(node, slot, "milestones")) {
      return List.of();
    }
    ValueLocations array = in.open(node, slot, true);
    List<Milestone> milestones = new ArrayList<>();
    while (in.nextElement(array)) {
      int at = in.slot();
      if (at >= PlanLimits.MAX_MILESTONES) {
        throw in.fatal(array, at, "a plan may have at most " + PlanLimits.MAX_MILESTONES
            + " milestones; this document has more");
      }
      Milestone milestone = milestone(in, array, at);
      if (milestone != null) {
        milestones.add(milestone);
      }
    }
    in.close(array);
    return milestones;
  }

  static Milestone milestone(JsonInput in, ValueLocations node, int slot) throws IOException {
    if (!in.expectObject(node, slot, "a milestone")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, MILESTONE);
    Milestone.Builder milestone = Milestone.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case MS_ID -> {
          MilestoneId id = in.parsed(object, at, "id", MilestoneId::of);
          if (id != null) {
            milestone.id(id);
          }
        }
        case MS_TITLE -> {
          String title = in.text(object, at, "title");
          if (title != null) {
            milestone.title(title);
          }
        }
        case MS_DESCRIPTION -> {
          String description = in.text(object, at, "description");
          if (description != null) {
            milestone.description(description);
          }
        }
        case MS_KIND -> {
          MilestoneKind kind = in.constant(object, at, "kind", KINDS);
          if (kind != null) {
            milestone.kind(kind);
          }
        }
        case MS_BUYER_OWNER -> {
          StakeholderId owner = in.parsed(object, at, "buyerOwner", StakeholderId::of);
          if (owner != null) {
            milestone.buyerOwner(owner);
          }
        }
        case MS_SELLER_OWNER -> {
          StakeholderId owner = in.parsed(object, at, "sellerOwner", StakeholderId::of);
          if (owner != null) {
            milestone.sellerOwner(owner);
          }
        }
        case MS_DUE -> {
          LocalDate due = in.date(object, at, "due");
          if (due != null) {
            milestone.due(due);
          }
        }
        case MS_BASELINE_DUE -> {
          LocalDate baselineDue = in.date(object, at, "baselineDue");
          if (baselineDue != null) {
            milestone.baselineDue(baselineDue);
          }
        }
        case MS_DURATION_DAYS -> {
          Integer days = in.integer(object, at, "durationDays");
          if (days != null) {
            milestone.durationDays(days);
          }
        }
        case MS_ESTIMATE -> {
          Estimate estimate = estimate(in, object, at);
          if (estimate != null) {
            milestone.estimate(estimate);
          }
        }
        case MS_EXIT_CRITERIA -> {
          String exitCriteria = in.text(object, at, "exitCriteria");
          if (exitCriteria != null) {
            milestone.exitCriteria(exitCriteria);
          }
        }
        case MS_STATUS -> {
          MilestoneStatus status = in.constant(object, at, "status", STATUSES);
          if (status != null) {
            milestone.status(status);
          }
        }
        case MS_STARTED -> {
          LocalDate started = in.date(object, at, "started");
          if (started != null) {
            milestone.started(started);
          }
        }
        case MS_COMPLETED -> {
          LocalDate completed = in.date(object, at, "completed");
          if (completed != null) {
            milestone.completed(completed);
          }
        }
        case MS_DEPENDS_ON -> each(in, object, at, "dependsOn", "a dependency",
            PlanReader::dependency, milestone::addDependsOn);
        case MS_AT_RISK -> {
          Boolean atRisk = in.bool(object, at, "atRisk");
          if (atRisk != null) {
            milestone.atRisk(atRisk);
          }
        }
        case MS_NOTES -> {
          String notes = in.text(object, at, "notes");
          if (notes != null) {
            milestone.notes(notes);
          }
        }
        case MS_ATTRIBUTES -> milestone.attributes(attributes(in, object, at));
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? milestone.build() : null;
  }

  static Estimate estimate(JsonInput in, ValueLocations node, int slot) throws IOException {
    if (!in.expectObject(node, slot, "estimate")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, ESTIMATE);
    int[] days = new int[3];
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      if (field >= 0) {
        Integer value = in.integer(object, fields.slot(), ESTIMATE.name(field));
        if (value != null) {
          days[field] = value;
        }
      }
    }
    in.close(object);
    return fields.complete()
        ? Estimate.of(days[E_OPTIMISTIC], days[E_LIKELY], days[E_PESSIMISTIC])
        : null;
  }

  /** A predecessor: a bare id ({@code finish-to-start}, lag 0) or a dependency object. */
  static Dependency dependency(JsonInput in, ValueLocations node, int slot) throws IOException {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_STRING) {
      MilestoneId id = in.parsed(node, slot, "a dependency", MilestoneId::of);
      return id == null ? null : Dependency.on(id);
    }
    if (token != JsonToken.START_OBJECT) {
      in.wrongType(node, slot, "a dependency", "a milestone id or an object");
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, DEPENDENCY);
    Dependency.Builder dependency = Dependency.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case D_MILESTONE -> {
          MilestoneId id = in.parsed(object, at, "milestone", MilestoneId::of);
          if (id != null) {
            dependency.milestone(id);
          }
        }
        case D_TYPE -> {
          DependencyType type = in.constant(object, at, "type", DEPENDENCY_TYPES);
          if (type != null) {
            dependency.type(type);
          }
        }
        case D_LAG_DAYS -> {
          Integer lag = in.integer(object, at, "lagDays");
          if (lag != null) {
            dependency.lagDays(lag);
          }
        }
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? dependency.build() : null;
  }

  static Revision revision(JsonInput in, ValueLocations node, int slot) throws IOException {
    if (!in.expectObject(node, slot, "a revision")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, REVISION);
    Revision.Builder revision = Revision.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case R_NUMBER -> {
          Integer number = in.integer(object, at, "number");
          if (number != null) {
            revision.number(number);
          }
        }
        case R_AUTHOR -> {
          StakeholderId author = in.parsed(object, at, "author", StakeholderId::of);
          if (author != null) {
            revision.author(author);
          }
        }
        case R_AT -> {
          Instant instant = in.instant(object, at, "at");
          if (instant != null) {
            revision.at(instant);
          }
        }
        case R_SUMMARY -> {
          String summary = in.text(object, at, "summary");
          if (summary != null) {
            revision.summary(summary);
          }
        }
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? revision.build() : null;
  }

  static SignOff signOff(JsonInput in, ValueLocations node, int slot) throws IOException {
    if (!in.expectObject(node, slot, "a sign-off")) {
      return null;
    }
    ValueLocations object = in.open(node, slot, false);
    ObjectFields fields = in.fields(object, SIGN_OFF);
    SignOff.Builder signOff = SignOff.builder();
    for (int field = fields.next(); field != ObjectFields.END; field = fields.next()) {
      int at = fields.slot();
      switch (field) {
        case SO_BY -> {
          StakeholderId by = in.parsed(object, at, "by", StakeholderId::of);
          if (by != null) {
            signOff.by(by);
          }
        }
        case SO_REVISION -> {
          Integer revision = in.integer(object, at, "revision");
          if (revision != null) {
            signOff.revision(revision);
          }
        }
        case SO_ON -> {
          LocalDate on = in.date(object, at, "on");
          if (on != null) {
            signOff.on(on);
          }
        }
        default -> {
          // Handled by ObjectFields.
        }
      }
    }
    in.close(object);
    return fields.complete() ? signOff.build() : null;
  }

  /** A string-to-string map, in document order; keys may appear once. */
  static Map<String, String> attributes(JsonInput in, ValueLocations node, int slot)
      throws IOException {
    if (!in.expectObject(node, slot, "attributes")) {
      return Map.of();
    }
    ValueLocations object = in.open(node, slot, false);
    Map<String, String> attributes = new LinkedHashMap<>();
    String key;
    while ((key = in.nextField(object)) != null) {
      int at = in.slot();
      if (attributes.containsKey(key)) {
        in.duplicate(object, at, key);
        in.skip();
        continue;
      }
      String value = in.text(object, at, "an attribute value");
      boolean validKey = in.validText(object, at, "an attribute name", key);
      // A bad entry is kept as a placeholder, to find later duplicates of its key; a plan with a
      // problem is never built.
      attributes.put(key, value != null && validKey ? value : "");
    }
    in.close(object);
    return attributes;
  }

  /** An array whose elements are read by {@code element}, in document order. */
  static <T> List<T> list(JsonInput in, ValueLocations node, int slot, String what,
      String elementWhat, JsonInput.Reader<T> element) throws IOException {
    List<T> values = new ArrayList<>();
    each(in, node, slot, what, elementWhat, element, values::add);
    return values;
  }

  /**
   * Reads an array's elements with {@code element} and gives each one read to {@code sink}, in
   * document order: a builder's {@code add} method takes them without a list in between.
   */
  static <T> void each(JsonInput in, ValueLocations node, int slot, String what,
      String elementWhat, JsonInput.Reader<T> element, Consumer<? super T> sink)
      throws IOException {
    if (!in.expectArray(node, slot, what)) {
      return;
    }
    ValueLocations array = in.open(node, slot, true);
    while (in.nextElement(array)) {
      int at = in.slot();
      if (in.isNull()) {
        in.problem(array, at, elementWhat + " cannot be null");
        continue;
      }
      T value = element.read(in, array, at);
      if (value != null) {
        sink.accept(value);
      }
    }
    in.close(array);
  }
}

package io.mutualplan.core;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every value rule of the plan format, checked when a plan is built. Readers reuse it by building
 * the plan, so the rules live here and nowhere else. Problems are collected, never thrown one at a
 * time, and each carries the JSON Pointer of the value at fault.
 */
final class PlanValidator {
  private final MutualActionPlan plan;
  private final List<PlanProblem> problems = new ArrayList<>();
  /** The plan's dependencies, resolved: where each names a milestone, or -1. */
  private final DependencyLinks links;

  private PlanValidator(MutualActionPlan plan) {
    this.plan = plan;
    // The plan's own links, made now and kept by the plan: the scheduler reads the same ones.
    this.links = plan.dependencyLinks();
  }

  /** A validator of one milestone alone, without a plan: only the checks that need no plan. */
  private PlanValidator() {
    this.plan = null;
    this.links = null;
  }

  /**
   * Whether a milestone passes every check that needs nothing but the milestone (its texts, dates,
   * durations, estimate, status, lags and attributes). A milestone is asked once, when it is built,
   * while its values are in the cache; a plan's check then skips those checks for it, which find
   * nothing, and so reports the same problems in the same order.
   *
   * <p>These are the checks {@link #checkMilestone} runs without a plan. A problem's pointer and
   * message are only built when there is a problem, so a milestone that passes costs no more than
   * the questions themselves.
   */
  static boolean passesAlone(Milestone milestone) {
    PlanValidator alone = new PlanValidator();
    alone.checkMilestone(0, milestone);
    return alone.problems.isEmpty();
  }

  /**
   * Checks a plan.
   *
   * @throws InvalidPlanException with every problem found
   */
  static void validate(MutualActionPlan plan) {
    PlanValidator validator = new PlanValidator(plan);
    validator.checkPlan();
    if (!validator.problems.isEmpty()) {
      throw new InvalidPlanException(validator.problems);
    }
  }

  private void problem(String pointer, String message) {
    problems.add(new PlanProblem(pointer, message));
  }

  private void checkPlan() {
    text("/title", "title", plan.title());
    optionalText("/goal", "goal", plan.goal());
    text("/buyer/name", "the buyer's name", plan.buyer().name());
    text("/seller/name", "the seller's name", plan.seller().name());
    if (plan.stakeholders().size() > PlanLimits.MAX_STAKEHOLDERS) {
      problem("/stakeholders", "a plan may have at most " + PlanLimits.MAX_STAKEHOLDERS
          + " stakeholders; this one has " + plan.stakeholders().size());
    }
    if (plan.milestones().size() > PlanLimits.MAX_MILESTONES) {
      problem("/milestones", "a plan may have at most " + PlanLimits.MAX_MILESTONES
          + " milestones; this one has " + plan.milestones().size());
    }
    plan.outcome().ifPresent(this::checkOutcome);
    plan.calendar().ifPresent(this::checkCalendar);
    plan.dealValue().ifPresent(this::checkDealValue);
    plan.createdOn().ifPresent(d -> date("/createdOn", "createdOn", d));
    checkStakeholders();
    checkMilestones();
    checkRevisions();
    checkSignOffs();
    attributes(-1, plan.attributes());
  }

  // ---- plan-level values --------------------------------------------------------------------

  private void checkOutcome(Outcome outcome) {
    date("/outcome/date", "the outcome date", outcome.date());
    optionalText("/outcome/label", "the outcome label", outcome.label());
    days("/outcome/leadTimeDays", "leadTimeDays", outcome.leadTimeDays());
    outcome.setBy().ifPresent(id -> {
      if (plan.stakeholder(id).isEmpty()) {
        problem("/outcome/setBy", unknownStakeholder("setBy", id));
      }
    });
  }

  private void checkCalendar(CalendarSettings calendar) {
    if (calendar.workingDays().isEmpty()) {
      problem("/calendar/workingDays",
          "workingDays is empty; a calendar needs at least one working weekday");
    }
    Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < calendar.workingDays().size(); i++) {
      DayOfWeek day = calendar.workingDays().get(i);
      if (!seen.add(day)) {
        problem("/calendar/workingDays/" + i,
            "'" + day.name().toLowerCase(java.util.Locale.ROOT)
                + "' appears twice in workingDays; list each working weekday once");
      }
    }
    Map<LocalDate, Integer> holidays = new HashMap<>();
    for (int i = 0; i < calendar.holidays().size(); i++) {
      LocalDate holiday = calendar.holidays().get(i);
      date("/calendar/holidays/" + i, "a holiday", holiday);
      Integer first = holidays.putIfAbsent(holiday, i);
      if (first != null) {
        problem("/calendar/holidays/" + i, "holiday " + holiday
            + " is listed twice (also at /calendar/holidays/" + first + "); list it once");
      }
    }
  }

  private void checkDealValue(Money money) {
    if (money.amount().signum() < 0) {
      problem("/dealValue/amount",
          "the deal value " + money.amount().toPlainString() + " is negative; it must be >= 0");
    }
    if (AbstractMoney.integerDigits(money.amount()) > PlanLimits.MAX_AMOUNT_DIGITS
        || money.amount().scale() > PlanLimits.MAX_AMOUNT_DIGITS) {
      problem("/dealValue/amount", "the deal value has more than " + PlanLimits.MAX_AMOUNT_DIGITS
          + " digits before or after the decimal point; write the amount in plain digits");
    }
    Money.currencyProblem(money.currency())
        .ifPresent(problem -> problem("/dealValue/currency", problem));
  }

  // ---- stakeholders -------------------------------------------------------------------------

  private void checkStakeholders() {
    IdPositions first = plan.stakeholderPositions();
    List<Stakeholder> stakeholders = plan.stakeholders();
    for (int i = 0; i < stakeholders.size(); i++) {
      Stakeholder stakeholder = stakeholders.get(i);
      String at = "/stakeholders/" + i;
      int earlier = first.positionOf(stakeholder.id().value());
      if (earlier != i) {
        problem(at + "/id", "stakeholder id '" + stakeholder.id()
            + "' is used twice (also at /stakeholders/" + earlier + "); ids must be unique");
      }
      text(at + "/name", "the stakeholder's name", stakeholder.name());
      optionalText(at + "/title", "the stakeholder's title", stakeholder.title());
      optionalText(at + "/email", "the stakeholder's email", stakeholder.email());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (int r = 0; r < stakeholder.roles().size(); r++) {
        Role role = stakeholder.roles().get(r);
        if (!roles.add(role)) {
          problem(at + "/roles/" + r, "role '" + role + "' is listed twice for "
              + stakeholder.name() + "; list each role once");
        }
      }
    }
  }

  // ---- milestones ---------------------------------------------------------------------------

  private void checkMilestones() {
    // The plan's own index keeps each id's first position: a milestone found elsewhere repeats it.
    IdPositions first = plan.milestonePositions();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      int earlier = first.positionOf(milestone.id().value());
      if (earlier != i) {
        problem(at(i, "/id"), "milestone id '" + milestone.id()
            + "' is used twice (also at /milestones/" + earlier + "); ids must be unique");
      }
      checkMilestone(i, milestone);
    }
  }

  /**
   * The pointer of a value in milestone {@code index}. Pointers are built only for problems:
   * a plan of a million milestones is checked without a string per value.
   */
  private static String at(int index, String suffix) {
    return "/milestones/" + index + suffix;
  }

  private void checkMilestone(int i, Milestone milestone) {
    // Without a plan, only the milestone's own checks run; in a plan, they run unless the
    // milestone passed them when it was built.
    boolean inPlan = plan != null;
    boolean own = !inPlan || !milestone.passedAlone();
    if (own) {
      text(i, "/title", "the milestone's title", milestone.title());
      optionalText(i, "/description", "the description", milestone.description());
      optionalText(i, "/exitCriteria", "the exit criteria", milestone.exitCriteria());
      optionalText(i, "/notes", "the notes", milestone.notes());
    }
    if (inPlan && milestone.buyerOwner().isPresent()) {
      owner(i, "/buyerOwner", "buyerOwner", milestone.buyerOwner().get(), Side.BUYER);
    }
    if (inPlan && milestone.sellerOwner().isPresent()) {
      owner(i, "/sellerOwner", "sellerOwner", milestone.sellerOwner().get(), Side.SELLER);
    }
    if (own) {
      optionalDate(i, "/due", "due", milestone.due());
      optionalDate(i, "/baselineDue", "baselineDue", milestone.baselineDue());
      optionalDate(i, "/started", "started", milestone.started());
      optionalDate(i, "/completed", "completed", milestone.completed());
      OptionalInt duration = milestone.durationDays();
      if (duration.isPresent()) {
        days(i, "/durationDays", "durationDays", duration.getAsInt());
      }
      if (milestone.estimate().isPresent()) {
        checkEstimate(i, milestone.estimate().get());
      }
      checkCompletion(i, milestone);
    }
    checkDependencies(i, milestone, own);
    if (own && !milestone.attributes().isEmpty()) {
      attributes(i, milestone.attributes());
    }
  }

  private void text(int i, String suffix, String what, String value) {
    String problem = textProblem(what, value);
    if (problem != null) {
      problem(at(i, suffix), problem);
    }
  }

  private void optionalText(int i, String suffix, String what, Optional<String> value) {
    if (value.isPresent()) {
      text(i, suffix, what, value.get());
    }
  }

  private void optionalDate(int i, String suffix, String what, Optional<LocalDate> value) {
    if (value.isPresent()) {
      Optional<String> problem = PlanLimits.dateProblem(what, value.get());
      if (problem.isPresent()) {
        problem(at(i, suffix), problem.get());
      }
    }
  }

  private void days(int i, String suffix, String what, int value) {
    String problem = daysProblem(what, value);
    if (problem != null) {
      problem(at(i, suffix), problem);
    }
  }

  private void owner(int i, String suffix, String field, StakeholderId id, Side side) {
    int position = plan.stakeholderPositions().positionOf(id.value());
    if (position == IdPositions.ABSENT) {
      problem(at(i, suffix), unknownStakeholder(field, id));
      return;
    }
    Side actual = plan.stakeholders().get(position).side();
    if (actual != side) {
      problem(at(i, suffix), field + " '" + id + "' is on the " + actual
          + " side; a " + side + " owner must be a " + side + "-side stakeholder");
    }
  }

  private void checkEstimate(int i, Estimate estimate) {
    days(i, "/estimate/optimistic", "the optimistic estimate", estimate.optimistic());
    days(i, "/estimate/likely", "the likely estimate", estimate.likely());
    days(i, "/estimate/pessimistic", "the pessimistic estimate", estimate.pessimistic());
    if (estimate.optimistic() > estimate.likely() || estimate.likely() > estimate.pessimistic()) {
      problem(at(i, "/estimate"), "the estimate is out of order (optimistic "
          + estimate.optimistic() + ", likely " + estimate.likely() + ", pessimistic "
          + estimate.pessimistic() + "); it needs optimistic <= likely <= pessimistic");
    }
  }

  /** Whether the status, {@code completed} and {@code started} agree. */
  private void checkCompletion(int i, Milestone milestone) {
    Optional<LocalDate> completed = milestone.completed();
    if (milestone.isComplete() && completed.isEmpty()) {
      problem(at(i, "/completed"),
          "the status is complete but there is no completed date; add the date it was done");
    } else if (!milestone.isComplete() && completed.isPresent()) {
      problem(at(i, "/completed"), "there is a completed date but the status is '"
          + milestone.status() + "'; set the status to complete or remove the date");
    }
    Optional<LocalDate> started = milestone.started();
    if (completed.isPresent() && started.isPresent() && completed.get().isBefore(started.get())) {
      problem(at(i, "/completed"),
          "completed " + completed.get() + " is before started " + started.get());
    }
  }

  /**
   * A milestone's dependencies: in a plan, each must name one of its milestones (the plan's links
   * say which it names, or -1); with {@code own}, the milestone's own rules (no repeats, lags in
   * range) are checked too.
   */
  private void checkDependencies(int i, Milestone milestone, boolean own) {
    List<Dependency> dependencies = milestone.dependsOn();
    int count = dependencies.size();
    Map<MilestoneId, Integer> firstPosition = own ? firstPositions(count) : null;
    for (int d = 0; d < count; d++) {
      Dependency dependency = dependencies.get(d);
      MilestoneId predecessor = dependency.milestone();
      if (links != null && links.predecessor(links.firstLink(i) + d) == IdPositions.ABSENT) {
        problem(at(i, "/dependsOn/" + d), "'" + milestone.id() + "' depends on '"
            + predecessor + "', which is not a milestone of this plan");
      }
      int lag = dependency.lagDays();
      if (own) {
        int earlier = earlierRepeat(dependencies, d, firstPosition);
        if (earlier >= 0) {
          problem(at(i, "/dependsOn/" + d), "'" + milestone.id() + "' depends on '"
              + predecessor + "' twice (also at " + at(i, "/dependsOn/" + earlier)
              + "); keep one dependency");
        }
        if (outOfLagRange(lag)) {
          problem(at(i, "/dependsOn/" + d + "/lagDays"), "lagDays " + lag
              + " is out of range; a lag is between -" + PlanLimits.MAX_DAYS + " and "
              + PlanLimits.MAX_DAYS + " working days");
        }
      }
    }
  }

  /**
   * The table {@link #earlierRepeat} keeps for a long list of predecessors; null for a short one:
   * a milestone has a handful of predecessors, and a scan finds repeats faster than a hash map.
   */
  private static Map<MilestoneId, Integer> firstPositions(int count) {
    return count > 16 ? new HashMap<>() : null;
  }

  /**
   * Where dependency {@code d}'s predecessor was named before {@code d}, or -1. Asked for each
   * {@code d} in order, with the same {@code firstPosition} from {@link #firstPositions}.
   */
  private static int earlierRepeat(
      List<Dependency> dependencies, int d, Map<MilestoneId, Integer> firstPosition) {
    MilestoneId predecessor = dependencies.get(d).milestone();
    if (firstPosition != null) {
      Integer first = firstPosition.putIfAbsent(predecessor, d);
      return first == null ? -1 : first;
    }
    for (int e = 0; e < d; e++) {
      if (dependencies.get(e).milestone().equals(predecessor)) {
        return e;
      }
    }
    return -1;
  }

  private static boolean outOfLagRange(int lag) {
    return Math.abs((long) lag) > PlanLimits.MAX_DAYS;
  }

  // ---- history ------------------------------------------------------------------------------

  private void checkRevisions() {
    List<Revision> revisions = plan.revisions();
    Revision previous = null;
    for (int i = 0; i < revisions.size(); i++) {
      Revision revision = revisions.get(i);
      String at = "/revisions/" + i;
      if (revision.number() < 1) {
        problem(at + "/number", "revision number " + revision.number() + " must be 1 or more");
      }
      if (previous != null && revision.number() <= previous.number()) {
        problem(at + "/number", "revision " + revision.number() + " follows revision "
            + previous.number() + "; revision numbers must increase");
      }
      if (plan.stakeholder(revision.author()).isEmpty()) {
        problem(at + "/author", unknownStakeholder("the author", revision.author()));
      }
      instant(at + "/at", revision.at());
      if (previous != null && revision.at().isBefore(previous.at())) {
        problem(at + "/at", "revision " + revision.number() + " at " + revision.at()
            + " is earlier than revision " + previous.number() + " at " + previous.at()
            + "; the history must not go backwards in time");
      }
      optionalText(at + "/summary", "the summary", revision.summary());
      previous = revision;
    }
  }

  private void checkSignOffs() {
    Set<Integer> numbers = new HashSet<>();
    plan.revisions().forEach(r -> numbers.add(r.number()));
    List<SignOff> signOffs = plan.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      SignOff signOff = signOffs.get(i);
      String at = "/signOffs/" + i;
      if (plan.stakeholder(signOff.by()).isEmpty()) {
        problem(at + "/by", unknownStakeholder("the sign-off", signOff.by()));
      }
      if (!numbers.contains(signOff.revision())) {
        problem(at + "/revision", "the sign-off names revision " + signOff.revision()
            + ", which is not in the plan's revisions");
      }
      date(at + "/on", "the sign-off date", signOff.on());
    }
  }

  // ---- shared value checks ------------------------------------------------------------------

  private static String unknownStakeholder(String field, StakeholderId id) {
    return field + " '" + id + "' is not a stakeholder of this plan; add them to stakeholders";
  }

  /*
   * Each value check below asks its questions once and says what is wrong, or returns null when
   * nothing is: the caller builds the problem's pointer only then, so a plan of a million
   * milestones is checked without a string per value.
   */

  private static String textProblem(String what, String value) {
    if (PlanLimits.isTextTooLong(value)) {
      return what + " is " + value.codePointCount(0, value.length())
          + " characters long; free text is at most " + PlanLimits.MAX_TEXT_LENGTH + " characters";
    }
    if (hasUnpairedSurrogate(value)) {
      // Such text cannot be written as UTF-8: the plan could be built but never saved.
      return what + " contains a broken character (an unpaired UTF-16 surrogate)";
    }
    return null;
  }

  private static String daysProblem(String what, int value) {
    if (value < 0 || value > PlanLimits.MAX_DAYS) {
      return what + " " + value + " is out of range; it must be between 0 and "
          + PlanLimits.MAX_DAYS + " working days";
    }
    return null;
  }

  private void text(String pointer, String what, String value) {
    String problem = textProblem(what, value);
    if (problem != null) {
      problem(pointer, problem);
    }
  }

  private static boolean hasUnpairedSurrogate(String value) {
    return Texts.firstUnpairedSurrogate(value) >= 0;
  }

  private void optionalText(String pointer, String what, Optional<String> value) {
    value.ifPresent(v -> text(pointer, what, v));
  }

  /** The attributes of milestone {@code milestone}, or of the plan when it is -1. */
  private void attributes(int milestone, Map<String, String> attributes) {
    for (Map.Entry<String, String> entry : attributes.entrySet()) {
      String key = entry.getKey();
      String keyProblem = textProblem("the attribute name", key);
      String valueProblem = textProblem("the attribute value", entry.getValue());
      if (keyProblem != null || valueProblem != null) {
        String at = (milestone < 0 ? "/attributes" : at(milestone, "/attributes")) + "/"
            + Pointers.escape(key);
        if (keyProblem != null) {
          problem(at, keyProblem);
        }
        if (valueProblem != null) {
          problem(at, valueProblem);
        }
      }
    }
  }

  private void days(String pointer, String what, int value) {
    String problem = daysProblem(what, value);
    if (problem != null) {
      problem(pointer, problem);
    }
  }

  private void date(String pointer, String what, LocalDate value) {
    PlanLimits.dateProblem(what, value).ifPresent(problem -> problem(pointer, problem));
  }

  private void instant(String pointer, Instant value) {
    if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
      problem(pointer, "instant " + value + " is out of range; instants are between "
          + MIN_INSTANT + " and " + MAX_INSTANT);
    }
  }

  private static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

}

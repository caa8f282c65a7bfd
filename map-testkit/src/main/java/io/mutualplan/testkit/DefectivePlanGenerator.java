package io.mutualplan.testkit;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.rules.builtin.BuiltInRules;
import io.mutualplan.testkit.internal.Draw;
import io.mutualplan.testkit.internal.Vocabulary;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Makes plans with exactly one defect, one built-in rule's trigger (see {@link DefectivePlan} for
 * what "exactly" means): a ready plan that passes every rule, then one change that only the chosen
 * rule reports.
 *
 * <pre>{@code
 * DefectivePlan defective = PlanGenerators.defectivePlans().rules("overdue").defectivePlan(random);
 * QualityReport report = engine.evaluate(defective.plan(), defective.asOf());
 * }</pre>
 *
 * <p>The defects, by rule: {@code dependencies-acyclic} a dependency back onto the milestone itself
 * or one of its successors (with a lag of -10,000 days, so no date contradicts it);
 * {@code milestone-count} one to three more milestones, eight to ten in all; {@code co-authored}
 * every buyer edit re-authored by the seller; {@code both-sides-own-steps} no seller owners;
 * {@code seller-share} nine of eleven milestones owned by the seller alone; {@code
 * economic-buyer-sign-off} the economic buyer's sign-off removed; {@code champion-named} the
 * champion role removed; {@code multi-threaded} one buyer owns every step; {@code owner-assigned}
 * a milestone without owners; {@code due-date-set} an incomplete milestone without a due date;
 * {@code exit-criteria} a milestone with no or vague exit criteria; {@code outcome-anchored} the
 * outcome removed; {@code outcome-set-by-buyer} the outcome set by nobody or by the seller; {@code
 * schedule-feasible} a step too long for the deadline; {@code due-date-realistic} a due date before
 * the early finish; {@code dates-respect-dependencies} a predecessor due on its late finish while
 * its successor keeps its early dates; {@code overdue} a due date in the past; {@code
 * due-date-slipped} a baseline due date 11 to 31 working days before the due date; {@code
 * facts-not-in-future} the plan's {@code createdOn} or the economic buyer's sign-off dated after
 * the as-of date; {@code
 * blocked-has-note} a blocked step without notes; {@code buyer-engagement} the history moved back
 * so the buyer's last edit is over 14 days old; {@code post-sale-steps} and {@code
 * seller-internal-steps} a step of kind implementation or internal; {@code paper-process} no legal
 * or procurement step; {@code durations-estimated} a step without a duration.
 *
 * <p>Two rules cannot fire alone on a plan that passes everything else, so their clean plan has
 * one finding of another rule that the defect leaves exactly as it was: {@code seller-share}
 * (more than 80% seller-owned with two buyer owners needs eleven milestones, which {@code
 * milestone-count} reports) and {@code schedule-feasible} (a milestone on the critical path with a
 * due date would make {@code due-date-realistic} fire, so the too-long step has none, which {@code
 * due-date-set} reports).
 *
 * <p>Instances are immutable: each setting returns a new generator.
 */
public final class DefectivePlanGenerator {
  private static final String SELLER_SHARE = "seller-share";
  private static final String SCHEDULE_FEASIBLE = "schedule-feasible";
  private static final String DATES_RESPECT_DEPENDENCIES = "dates-respect-dependencies";

  private final List<String> rules;
  private final LocalDate asOf;
  /** How many milestones a ready plan has before its defect; 0 for five to seven, drawn. */
  private final int milestones;

  private DefectivePlanGenerator(List<String> rules, LocalDate asOf, int milestones) {
    this.rules = rules;
    this.asOf = asOf;
    this.milestones = milestones;
  }

  static DefectivePlanGenerator defaults() {
    return new DefectivePlanGenerator(BuiltInRules.ids(), ValidPlanGenerator.DEFAULT_ANCHOR, 0);
  }

  /**
   * Ready plans of exactly this many milestones, 1 to 7, where the defect allows (seller-share
   * needs eleven): for pipelines of plans of one size.
   */
  DefectivePlanGenerator milestones(int count) {
    if (count < 1 || count > 7) {
      throw new IllegalArgumentException("a ready plan has 1 to 7 milestones, not " + count);
    }
    return new DefectivePlanGenerator(rules, asOf, count);
  }

  private ReadyPlanBuilder readyPlanBuilder(Draw draw) {
    ReadyPlanBuilder builder = new ReadyPlanBuilder(draw, asOf);
    return milestones == 0 ? builder : builder.milestones(milestones);
  }

  /**
   * Triggers one of these built-in rules, chosen uniformly. Default: every built-in rule.
   *
   * @param ruleIds one or more ids of built-in rules
   * @return the changed generator
   * @throws IllegalArgumentException for an id that is not a built-in rule's
   */
  public DefectivePlanGenerator rules(String... ruleIds) {
    if (ruleIds.length == 0) {
      throw new IllegalArgumentException("give at least one rule id");
    }
    for (String id : ruleIds) {
      if (!BuiltInRules.ids().contains(id)) {
        throw new IllegalArgumentException("'" + id + "' is not a built-in rule; the built-in"
            + " rules are " + BuiltInRules.ids());
      }
    }
    return new DefectivePlanGenerator(List.of(ruleIds), asOf, milestones);
  }

  /**
   * The as-of date the plans are ready at and defective at. Default 2027-01-04.
   *
   * @param asOf the date
   * @return the changed generator
   */
  public DefectivePlanGenerator asOf(LocalDate asOf) {
    if (asOf.isBefore(PlanLimits.MIN_DATE.plusYears(1))
        || asOf.isAfter(PlanLimits.MAX_DATE.minusYears(1))) {
      throw new IllegalArgumentException("the as-of date " + asOf
          + " is too close to the edge of the format's dates for a plan to fit around it");
    }
    return new DefectivePlanGenerator(rules, asOf, milestones);
  }

  /**
   * Makes one defective plan.
   *
   * @param random the source of randomness; the plan depends on nothing else
   * @return the defective plan, with its clean plan
   */
  public DefectivePlan defectivePlan(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Draw draw = new Draw(random);
    String rule = draw.pick(rules);
    ReadyPlanBuilder builder = readyPlanBuilder(draw);
    if (rule.equals(SELLER_SHARE)) {
      builder.milestones(11);
    } else if (rule.equals(SCHEDULE_FEASIBLE)) {
      builder.independentWithoutDue();
    } else if (rule.equals(DATES_RESPECT_DEPENDENCIES)) {
      builder.withLinksBetweenIncompleteMilestones();
    }
    ReadyPlanBuilder.Ready ready = builder.build();
    Defect defect = new Defect(draw, ready);
    return new DefectivePlan(rule, ready.plan, defect.apply(rule), asOf, defect.description);
  }

  /**
   * Ready plans: plans that pass every built-in rule of profile {@code full}, with default
   * parameters, at the as-of date of this generator.
   *
   * @return the generator of ready plans
   */
  public PlanGenerator readyPlans() {
    return random -> readyPlanBuilder(new Draw(random)).build().plan;
  }

  /** One defect being made. */
  private static final class Defect {
    private final Draw draw;
    private final ReadyPlanBuilder.Ready ready;
    private final MutualActionPlan plan;
    private String description = "";

    Defect(Draw draw, ReadyPlanBuilder.Ready ready) {
      this.draw = draw;
      this.ready = ready;
      this.plan = ready.plan;
    }

    MutualActionPlan apply(String rule) {
      switch (rule) {
        case "dependencies-acyclic":
          return cycle();
        case "milestone-count":
          return moreMilestones();
        case "co-authored": {
          List<Revision> revisions = new ArrayList<>();
          for (Revision revision : plan.revisions()) {
            revisions.add(side(revision.author()) == Side.BUYER
                ? revision.withAuthor(ready.accountExecutive) : revision);
          }
          description = "every buyer edit re-authored by " + ready.accountExecutive;
          return plan.withRevisions(revisions);
        }
        case "both-sides-own-steps":
          description = "every seller owner removed";
          return eachMilestone(m -> m.withSellerOwner(Optional.empty()));
        case SELLER_SHARE:
          return sellerShare();
        case "economic-buyer-sign-off": {
          List<SignOff> kept = new ArrayList<>();
          for (SignOff signOff : plan.signOffs()) {
            if (!signOff.by().equals(ready.economicBuyer)) {
              kept.add(signOff);
            }
          }
          description = "the sign-off of " + ready.economicBuyer + " removed";
          return plan.withSignOffs(kept);
        }
        case "champion-named": {
          List<Stakeholder> stakeholders = new ArrayList<>();
          for (Stakeholder person : plan.stakeholders()) {
            List<Role> roles = new ArrayList<>(person.roles());
            roles.remove(Role.CHAMPION);
            stakeholders.add(person.withRoles(roles));
          }
          description = "the champion role removed";
          return plan.withStakeholders(stakeholders);
        }
        case "multi-threaded":
          description = "every buyer owner replaced by " + ready.firstBuyerOwner;
          return eachMilestone(m -> m.withBuyerOwner(ready.firstBuyerOwner));
        case "owner-assigned": {
          int m = draw.between(0, plan.milestones().size() - 1);
          description = "both owners of " + plan.milestones().get(m).id() + " removed";
          return replace(m, plan.milestones().get(m)
              .withBuyerOwner(Optional.empty()).withSellerOwner(Optional.empty()));
        }
        case "due-date-set": {
          int m = draw.pick(incomplete());
          description = "the due date of " + plan.milestones().get(m).id() + " removed";
          return replace(m, plan.milestones().get(m).withDue(Optional.empty()));
        }
        case "exit-criteria": {
          int m = draw.between(0, plan.milestones().size() - 1);
          Optional<String> criteria = draw.chance(0.5) ? Optional.empty()
              : Optional.of(draw.pick(List.of("TBD", "Ongoing discussions", "Follow up with legal",
                  "Next steps agreed")));
          description = "the exit criteria of " + plan.milestones().get(m).id() + " set to "
              + criteria.map(c -> "'" + c + "'").orElse("nothing");
          return replace(m, plan.milestones().get(m).withExitCriteria(criteria));
        }
        case "outcome-anchored":
          description = "the outcome removed";
          return plan.withOutcome(Optional.empty());
        case "outcome-set-by-buyer": {
          Optional<StakeholderId> setBy =
              draw.chance(0.5) ? Optional.empty() : Optional.of(ready.accountExecutive);
          description = "the outcome set by " + setBy.map(StakeholderId::value).orElse("nobody");
          return plan.withOutcome(plan.outcome().orElseThrow().withSetBy(setBy));
        }
        case SCHEDULE_FEASIBLE:
          return tooLong();
        case "due-date-realistic":
          return dueBeforeEarlyFinish();
        case DATES_RESPECT_DEPENDENCIES:
          return predecessorDueLate();
        case "overdue": {
          int m = independentIndex();
          LocalDate due = ready.asOf.minusDays(draw.between(1, 30));
          description = "the due date of " + ready.independent + " set to " + due
              + ", before the as-of date";
          return replace(m, plan.milestones().get(m).withDue(due));
        }
        case "due-date-slipped":
          return slippedFromBaseline();
        case "facts-not-in-future":
          return factInTheFuture();
        case "blocked-has-note": {
          int m = draw.pick(incomplete());
          description = plan.milestones().get(m).id() + " blocked without notes";
          return replace(m, plan.milestones().get(m)
              .withStatus(MilestoneStatus.BLOCKED).withNotes(Optional.empty()));
        }
        case "buyer-engagement":
          return quietBuyer();
        case "post-sale-steps":
          return kind(MilestoneKind.IMPLEMENTATION);
        case "seller-internal-steps":
          return kind(MilestoneKind.INTERNAL);
        case "paper-process": {
          description = "every legal and procurement step made of kind other";
          return eachMilestone(m -> m.kind().filter(k -> k == MilestoneKind.LEGAL
              || k == MilestoneKind.PROCUREMENT).isPresent() ? m.withKind(MilestoneKind.OTHER) : m);
        }
        case "durations-estimated": {
          int m = draw.pick(incomplete());
          description = "the duration of " + plan.milestones().get(m).id() + " removed";
          return replace(m, plan.milestones().get(m).withDurationDays(OptionalInt.empty()));
        }
        default:
          throw new IllegalStateException("no defect for rule " + rule);
      }
    }

    /** A link back onto the milestone or one of its successors: a cycle no date contradicts. */
    private MutualActionPlan cycle() {
      List<Milestone> milestones = plan.milestones();
      int from = draw.between(0, milestones.size() - 1);
      List<Integer> reachable = reachableFrom(from);
      int to = draw.pick(reachable);
      Milestone milestone = milestones.get(from);
      List<Dependency> dependencies = new ArrayList<>(milestone.dependsOn());
      dependencies.add(Dependency.builder()
          .milestone(milestones.get(to).id())
          .type(draw.pick(DependencyType.values()))
          .lagDays(-PlanLimits.MAX_DAYS)
          .build());
      description = milestone.id() + " made to depend on " + milestones.get(to).id()
          + ", which " + (to == from ? "is itself" : "depends on it");
      return replace(from, milestone.withDependsOn(dependencies));
    }

    /** The milestone itself and every milestone that depends on it, directly or not. */
    private List<Integer> reachableFrom(int start) {
      List<Milestone> milestones = plan.milestones();
      List<Integer> reached = new ArrayList<>(List.of(start));
      Set<MilestoneId> seen = new HashSet<>(Set.of(milestones.get(start).id()));
      for (int k = 0; k < reached.size(); k++) {
        MilestoneId id = milestones.get(reached.get(k)).id();
        for (int s = 0; s < milestones.size(); s++) {
          Milestone candidate = milestones.get(s);
          if (!seen.contains(candidate.id())
              && candidate.dependsOn().stream().anyMatch(d -> d.milestone().equals(id))) {
            seen.add(candidate.id());
            reached.add(s);
          }
        }
      }
      return reached;
    }

    /** Independent one-day steps that fit the plan's dates, owned like the others. */
    private MutualActionPlan moreMilestones() {
      int extra = 8 - plan.milestones().size() + draw.between(0, 2);
      WorkCalendar calendar = ready.schedule.calendar();
      LocalDate due = calendar.day(calendar.idx(ready.asOf));
      List<Milestone> milestones = new ArrayList<>(plan.milestones());
      for (int i = 1; i <= extra; i++) {
        milestones.add(Milestone.builder()
            .id(MilestoneId.of("extra-step-" + i))
            .title(Vocabulary.stepTitle(draw, MilestoneKind.REFERENCE_CALL))
            .kind(MilestoneKind.REFERENCE_CALL)
            .buyerOwner(i % 2 == 0 ? ready.firstBuyerOwner : ready.secondBuyerOwner)
            .sellerOwner(ready.accountExecutive)
            .durationDays(1)
            .due(due)
            .exitCriteria(Vocabulary.exitCriteria(draw))
            .build());
      }
      description = extra + " more milestones, " + milestones.size() + " in all";
      return plan.withMilestones(milestones);
    }

    /** Nine of eleven milestones owned by the seller alone; two keep their two buyer owners. */
    private MutualActionPlan sellerShare() {
      int keepFirst = -1;
      int keepSecond = -1;
      List<Milestone> milestones = plan.milestones();
      for (int i = 0; i < milestones.size(); i++) {
        StakeholderId owner = milestones.get(i).buyerOwner().orElseThrow();
        if (keepFirst < 0 && owner.equals(ready.firstBuyerOwner)) {
          keepFirst = i;
        } else if (keepSecond < 0 && owner.equals(ready.secondBuyerOwner)) {
          keepSecond = i;
        }
      }
      List<Milestone> changed = new ArrayList<>();
      for (int i = 0; i < milestones.size(); i++) {
        changed.add(i == keepFirst || i == keepSecond
            ? milestones.get(i) : milestones.get(i).withBuyerOwner(Optional.empty()));
      }
      description = (milestones.size() - 2) + " of " + milestones.size()
          + " milestones left to the seller alone";
      return plan.withMilestones(changed);
    }

    /** The independent milestone, which has no due date here, made to end after the deadline. */
    private MutualActionPlan tooLong() {
      int m = independentIndex();
      Schedule schedule = ready.schedule;
      WorkCalendar calendar = schedule.calendar();
      long asOf = calendar.idx(ready.asOf);
      long lastFinish = calendar.idx(schedule.milestone(m).lateFinish()) + 1;
      int duration = (int) (lastFinish - asOf) + draw.between(1, 5);
      description = ready.independent + " made " + duration + " working days long, past the"
          + " deadline";
      return replace(m, plan.milestones().get(m).withDurationDays(duration));
    }

    /** The independent milestone due before it can finish, but not before the as-of date. */
    private MutualActionPlan dueBeforeEarlyFinish() {
      int m = independentIndex();
      WorkCalendar calendar = ready.schedule.calendar();
      long earlyFinish = calendar.idx(ready.schedule.milestone(m).earlyFinish()) + 1;
      long asOf = calendar.idx(ready.asOf);
      LocalDate due = calendar.day(draw.between(asOf, earlyFinish - 2));
      description = "the due date of " + ready.independent + " set to " + due
          + ", before it can finish";
      return replace(m, plan.milestones().get(m).withDue(due));
    }

    /**
     * A predecessor due on its late finish, after the start its successor keeps: the link that
     * drives the successor's early start then contradicts the dates.
     */
    private MutualActionPlan predecessorDueLate() {
      List<Milestone> milestones = plan.milestones();
      int s = draw.pick(milestonesWhere(m -> !m.dependsOn().isEmpty()));
      WorkCalendar calendar = ready.schedule.calendar();
      MilestoneSchedule successor = ready.schedule.milestone(s);
      long start = calendar.idx(successor.earlyFinish()) + 1 - successor.durationDays();
      int driving = -1;
      for (Dependency dependency : milestones.get(s).dependsOn()) {
        int p = plan.indexOf(dependency.milestone()).getAsInt();
        long finish = calendar.idx(ready.schedule.milestone(p).earlyFinish()) + 1;
        if (finish + dependency.lagDays() == start) {
          driving = p;
        }
      }
      LocalDate late = ready.schedule.milestone(driving).lateFinish();
      description = "the due date of " + milestones.get(driving).id() + " moved to its late"
          + " finish " + late + ", after " + milestones.get(s).id() + " starts";
      return replace(driving, milestones.get(driving).withDue(late));
    }

    /**
     * An incomplete milestone given a baseline 11 to 31 working days before its due date: the
     * date first agreed has moved by more than the default ten.
     */
    private MutualActionPlan slippedFromBaseline() {
      int m = draw.pick(incomplete());
      Milestone milestone = plan.milestones().get(m);
      WorkCalendar calendar = ready.schedule.calendar();
      int slip = draw.between(11, 31);
      LocalDate baseline = calendar.day(calendar.idx(milestone.due().orElseThrow()) - slip);
      description = "the baseline due date of " + milestone.id() + " set to " + baseline + ", "
          + slip + " working days before its due date";
      return replace(m, milestone.withBaselineDue(baseline));
    }

    /** The plan's first draft, or the economic buyer's sign-off, dated after the as-of date. */
    private MutualActionPlan factInTheFuture() {
      if (draw.chance(0.5)) {
        LocalDate createdOn = ready.asOf.plusDays(draw.between(1, 400));
        description = "createdOn set to " + createdOn + ", after the as-of date";
        return plan.withCreatedOn(createdOn);
      }
      List<SignOff> signOffs = new ArrayList<>();
      for (SignOff signOff : plan.signOffs()) {
        signOffs.add(signOff.withOn(ready.asOf.plusDays(draw.between(1, 30))));
      }
      description = "the sign-offs dated after the as-of date";
      return plan.withSignOffs(signOffs);
    }

    /** Every revision moved back, so the buyer's last edit is more than 14 days old. */
    private MutualActionPlan quietBuyer() {
      LocalDate lastBuyerEdit = null;
      for (Revision revision : plan.revisions()) {
        if (side(revision.author()) == Side.BUYER) {
          lastBuyerEdit = LocalDate.ofInstant(revision.at(), ZoneOffset.UTC);
        }
      }
      long quiet = ChronoUnit.DAYS.between(lastBuyerEdit, ready.asOf);
      long shift = 15 - quiet + draw.between(0, 20);
      List<Revision> revisions = new ArrayList<>();
      for (Revision revision : plan.revisions()) {
        revisions.add(revision.withAt(revision.at().minusSeconds(86_400 * shift)));
      }
      description = "the history moved " + shift + " days back";
      return plan.withRevisions(revisions);
    }

    /** A step that is not the paper process made of the given kind. */
    private MutualActionPlan kind(MilestoneKind kind) {
      List<Milestone> milestones = plan.milestones();
      int m = draw.pick(milestonesWhere(milestone -> {
        MilestoneKind current = milestone.kind().orElseThrow();
        return current != MilestoneKind.LEGAL && current != MilestoneKind.PROCUREMENT;
      }));
      description = milestones.get(m).id() + " made of kind " + kind.spelling();
      return replace(m, milestones.get(m).withKind(kind));
    }

    // ---- helpers ----

    private Side side(StakeholderId id) {
      return plan.stakeholder(id).orElseThrow().side();
    }

    private List<Integer> incomplete() {
      return milestonesWhere(m -> !m.isComplete());
    }

    /** The positions of the milestones that pass the test, in plan order. */
    private List<Integer> milestonesWhere(Predicate<Milestone> test) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < plan.milestones().size(); i++) {
        if (test.test(plan.milestones().get(i))) {
          positions.add(i);
        }
      }
      return positions;
    }

    private int independentIndex() {
      return plan.indexOf(ready.independent).getAsInt();
    }

    private MutualActionPlan replace(int index, Milestone milestone) {
      List<Milestone> milestones = new ArrayList<>(plan.milestones());
      milestones.set(index, milestone);
      return plan.withMilestones(milestones);
    }

    private MutualActionPlan eachMilestone(UnaryOperator<Milestone> change) {
      List<Milestone> milestones = new ArrayList<>();
      for (Milestone milestone : plan.milestones()) {
        milestones.add(change.apply(milestone));
      }
      return plan.withMilestones(milestones);
    }
  }
}

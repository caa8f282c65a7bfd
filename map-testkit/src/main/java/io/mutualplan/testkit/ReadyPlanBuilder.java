package io.mutualplan.testkit;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Organization;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.testkit.internal.Draw;
import io.mutualplan.testkit.internal.Vocabulary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a plan that passes every built-in rule of profile {@code full} at an as-of date: five to
 * seven owned milestones with observable exit criteria, dates from the plan's own early schedule,
 * an outcome set by the buyer with room to spare, a paper process, a champion and an economic
 * buyer who signed off the latest revision, a buyer edit in the last ten days.
 *
 * <p>The shape is fixed where the one-defect generator relies on it: every milestone has a buyer
 * owner (two buyer-side people take turns, so each owns at least two) and a seller owner;
 * dependencies are all finish-to-start with lags 0 to 2; the last milestone in topological order
 * is independent (no dependencies, no dependents) and takes 2 to 10 working days; only a prefix
 * of the topological order may be complete.
 */
final class ReadyPlanBuilder {
  private static final List<MilestoneKind> KINDS = kinds();
  private static final List<MilestoneKind> NON_PAPER_KINDS = nonPaperKinds();

  /** A ready plan and what the defects need to know about it. */
  static final class Ready {
    MutualActionPlan plan;
    LocalDate asOf;
    StakeholderId economicBuyer;
    StakeholderId accountExecutive;
    StakeholderId firstBuyerOwner;
    StakeholderId secondBuyerOwner;
    MilestoneId independent;
    Schedule schedule;
  }

  private final Draw draw;
  private final LocalDate asOf;
  private int milestoneCount;
  private boolean independentWithoutDue;
  private boolean linksBetweenIncompleteMilestones;

  ReadyPlanBuilder(Draw draw, LocalDate asOf) {
    this.draw = draw;
    this.asOf = asOf;
    this.milestoneCount = draw.between(5, 7);
  }

  /** Exactly this many milestones (beyond seven, milestone-count reports it). */
  ReadyPlanBuilder milestones(int count) {
    this.milestoneCount = count;
    return this;
  }

  /** The independent milestone has no due date (due-date-set reports it). */
  ReadyPlanBuilder independentWithoutDue() {
    this.independentWithoutDue = true;
    return this;
  }

  /** Nothing is complete and the dependency graph has at least one link. */
  ReadyPlanBuilder withLinksBetweenIncompleteMilestones() {
    this.linksBetweenIncompleteMilestones = true;
    return this;
  }

  Ready build() {
    Ready ready = new Ready();
    ready.asOf = asOf;
    String buyerName = draw.pick(Vocabulary.BUYERS);
    String sellerName = draw.pick(Vocabulary.SELLERS);

    // ---- people: a champion, an economic buyer, maybe more; an account executive, maybe more
    List<Stakeholder> stakeholders = new ArrayList<>();
    Set<String> used = new HashSet<>();
    Stakeholder champion = person(stakeholders.size() + 1, Side.BUYER, Role.CHAMPION, used);
    stakeholders.add(champion);
    Stakeholder economicBuyer =
        person(stakeholders.size() + 1, Side.BUYER, Role.ECONOMIC_BUYER, used);
    stakeholders.add(economicBuyer);
    int otherBuyers = draw.between(0, 2);
    List<Role> otherRoles = List.of(Role.LEGAL, Role.SECURITY, Role.PROCUREMENT,
        Role.TECHNICAL_EVALUATOR, Role.FINANCE, Role.END_USER);
    for (int i = 0; i < otherBuyers; i++) {
      stakeholders.add(person(stakeholders.size() + 1, Side.BUYER, draw.pick(otherRoles), used));
    }
    Stakeholder accountExecutive =
        person(stakeholders.size() + 1, Side.SELLER, Role.ACCOUNT_EXECUTIVE, used);
    stakeholders.add(accountExecutive);
    List<Stakeholder> sellers = new ArrayList<>(List.of(accountExecutive));
    if (draw.chance(0.6)) {
      Stakeholder engineer = person(stakeholders.size() + 1, Side.SELLER, Role.SALES_ENGINEER, used);
      stakeholders.add(engineer);
      sellers.add(engineer);
    }
    List<Stakeholder> buyers = new ArrayList<>();
    for (Stakeholder s : stakeholders) {
      if (s.side() == Side.BUYER) {
        buyers.add(s);
      }
    }
    Stakeholder firstOwner = champion;
    Stakeholder secondOwner = buyers.get(draw.between(1, buyers.size() - 1));
    ready.economicBuyer = economicBuyer.id();
    ready.accountExecutive = accountExecutive.id();
    ready.firstBuyerOwner = firstOwner.id();
    ready.secondBuyerOwner = secondOwner.id();

    // ---- milestones: a DAG of n - 1 (topological numbering) plus one independent milestone
    int n = milestoneCount;
    GraphShape shape = linksBetweenIncompleteMilestones
        ? draw.pick(List.of(GraphShape.CHAIN, GraphShape.FAN_IN, GraphShape.FAN_OUT,
            GraphShape.LAYERED))
        : draw.pick(GraphShape.values());
    int[][] predecessors = ShapedGraph.draw(draw, shape, n - 1, 0.4);
    int complete = linksBetweenIncompleteMilestones ? 0 : draw.between(0, 2);
    MilestoneKind[] kinds = new MilestoneKind[n];
    for (int i = 0; i < n - 1; i++) {
      kinds[i] = draw.pick(KINDS);
    }
    kinds[draw.between(0, n - 2)] = draw.chance(0.5) ? MilestoneKind.LEGAL : MilestoneKind.PROCUREMENT;
    kinds[n - 1] = draw.pick(NON_PAPER_KINDS);
    MilestoneId[] ids = new MilestoneId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = MilestoneId.of(kinds[i].spelling() + "-" + (i + 1));
    }
    ready.independent = ids[n - 1];
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    draw.shuffle(order);
    Milestone[] milestones = new Milestone[n];
    for (int position = 0; position < n; position++) {
      int i = order[position];
      boolean done = i < complete;
      Milestone.Builder milestone = Milestone.builder()
          .id(ids[i])
          .title(Vocabulary.stepTitle(draw, kinds[i]))
          .kind(kinds[i])
          .buyerOwner((position % 2 == 0 ? firstOwner : secondOwner).id())
          .sellerOwner(draw.pick(sellers).id())
          .durationDays(i == n - 1 ? draw.between(2, 10) : draw.between(1, 10))
          .exitCriteria(Vocabulary.exitCriteria(draw));
      if (i < n - 1) {
        for (int p : predecessors[i]) {
          milestone.addDependsOn(Dependency.builder().milestone(ids[p])
              .type(DependencyType.FINISH_TO_START).lagDays(draw.between(0, 2)).build());
        }
      }
      if (done) {
        LocalDate completed = asOf.minusDays(3L * (complete - i) + draw.between(0, 2));
        milestone.status(MilestoneStatus.COMPLETE).completed(completed).due(completed);
      } else {
        MilestoneStatus status = draw.pick(List.of(MilestoneStatus.NOT_STARTED,
            MilestoneStatus.SCHEDULED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.BLOCKED));
        milestone.status(status);
        if (status == MilestoneStatus.BLOCKED) {
          milestone.notes(Vocabulary.notes(draw));
        }
      }
      milestones[position] = milestone.build();
    }

    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(PlanId.of("ready-" + draw.between(1, 99_999)))
        .title(buyerName + " x " + sellerName)
        .buyer(Organization.of(buyerName))
        .seller(Organization.of(sellerName))
        .stakeholders(stakeholders)
        .milestones(Arrays.asList(milestones));
    calendar().ifPresent(plan::calendar);
    if (draw.chance(0.5)) {
      plan.goal(Vocabulary.goal(draw));
    }
    if (draw.chance(0.5)) {
      plan.dealValue(Money.of(BigDecimal.valueOf(draw.between(15_000, 900_000)), "USD"));
    }
    MutualActionPlan undated = plan.build();

    // ---- dates from the plan's own early schedule, and an outcome with room to spare
    Schedule early = Scheduler.schedule(undated, asOf);
    WorkCalendar calendar = WorkCalendar.of(undated);
    long projectedFinish = calendar.idx(early.projectedFinish().orElseThrow()) + 1;
    int margin = draw.between(1, 20);
    int lead = draw.chance(0.5) ? 0 : draw.between(1, 15);
    Outcome.Builder outcome = Outcome.builder()
        .date(calendar.day(projectedFinish + margin + lead))
        .setBy(champion.id());
    if (lead > 0) {
      outcome.leadTimeDays(lead);
    }
    if (draw.chance(0.5)) {
      outcome.label(Vocabulary.label(draw));
    }
    List<Milestone> dated = new ArrayList<>(n);
    for (int position = 0; position < n; position++) {
      Milestone milestone = milestones[position];
      boolean withoutDue = independentWithoutDue && milestone.id().equals(ready.independent);
      if (!milestone.isComplete() && !withoutDue) {
        milestone = milestone.withDue(early.milestone(position).earlyFinish());
      }
      dated.add(milestone);
    }

    // ---- history: the seller drafted, the buyer edited lately, the economic buyer signed off
    int revisionCount = draw.between(2, 4);
    List<Revision> revisions = new ArrayList<>(revisionCount);
    Instant lastEdit = asOf.minusDays(draw.between(0, 10)).atStartOfDay()
        .toInstant(ZoneOffset.UTC).plusSeconds(draw.between(0, 86_399));
    for (int r = 1; r <= revisionCount; r++) {
      StakeholderId author = r == 1 ? accountExecutive.id()
          : r == revisionCount ? draw.pick(buyers).id() : draw.pick(stakeholders).id();
      revisions.add(Revision.builder()
          .number(r)
          .author(author)
          .at(lastEdit.minusSeconds(86_400L * 3 * (revisionCount - r)))
          .summary(Vocabulary.summary(draw))
          .build());
    }
    ready.plan = MutualActionPlan.builder().from(undated)
        .outcome(outcome.build())
        .milestones(dated)
        .revisions(revisions)
        .signOffs(List.of(SignOff.builder().by(economicBuyer.id()).revision(revisionCount)
            .on(LocalDate.ofInstant(lastEdit, ZoneOffset.UTC)).build()))
        .build();
    ready.schedule = Scheduler.schedule(ready.plan, asOf);
    return ready;
  }

  private Stakeholder person(int number, Side side, Role role, Set<String> used) {
    String name = Vocabulary.personName(draw);
    while (!used.add(name)) {
      name = Vocabulary.personName(draw);
    }
    String first = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
    return Stakeholder.builder()
        .id(StakeholderId.of(first + "-" + number))
        .name(name)
        .side(side)
        .addRole(role)
        .title(Vocabulary.jobTitle(draw))
        .build();
  }

  private Optional<CalendarSettings> calendar() {
    switch (draw.between(0, 2)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(
            CalendarSettings.builder().workingDays(ValidPlanGenerator.WEEKDAYS).build());
      default:
        List<LocalDate> holidays = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = draw.between(1, 8); i > 0; i--) {
          LocalDate holiday = asOf.plusDays(draw.between(-30, 200));
          if (seen.add(holiday)) {
            holidays.add(holiday);
          }
        }
        return Optional.of(CalendarSettings.builder()
            .workingDays(ValidPlanGenerator.WEEKDAYS)
            .holidays(holidays)
            .build());
    }
  }

  /** Every kind a ready plan may use: not implementation, not seller-internal. */
  private static List<MilestoneKind> kinds() {
    List<MilestoneKind> kinds = new ArrayList<>(List.of(MilestoneKind.values()));
    kinds.remove(MilestoneKind.IMPLEMENTATION);
    kinds.remove(MilestoneKind.INTERNAL);
    return List.copyOf(kinds);
  }

  private static List<MilestoneKind> nonPaperKinds() {
    List<MilestoneKind> kinds = new ArrayList<>(kinds());
    kinds.remove(MilestoneKind.LEGAL);
    kinds.remove(MilestoneKind.PROCUREMENT);
    return List.copyOf(kinds);
  }
}

package io.mutualplan.testkit;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Makes a failing plan small: given a plan and a predicate that says "this plan still fails",
 * returns a plan that still fails and that none of the shrinker's steps can make smaller.
 *
 * <p>The steps, tried greedily, biggest first, over and over until none helps: remove blocks of
 * milestones, then single milestones (dropping the dependencies on them, or bridging them so their
 * successors inherit their predecessors, which is how a long cycle shrinks to a self-dependency),
 * dependencies, stakeholders (with every reference to them), revisions and sign-offs; clear
 * optional fields; shorten durations, estimates, lags and lead times toward 0, and the deal value
 * toward 0 and toward fewer decimals; make dependencies plain {@code finish-to-start}; halve long
 * titles and names. Every step builds its plan through the
 * model, so each plan the predicate sees is valid; a step that would not give a valid plan is
 * skipped.
 *
 * <pre>{@code
 * MutualActionPlan small = PlanShrinker.withDefaults()
 *     .shrink(bigFailingPlan, plan -> plan.milestones().size() > 7)
 *     .plan();   // exactly 8 milestones, each as bare as the model allows
 * }</pre>
 *
 * <p>The result is locally minimal: no single step from the list above gives a plan that still
 * fails. It is not necessarily the smallest failing plan overall. The predicate is called once per
 * candidate, at most {@link #maxAttempts(int)} times; when the budget runs out the smallest plan
 * found so far is returned and {@link ShrinkResult#minimal()} is false. Exceptions thrown by the
 * predicate propagate: a predicate that wants "throws" to mean "fails" catches them itself.
 */
public final class PlanShrinker {
  private static final int DEFAULT_MAX_ATTEMPTS = 20_000;

  /** Text longer than this is worth shortening; shorter text is kept for the reader. */
  private static final int LONG_TEXT = 80;

  private final int maxAttempts;

  private PlanShrinker(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /**
   * A shrinker that tries at most 20,000 candidate plans.
   *
   * @return the shrinker
   */
  public static PlanShrinker withDefaults() {
    return new PlanShrinker(DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * The same shrinker with another budget of predicate calls.
   *
   * @param attempts the most candidate plans to test, {@code >= 0}
   * @return the changed shrinker
   */
  public PlanShrinker maxAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
    }
    return new PlanShrinker(attempts);
  }

  /**
   * Shrinks a failing plan.
   *
   * @param failing a plan for which {@code stillFails} is true
   * @param stillFails true for a plan that shows the failure
   * @return the smallest failing plan found, with how it was found
   * @throws IllegalArgumentException when {@code stillFails} is false for {@code failing}
   */
  public ShrinkResult shrink(
      MutualActionPlan failing, Predicate<? super MutualActionPlan> stillFails) {
    if (!stillFails.test(failing)) {
      throw new IllegalArgumentException(
          "the predicate does not hold for the plan to shrink; there is no failure to keep");
    }
    Search search = new Search(failing, stillFails, maxAttempts);
    search.run();
    return new ShrinkResult(search.current, search.steps, search.attempts, !search.outOfBudget);
  }

  /** The greedy search: the current plan and the budget spent. */
  private static final class Search {
    private final Predicate<? super MutualActionPlan> stillFails;
    private final int maxAttempts;
    private MutualActionPlan current;
    private int steps;
    private int attempts;
    private boolean outOfBudget;

    Search(MutualActionPlan plan, Predicate<? super MutualActionPlan> stillFails, int maxAttempts) {
      this.current = plan;
      this.stillFails = stillFails;
      this.maxAttempts = maxAttempts;
    }

    void run() {
      boolean progress = true;
      while (progress && !outOfBudget) {
        progress = false;
        for (Pass pass : PASSES) {
          progress |= runPass(pass);
          if (outOfBudget) {
            return;
          }
        }
      }
    }

    /**
     * Tries a pass's candidates in order. After a success the pass continues at the same
     * position in the new plan's candidates, since what was there has just been removed or
     * changed; so one sweep is linear in the candidates rather than quadratic.
     */
    private boolean runPass(Pass pass) {
      boolean progress = false;
      List<UnaryOperator<MutualActionPlan>> candidates = pass.candidates(current);
      int position = 0;
      while (position < candidates.size()) {
        Optional<MutualActionPlan> candidate = build(candidates.get(position));
        if (candidate.isPresent() && !candidate.get().equals(current)) {
          if (attempts >= maxAttempts) {
            outOfBudget = true;
            return progress;
          }
          attempts++;
          if (stillFails.test(candidate.get())) {
            current = candidate.get();
            steps++;
            progress = true;
            candidates = pass.candidates(current);
            continue;
          }
        }
        position++;
      }
      return progress;
    }

    private Optional<MutualActionPlan> build(UnaryOperator<MutualActionPlan> change) {
      try {
        return Optional.of(change.apply(current));
      } catch (InvalidPlanException e) {
        return Optional.empty(); // a step that cannot keep the plan valid is not taken
      }
    }
  }

  /** One kind of step: the candidate changes of a plan, most promising first. */
  @FunctionalInterface
  private interface Pass {
    List<UnaryOperator<MutualActionPlan>> candidates(MutualActionPlan plan);
  }

  private static final List<Pass> PASSES = List.of(
      PlanShrinker::milestoneBlocks,
      plan -> perIndex(plan.milestones().size(), i -> p -> removeMilestones(p, i, i + 1)),
      plan -> perIndex(plan.milestones().size(), i -> p -> bridgeMilestone(p, i)),
      PlanShrinker::dependencies,
      plan -> perIndex(plan.stakeholders().size(), i -> p -> removeStakeholder(p, i)),
      plan -> perIndex(plan.revisions().size(), i -> p -> removeRevision(p, i)),
      plan -> perIndex(plan.signOffs().size(), i -> p -> removeSignOff(p, i)),
      PlanShrinker::planFields,
      PlanShrinker::milestoneFields,
      PlanShrinker::numbers,
      PlanShrinker::stakeholderFields,
      PlanShrinker::texts);

  private static List<UnaryOperator<MutualActionPlan>> perIndex(
      int count, IntFunction<UnaryOperator<MutualActionPlan>> candidate) {
    List<UnaryOperator<MutualActionPlan>> candidates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      candidates.add(candidate.apply(i));
    }
    return candidates;
  }

  // ---- structure ----------------------------------------------------------------------------

  /** Halves, quarters, ... of the milestones, down to blocks of two: big cuts first. */
  private static List<UnaryOperator<MutualActionPlan>> milestoneBlocks(MutualActionPlan plan) {
    int n = plan.milestones().size();
    List<UnaryOperator<MutualActionPlan>> candidates = new ArrayList<>();
    for (int size = n / 2; size >= 2; size /= 2) {
      int block = size;
      for (int start = 0; start + block <= n; start += block) {
        int from = start;
        candidates.add(p -> removeMilestones(p, from, Math.min(from + block, p.milestones().size())));
      }
    }
    return candidates;
  }

  /** Removes the milestones at {@code [from, to)} and every dependency on them. */
  private static MutualActionPlan removeMilestones(MutualActionPlan plan, int from, int to) {
    List<Milestone> milestones = plan.milestones();
    if (from >= to || to > milestones.size()) {
      return plan;
    }
    Set<MilestoneId> removed = new HashSet<>();
    for (int i = from; i < to; i++) {
      removed.add(milestones.get(i).id());
    }
    List<Milestone> kept = new ArrayList<>(milestones.size() - (to - from));
    for (int i = 0; i < milestones.size(); i++) {
      if (i < from || i >= to) {
        kept.add(withoutDependenciesOn(milestones.get(i), removed));
      }
    }
    return plan.withMilestones(kept);
  }

  private static Milestone withoutDependenciesOn(Milestone milestone, Set<MilestoneId> removed) {
    List<Dependency> kept = new ArrayList<>(milestone.dependsOn().size());
    for (Dependency dependency : milestone.dependsOn()) {
      if (!removed.contains(dependency.milestone())) {
        kept.add(dependency);
      }
    }
    return kept.size() == milestone.dependsOn().size() ? milestone : milestone.withDependsOn(kept);
  }

  /**
   * Removes one milestone but keeps what ran through it: each milestone that depended on it now
   * depends, plainly, on its predecessors. A cycle through it stays a cycle, one shorter.
   */
  private static MutualActionPlan bridgeMilestone(MutualActionPlan plan, int index) {
    List<Milestone> milestones = plan.milestones();
    Milestone bridged = milestones.get(index);
    List<Milestone> kept = new ArrayList<>(milestones.size() - 1);
    for (int i = 0; i < milestones.size(); i++) {
      if (i == index) {
        continue;
      }
      Milestone milestone = milestones.get(i);
      boolean dependsOnBridged = false;
      Map<MilestoneId, Dependency> dependencies = new LinkedHashMap<>();
      for (Dependency dependency : milestone.dependsOn()) {
        if (dependency.milestone().equals(bridged.id())) {
          dependsOnBridged = true;
        } else {
          dependencies.put(dependency.milestone(), dependency);
        }
      }
      if (!dependsOnBridged) {
        kept.add(milestone);
        continue;
      }
      for (Dependency inherited : bridged.dependsOn()) {
        MilestoneId predecessor = inherited.milestone();
        // The bridged milestone's dependency on itself would name a milestone that is gone.
        if (!predecessor.equals(bridged.id())) {
          dependencies.putIfAbsent(predecessor, Dependency.on(predecessor));
        }
      }
      kept.add(milestone.withDependsOn(dependencies.values()));
    }
    return plan.withMilestones(kept);
  }

  /** Each dependency removed; then each made a plain finish-to-start link with no lag. */
  private static List<UnaryOperator<MutualActionPlan>> dependencies(MutualActionPlan plan) {
    List<UnaryOperator<MutualActionPlan>> removals = new ArrayList<>();
    List<UnaryOperator<MutualActionPlan>> plain = new ArrayList<>();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      int milestone = i;
      List<Dependency> dependencies = milestones.get(i).dependsOn();
      for (int d = 0; d < dependencies.size(); d++) {
        int dependency = d;
        removals.add(p -> changeDependencies(p, milestone, list -> list.remove(dependency)));
        if (dependencies.get(d).type() != DependencyType.FINISH_TO_START) {
          plain.add(p -> changeDependencies(p, milestone, list -> list.set(dependency,
              list.get(dependency).withType(DependencyType.FINISH_TO_START))));
        }
      }
    }
    removals.addAll(plain);
    return removals;
  }

  private static MutualActionPlan changeDependencies(
      MutualActionPlan plan, int milestone, Consumer<List<Dependency>> change) {
    Milestone changed = plan.milestones().get(milestone);
    List<Dependency> dependencies = new ArrayList<>(changed.dependsOn());
    change.accept(dependencies);
    return replaceMilestone(plan, milestone, changed.withDependsOn(dependencies));
  }

  /**
   * Removes a stakeholder and every reference to them: their ownerships, the outcome's {@code
   * setBy}, their sign-offs, and the revisions they authored (with the sign-offs on those).
   */
  private static MutualActionPlan removeStakeholder(MutualActionPlan plan, int index) {
    StakeholderId gone = plan.stakeholders().get(index).id();
    List<Stakeholder> stakeholders = new ArrayList<>(plan.stakeholders());
    stakeholders.remove(index);
    List<Milestone> milestones = new ArrayList<>(plan.milestones().size());
    for (Milestone milestone : plan.milestones()) {
      Milestone changed = milestone;
      if (milestone.buyerOwner().filter(gone::equals).isPresent()) {
        changed = changed.withBuyerOwner(Optional.empty());
      }
      if (milestone.sellerOwner().filter(gone::equals).isPresent()) {
        changed = changed.withSellerOwner(Optional.empty());
      }
      milestones.add(changed);
    }
    Optional<Outcome> outcome = plan.outcome().map(
        o -> o.setBy().filter(gone::equals).isPresent() ? o.withSetBy(Optional.empty()) : o);
    List<Revision> revisions = new ArrayList<>();
    for (Revision revision : plan.revisions()) {
      if (!revision.author().equals(gone)) {
        revisions.add(revision);
      }
    }
    List<SignOff> signOffs = signOffsOn(revisions, plan.signOffs());
    signOffs.removeIf(s -> s.by().equals(gone));
    return MutualActionPlan.builder().from(plan)
        .stakeholders(stakeholders)
        .milestones(milestones)
        .outcome(outcome)
        .revisions(revisions)
        .signOffs(signOffs)
        .build();
  }

  private static MutualActionPlan removeRevision(MutualActionPlan plan, int index) {
    List<Revision> revisions = new ArrayList<>(plan.revisions());
    revisions.remove(index);
    return MutualActionPlan.builder().from(plan)
        .revisions(revisions)
        .signOffs(signOffsOn(revisions, plan.signOffs()))
        .build();
  }

  /** The sign-offs that name one of the revisions. */
  private static List<SignOff> signOffsOn(List<Revision> revisions, List<SignOff> signOffs) {
    Set<Integer> numbers = new HashSet<>();
    revisions.forEach(r -> numbers.add(r.number()));
    List<SignOff> kept = new ArrayList<>();
    for (SignOff signOff : signOffs) {
      if (numbers.contains(signOff.revision())) {
        kept.add(signOff);
      }
    }
    return kept;
  }

  private static MutualActionPlan removeSignOff(MutualActionPlan plan, int index) {
    List<SignOff> signOffs = new ArrayList<>(plan.signOffs());
    signOffs.remove(index);
    return plan.withSignOffs(signOffs);
  }

  // ---- optional fields ----------------------------------------------------------------------

  private static List<UnaryOperator<MutualActionPlan>> planFields(MutualActionPlan plan) {
    List<UnaryOperator<MutualActionPlan>> candidates = new ArrayList<>();
    if (plan.goal().isPresent()) {
      candidates.add(p -> p.withGoal(Optional.empty()));
    }
    if (plan.outcome().isPresent()) {
      candidates.add(p -> p.withOutcome(Optional.empty()));
      Outcome outcome = plan.outcome().get();
      if (outcome.label().isPresent()) {
        candidates.add(p -> p.withOutcome(outcome.withLabel(Optional.empty())));
      }
      if (outcome.setBy().isPresent()) {
        candidates.add(p -> p.withOutcome(outcome.withSetBy(Optional.empty())));
      }
    }
    if (plan.calendar().isPresent()) {
      candidates.add(p -> p.withCalendar(Optional.empty()));
      CalendarSettings calendar = plan.calendar().get();
      if (!calendar.holidays().isEmpty()) {
        candidates.add(p -> p.withCalendar(calendar.withHolidays(List.of())));
        for (int i = 0; i < calendar.holidays().size(); i++) {
          int holiday = i;
          candidates.add(p -> {
            List<LocalDate> holidays = new ArrayList<>(calendar.holidays());
            holidays.remove(holiday);
            return p.withCalendar(calendar.withHolidays(holidays));
          });
        }
      }
      if (calendar.workingDays().size() < 7) {
        candidates.add(p -> p.withCalendar(calendar.withWorkingDays(DayOfWeek.values())));
      }
    }
    if (plan.dealValue().isPresent()) {
      candidates.add(p -> p.withDealValue(Optional.empty()));
    }
    if (plan.createdOn().isPresent()) {
      candidates.add(p -> p.withCreatedOn(Optional.empty()));
    }
    if (!plan.attributes().isEmpty()) {
      candidates.add(p -> p.withAttributes(Map.of()));
    }
    return candidates;
  }

  /** Per milestone: everything optional cleared at once, then each field on its own. */
  private static List<UnaryOperator<MutualActionPlan>> milestoneFields(MutualActionPlan plan) {
    List<UnaryOperator<MutualActionPlan>> candidates = new ArrayList<>();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      int index = i;
      Milestone m = milestones.get(i);
      candidates.add(p -> replaceMilestone(p, index, bare(m)));
      List<UnaryOperator<Milestone>> changes = new ArrayList<>();
      if (m.description().isPresent()) {
        changes.add(x -> x.withDescription(Optional.empty()));
      }
      if (m.kind().isPresent()) {
        changes.add(x -> x.withKind(Optional.empty()));
      }
      if (m.buyerOwner().isPresent()) {
        changes.add(x -> x.withBuyerOwner(Optional.empty()));
      }
      if (m.sellerOwner().isPresent()) {
        changes.add(x -> x.withSellerOwner(Optional.empty()));
      }
      if (m.due().isPresent()) {
        changes.add(x -> x.withDue(Optional.empty()));
      }
      if (m.baselineDue().isPresent()) {
        changes.add(x -> x.withBaselineDue(Optional.empty()));
      }
      if (m.durationDays().isPresent()) {
        changes.add(x -> x.withDurationDays(OptionalInt.empty()));
      }
      if (m.estimate().isPresent()) {
        changes.add(x -> x.withEstimate(Optional.empty()));
      }
      if (m.exitCriteria().isPresent()) {
        changes.add(x -> x.withExitCriteria(Optional.empty()));
      }
      if (m.status() != MilestoneStatus.NOT_STARTED) {
        changes.add(x -> x.withStatus(MilestoneStatus.NOT_STARTED).withCompleted(Optional.empty()));
      }
      if (m.started().isPresent()) {
        changes.add(x -> x.withStarted(Optional.empty()));
      }
      if (m.atRisk()) {
        changes.add(x -> x.withAtRisk(false));
      }
      if (m.notes().isPresent()) {
        changes.add(x -> x.withNotes(Optional.empty()));
      }
      if (!m.attributes().isEmpty()) {
        changes.add(x -> x.withAttributes(Map.of()));
      }
      for (UnaryOperator<Milestone> change : changes) {
        candidates.add(p -> replaceMilestone(p, index, change.apply(p.milestones().get(index))));
      }
    }
    return candidates;
  }

  /** A milestone with its id, title and dependencies and nothing else. */
  private static Milestone bare(Milestone milestone) {
    return Milestone.builder()
        .id(milestone.id())
        .title(milestone.title())
        .dependsOn(milestone.dependsOn())
        .build();
  }

  private static List<UnaryOperator<MutualActionPlan>> stakeholderFields(MutualActionPlan plan) {
    List<UnaryOperator<MutualActionPlan>> candidates = new ArrayList<>();
    List<Stakeholder> stakeholders = plan.stakeholders();
    for (int i = 0; i < stakeholders.size(); i++) {
      int index = i;
      Stakeholder s = stakeholders.get(i);
      if (!s.roles().isEmpty()) {
        candidates.add(p -> replaceStakeholder(p, index, s.withRoles(List.of())));
        for (int r = 0; r < s.roles().size(); r++) {
          int role = r;
          candidates.add(p -> {
            List<Role> roles = new ArrayList<>(s.roles());
            roles.remove(role);
            return replaceStakeholder(p, index, s.withRoles(roles));
          });
        }
      }
      if (s.title().isPresent()) {
        candidates.add(p -> replaceStakeholder(p, index, s.withTitle(Optional.empty())));
      }
      if (s.email().isPresent()) {
        candidates.add(p -> replaceStakeholder(p, index, s.withEmail(Optional.empty())));
      }
    }
    List<Revision> revisions = plan.revisions();
    for (int i = 0; i < revisions.size(); i++) {
      int index = i;
      if (revisions.get(i).summary().isPresent()) {
        candidates.add(p -> {
          List<Revision> changed = new ArrayList<>(p.revisions());
          changed.set(index, changed.get(index).withSummary(Optional.empty()));
          return p.withRevisions(changed);
        });
      }
    }
    return candidates;
  }

  // ---- numbers ------------------------------------------------------------------------------

  /** The deal value, durations, estimates, lags and the lead time, each toward 0. */
  private static List<UnaryOperator<MutualActionPlan>> numbers(MutualActionPlan plan) {
    List<UnaryOperator<MutualActionPlan>> candidates = new ArrayList<>();
    plan.dealValue().ifPresent(money -> {
      for (BigDecimal amount : towardZero(money.amount())) {
        candidates.add(p -> p.withDealValue(Money.of(amount, money.currency())));
      }
    });
    plan.outcome().ifPresent(outcome -> {
      for (int value : towardZero(outcome.leadTimeDays())) {
        candidates.add(p -> p.withOutcome(outcome.withLeadTimeDays(value)));
      }
    });
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      int index = i;
      Milestone m = milestones.get(i);
      if (m.durationDays().isPresent()) {
        for (int value : towardZero(m.durationDays().getAsInt())) {
          candidates.add(p -> replaceMilestone(p, index, m.withDurationDays(value)));
        }
      }
      m.estimate().ifPresent(e -> {
        for (int value : towardZero(e.pessimistic())) {
          // Scaling all three points by the same factor keeps them in order.
          Estimate smaller = Estimate.of(
              scale(e.optimistic(), value, e.pessimistic()),
              scale(e.likely(), value, e.pessimistic()),
              value);
          candidates.add(p -> replaceMilestone(p, index, m.withEstimate(smaller)));
        }
        // Then the outer points on their own: optimistic toward 0, pessimistic toward likely.
        for (int value : towardZero(e.optimistic())) {
          Estimate smaller = Estimate.of(value, e.likely(), e.pessimistic());
          candidates.add(p -> replaceMilestone(p, index, m.withEstimate(smaller)));
        }
        for (int value : towardZero(e.pessimistic() - e.likely())) {
          Estimate smaller = Estimate.of(e.optimistic(), e.likely(), e.likely() + value);
          candidates.add(p -> replaceMilestone(p, index, m.withEstimate(smaller)));
        }
      });
      List<Dependency> dependencies = m.dependsOn();
      for (int d = 0; d < dependencies.size(); d++) {
        int dependency = d;
        for (int value : towardZero(dependencies.get(d).lagDays())) {
          candidates.add(p -> changeDependencies(p, index,
              list -> list.set(dependency, list.get(dependency).withLagDays(value))));
        }
      }
    }
    return candidates;
  }

  private static int scale(int point, int newMax, int oldMax) {
    return oldMax == 0 ? 0 : (int) ((long) point * newMax / oldMax);
  }

  /**
   * Values between 0 and {@code value}, closest to 0 first: 0, half, three quarters, ..., one
   * step short. Repeated to a fixed point, this finds the boundary in about log-squared tries.
   */
  static List<Integer> towardZero(int value) {
    List<Integer> values = new ArrayList<>();
    long v = value;
    for (long delta = Math.abs(v); delta > 0; delta /= 2) {
      long candidate = v - Long.signum(v) * delta;
      if (values.isEmpty() || values.get(values.size() - 1) != candidate) {
        values.add((int) candidate);
      }
    }
    return values;
  }

  /**
   * Amounts between 0 and {@code amount}, simplest first: 0; the amount with fewer decimals, the
   * whole amount first; then, keeping the decimals, the whole part toward 0 as {@link
   * #towardZero(int)} does. Repeated to a fixed point, this finds the boundary of a threshold
   * ({@code amount >= 15000} shrinks to exactly 15000).
   */
  static List<BigDecimal> towardZero(BigDecimal amount) {
    Set<BigDecimal> values = new LinkedHashSet<>();
    if (amount.signum() > 0) {
      values.add(BigDecimal.ZERO);
    }
    for (int scale = 0; scale < amount.scale(); scale++) {
      values.add(amount.setScale(scale, RoundingMode.DOWN));
    }
    BigInteger whole = amount.toBigInteger();
    for (BigInteger delta = whole; delta.signum() > 0; delta = delta.shiftRight(1)) {
      values.add(amount.subtract(new BigDecimal(delta)));
    }
    values.remove(amount);
    return List.copyOf(values);
  }

  // ---- text ---------------------------------------------------------------------------------

  /**
   * Long titles and names (over {@value #LONG_TEXT} characters, such as a 10,000-character title)
   * cut to their first half: short ones stay as they are, so the report still reads like a plan.
   */
  private static List<UnaryOperator<MutualActionPlan>> texts(MutualActionPlan plan) {
    List<UnaryOperator<MutualActionPlan>> candidates = new ArrayList<>();
    if (plan.title().length() > LONG_TEXT) {
      candidates.add(p -> p.withTitle(half(p.title())));
    }
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      int index = i;
      if (milestones.get(i).title().length() > LONG_TEXT) {
        candidates.add(p -> replaceMilestone(p, index,
            p.milestones().get(index).withTitle(half(p.milestones().get(index).title()))));
      }
    }
    List<Stakeholder> stakeholders = plan.stakeholders();
    for (int i = 0; i < stakeholders.size(); i++) {
      int index = i;
      if (stakeholders.get(i).name().length() > LONG_TEXT) {
        candidates.add(p -> replaceStakeholder(p, index,
            p.stakeholders().get(index).withName(half(p.stakeholders().get(index).name()))));
      }
    }
    return candidates;
  }

  /** The first half of a text, never splitting a surrogate pair. */
  private static String half(String text) {
    int end = text.length() / 2;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      end = Character.charCount(text.codePointAt(0));
    }
    return text.substring(0, end);
  }

  // ---- plumbing -----------------------------------------------------------------------------

  private static MutualActionPlan replaceMilestone(
      MutualActionPlan plan, int index, Milestone milestone) {
    List<Milestone> milestones = new ArrayList<>(plan.milestones());
    milestones.set(index, milestone);
    return plan.withMilestones(milestones);
  }

  private static MutualActionPlan replaceStakeholder(
      MutualActionPlan plan, int index, Stakeholder stakeholder) {
    List<Stakeholder> stakeholders = new ArrayList<>(plan.stakeholders());
    stakeholders.set(index, stakeholder);
    return plan.withStakeholders(stakeholders);
  }
}

package io.mutualplan.rules;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.Texts;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.core.schedule.WorkCalendar;
import io.mutualplan.rules.internal.FindingPaths;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.RuleParameters;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One evaluation of one plan: runs the rules in order, gives each the shared, lazily computed
 * schedule, collects findings, and turns a rule that fails into a {@code rule-failed} finding in
 * that rule's place. Used by one thread, then dropped.
 *
 * <p>A rule fails when it throws anything but an error of the virtual machine itself (running out
 * of memory and overflowing the stack are the rule's: it allocated or recursed without bound, and
 * what it held is freed as its stack unwinds), when it reports a finding at a path that is not a
 * place of the plan's document, and when it changes its thread's interrupt status. The status is
 * the caller's: it is set back to what it was before the rule ran.
 */
final class EvaluationContext implements RuleContext {
  private static final int MAX_FAILURE_TEXT = 500;

  private final MutualActionPlan plan;
  private final LocalDate asOf;
  private final List<Finding> findings = new ArrayList<>();
  /** The milestone index of each finding, -1 for whole-plan findings, to order a rule's output. */
  private int[] milestoneOrder = new int[8];

  private boolean scheduled;
  private Optional<Schedule> schedule = Optional.empty();
  private Optional<List<MilestoneId>> cycle = Optional.empty();
  private WorkCalendar calendar;
  private Optional<LocalDate> deadline;

  private ResolvedRule current;
  private int currentStart;

  /**
   * Starts an evaluation.
   *
   * @param plan the plan
   * @param asOf the as-of date
   */
  EvaluationContext(MutualActionPlan plan, LocalDate asOf) {
    this.plan = plan;
    this.asOf = asOf;
  }

  /**
   * Starts an evaluation of a plan already scheduled, as of its schedule's date. The calendar is
   * the plan's: a schedule read back from its document has none of its own.
   *
   * @param plan the plan
   * @param schedule its schedule
   */
  EvaluationContext(MutualActionPlan plan, Schedule schedule) {
    this(plan, schedule.asOf());
    this.schedule = Optional.of(schedule);
    this.scheduled = true;
    this.calendar = WorkCalendar.of(plan);
  }

  /**
   * Runs the rules in order.
   *
   * @param rules the enabled rules with their settings
   * @return every finding, in report order
   */
  List<Finding> run(ResolvedRule[] rules) {
    for (ResolvedRule rule : rules) {
      current = rule;
      currentStart = findings.size();
      boolean interrupted = Thread.currentThread().isInterrupted();
      Throwable failure = null;
      try {
        rule.rule().check(this);
      } catch (Throwable thrown) {
        failure = thrown;
      }
      // Thread.interrupted() clears the status: set it again only when the caller had set it.
      boolean changedInterrupt = Thread.interrupted() != interrupted;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      String reason;
      if (failure != null) {
        rethrowIfNotContained(failure);
        reason = describe(failure);
      } else if (changedInterrupt) {
        reason = interrupted
            ? "it cleared the interrupt status of the thread that checks the plan, which belongs"
                + " to the caller (it is set again)"
            : "it interrupted the thread that checks the plan, which only the caller may do (the"
                + " interrupt is cleared)";
      } else {
        orderCurrentRule();
        continue;
      }
      findings.subList(currentStart, findings.size()).clear();
      add(ruleFailed(rule, reason, failure instanceof OutOfMemoryError), -1);
    }
    current = null;
    return findings;
  }

  @Override
  public MutualActionPlan plan() {
    return plan;
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public Optional<Schedule> schedule() {
    if (!scheduled) {
      try {
        schedule = Optional.of(Scheduler.schedule(plan, asOf));
      } catch (CyclicDependencyException e) {
        cycle = Optional.of(e.cycle());
      } catch (DateOutOfRangeException e) {
        // A plan looked at on the edge of the calendar (a two-day step as of 9999-12-31): its
        // schedule would hold a date no plan can, so, as for a cycle, there is none to check.
      }
      // Only once the outcome is known: a scheduler bug is a failure of every rule that asks.
      scheduled = true;
    }
    return schedule;
  }

  @Override
  public Optional<List<MilestoneId>> dependencyCycle() {
    schedule();
    return cycle;
  }

  @Override
  public WorkCalendar calendar() {
    if (calendar == null) {
      calendar = schedule().isPresent() ? schedule.get().calendar() : WorkCalendar.of(plan);
    }
    return calendar;
  }

  @Override
  public Optional<LocalDate> deadline() {
    if (deadline == null) {
      if (schedule().isPresent()) {
        deadline = schedule.get().deadline();
      } else if (plan.outcome().isPresent()) {
        // The same arithmetic as the scheduler's deadline, for a plan it cannot schedule.
        Outcome outcome = plan.outcome().get();
        WorkCalendar calendar = calendar();
        long boundary = calendar.idx(outcome.date()) - outcome.leadTimeDays();
        LocalDate date = calendar.day(boundary - 1);
        // An outcome in the first days of year 1 with a lead time leaves a deadline no plan can
        // hold (0000-12-28): there is no such date to name, so there is none.
        deadline = date.isBefore(PlanLimits.MIN_DATE) ? Optional.empty() : Optional.of(date);
      } else {
        deadline = Optional.empty();
      }
    }
    return deadline;
  }

  @Override
  public RuleParameters parameters() {
    return rule().parameters();
  }

  @Override
  public Severity severity() {
    return rule().severity();
  }

  @Override
  public void report(String message, String hint) {
    add(finding(rule().severity(), null, null, message, hint), -1);
  }

  @Override
  public void reportAt(String path, String message, String hint) {
    add(finding(rule().severity(), checked(path), null, message, hint), -1);
  }

  @Override
  public void reportMilestone(int milestoneIndex, String message, String hint) {
    // The path is checked first: an index the plan does not have is refused as reportAt refuses
    // a path to it, with an IllegalArgumentException that says so.
    String path = checked("/milestones/" + milestoneIndex);
    MilestoneId id = plan.milestones().get(milestoneIndex).id();
    add(finding(rule().severity(), path, id, message, hint), milestoneIndex);
  }

  @Override
  public void reportMilestone(int milestoneIndex, String field, String message, String hint) {
    String path = checked("/milestones/" + milestoneIndex + "/" + field);
    MilestoneId id = plan.milestones().get(milestoneIndex).id();
    add(finding(rule().severity(), path, id, message, hint), milestoneIndex);
  }

  @Override
  public void report(
      Severity severity,
      Optional<String> path,
      Optional<MilestoneId> milestone,
      String message,
      String hint) {
    int order = -1;
    if (milestone.isPresent()) {
      OptionalInt index = plan.indexOf(milestone.get());
      if (index.isEmpty()) {
        throw new IllegalArgumentException(
            "rule '" + rule().id() + "' reported milestone '" + milestone.get()
                + "', which the plan does not have");
      }
      order = index.getAsInt();
    }
    String checkedPath = path.isPresent() ? checked(path.get()) : null;
    add(finding(severity, checkedPath, milestone.orElse(null), message, hint), order);
  }

  /** A finding's path, once it is known to be a place of the plan's document. */
  private String checked(String path) {
    Objects.requireNonNull(path, "path");
    Optional<String> problem = FindingPaths.problemWith(path, plan);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("rule '" + rule().id() + "' reported a finding at '"
          + oneLine(path) + "', which " + problem.get());
    }
    return path;
  }

  private ResolvedRule rule() {
    if (current == null) {
      throw new IllegalStateException("a rule context is only valid while its rule runs");
    }
    return current;
  }

  private Finding finding(
      Severity severity, String path, MilestoneId milestone, String message, String hint) {
    return Finding.builder()
        .ruleId(rule().id())
        .severity(severity)
        .message(message)
        .path(Optional.ofNullable(path))
        .milestone(Optional.ofNullable(milestone))
        .hint(hint)
        .build();
  }

  private void add(Finding finding, int order) {
    int at = findings.size();
    if (at == milestoneOrder.length) {
      milestoneOrder = Arrays.copyOf(milestoneOrder, at * 2);
    }
    milestoneOrder[at] = order;
    findings.add(finding);
  }

  /**
   * Puts the current rule's findings in milestone order when the rule did not: whole-plan findings
   * first, then by milestone, keeping the rule's own order otherwise. A rule whose milestone
   * findings are already in milestone order keeps its order, whole-plan findings included, so that
   * a rule can report the plan's other parts after its milestones ({@code facts-not-in-future}
   * does, as the rules table asks).
   */
  private void orderCurrentRule() {
    int end = findings.size();
    boolean ordered = true;
    int lastMilestone = -1;
    for (int i = currentStart; i < end && ordered; i++) {
      if (milestoneOrder[i] >= 0) {
        ordered = lastMilestone <= milestoneOrder[i];
        lastMilestone = milestoneOrder[i];
      }
    }
    if (ordered) {
      return;
    }
    Integer[] positions = new Integer[end - currentStart];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = currentStart + i;
    }
    int[] order = milestoneOrder;
    Arrays.sort(positions, Comparator.comparingInt(position -> order[position])); // stable
    List<Finding> sorted = new ArrayList<>(positions.length);
    int[] sortedOrder = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      sorted.add(findings.get(positions[i]));
      sortedOrder[i] = order[positions[i]];
    }
    for (int i = 0; i < positions.length; i++) {
      findings.set(currentStart + i, sorted.get(i));
      milestoneOrder[currentStart + i] = sortedOrder[i];
    }
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() == null || failure.getMessage().isBlank()
        ? failure.getClass().getSimpleName()
        : oneLine(failure.getMessage()) + " (" + failure.getClass().getSimpleName() + ")";
  }

  private static Finding ruleFailed(ResolvedRule rule, String reason, boolean outOfMemory) {
    String author = "the author of '" + rule.id() + "' (" + rule.rule().getClass().getName() + ")";
    String hint = outOfMemory
        ? "The rule ran out of memory on this plan: either it holds too much for a plan this"
            + " size, which is a bug to report to " + author + ", or the heap is too small for"
            + " the plan (give Java more with -Xmx)."
        : "This is a bug in the rule, not a problem with the plan: report it to " + author
            + " with the plan attached.";
    return Finding.builder()
        .ruleId(RuleResolver.RULE_FAILED)
        .severity(Severity.ERROR)
        .message("The rule '" + rule.id() + "' failed on this plan, so its check is missing from"
            + " this report: " + reason + ".")
        .hint(hint + " Every other rule's findings are complete.")
        .build();
  }

  private static String oneLine(String text) {
    String line = text.strip().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    return Texts.shortened(line, MAX_FAILURE_TEXT);
  }

  /**
   * Lets through the errors that say the virtual machine itself is broken ({@link InternalError},
   * {@link UnknownError}). Running out of memory and overflowing the stack are contained: a rule
   * that allocates or recurses without bound causes them, and unwinding its stack frees what it
   * held, so the rules after it run as usual.
   */
  private static void rethrowIfNotContained(Throwable failure) {
    if (failure instanceof VirtualMachineError
        && !(failure instanceof OutOfMemoryError || failure instanceof StackOverflowError)) {
      throw (VirtualMachineError) failure;
    }
  }
}

package io.mutualplan.benchmarks;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.core.schedule.WorkCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 25 built-in rules written by hand, inline, in one method, as a team without MAP's rule
 * engine would: the baseline of {@link RulesBenchmark}. Each check tests the same conditions as the
 * rule of the same id with its default parameters under the engine's default profile, {@code
 * full}. It writes a short message per finding, without the engine's hints, JSON pointers,
 * severities or ordering by milestone.
 */
final class HandWrittenChecks {
  private static final List<String> VAGUE_TERMS = List.of("tbd", "progressing", "in progress",
      "ongoing", "evaluate solution", "discuss", "touch base", "check in", "follow up",
      "next steps", "as needed");

  /** A finding: the rule's id and what it says. */
  record Finding(String ruleId, String message) {}

  private HandWrittenChecks() {}

  /**
   * Checks a plan.
   *
   * @param plan the plan
   * @param asOf "today"
   * @return the findings in rule order
   */
  static List<Finding> check(MutualActionPlan plan, LocalDate asOf) {
    List<Finding> findings = new ArrayList<>();
    List<Milestone> milestones = plan.milestones();
    List<Stakeholder> stakeholders = plan.stakeholders();
    String buyer = "\"" + plan.buyer().name() + "\"";
    String seller = "\"" + plan.seller().name() + "\"";

    Schedule schedule = null;
    List<?> cycle = null;
    try {
      schedule = Scheduler.schedule(plan, asOf);
    } catch (CyclicDependencyException e) {
      cycle = e.cycle();
    } catch (DateOutOfRangeException e) {
      // No schedule, as for the engine: the schedule's checks say nothing.
    }

    // dependencies-acyclic
    if (cycle != null) {
      findings.add(new Finding("dependencies-acyclic",
          "The dependencies go round in a circle: " + cycle + "."));
    }

    // milestone-count
    int count = milestones.size();
    int min = 5;
    int max = 7;
    if (count < min) {
      findings.add(new Finding("milestone-count", "The plan has only " + count
          + " milestones; a mutual action plan has " + min + " to " + max + "."));
    } else if (count > max) {
      findings.add(new Finding("milestone-count",
          "The plan has " + count + " milestones, more than " + max + "."));
    }

    // co-authored
    boolean buyerEdited = false;
    for (Revision revision : plan.revisions()) {
      Optional<Stakeholder> author = plan.stakeholder(revision.author());
      if (author.isPresent() && author.get().side() == Side.BUYER) {
        buyerEdited = true;
        break;
      }
    }
    if (!buyerEdited) {
      findings.add(new Finding("co-authored",
          "Nobody at " + buyer + " has edited the plan; if the buyer didn't edit it, it isn't"
              + " mutual."));
    }

    // both-sides-own-steps
    boolean buyerOwns = false;
    boolean sellerOwns = false;
    int sellerAlone = 0;
    for (Milestone milestone : milestones) {
      buyerOwns |= milestone.buyerOwner().isPresent();
      sellerOwns |= milestone.sellerOwner().isPresent();
      if (milestone.sellerOwner().isPresent() && milestone.buyerOwner().isEmpty()) {
        sellerAlone++;
      }
    }
    if (!buyerOwns || !sellerOwns) {
      findings.add(new Finding("both-sides-own-steps",
          "Nobody at " + (buyerOwns ? seller : buyer) + " owns a step."));
    }

    // seller-share
    if (sellerAlone > 0 && BigDecimal.valueOf(sellerAlone)
        .compareTo(new BigDecimal("0.8").multiply(BigDecimal.valueOf(count))) > 0) {
      findings.add(new Finding("seller-share", seller + " alone owns " + sellerAlone + " of the "
          + count + " milestones, more than 80%."));
    }

    // economic-buyer-sign-off
    {
      Stakeholder economicBuyer = null;
      for (Stakeholder person : stakeholders) {
        if (person.side() == Side.BUYER && person.hasRole(Role.ECONOMIC_BUYER)) {
          economicBuyer = person;
          break;
        }
      }
      if (economicBuyer == null) {
        findings.add(new Finding("economic-buyer-sign-off",
            "Nobody at " + buyer + " is named as the economic buyer."));
      } else {
        SignOff latest = null;
        for (SignOff signOff : plan.signOffs()) {
          Optional<Stakeholder> by = plan.stakeholder(signOff.by());
          if (by.isPresent() && by.get().side() == Side.BUYER
              && by.get().hasRole(Role.ECONOMIC_BUYER)
              && (latest == null || signOff.revision() > latest.revision())) {
            latest = signOff;
          }
        }
        if (latest == null) {
          findings.add(new Finding("economic-buyer-sign-off",
              "\"" + economicBuyer.name() + "\" (economic buyer) has not signed off the plan."));
        } else if (plan.latestRevision().isPresent()
            && latest.revision() < plan.latestRevision().get().number()) {
          findings.add(new Finding("economic-buyer-sign-off", "The economic buyer signed off"
              + " revision " + latest.revision() + ", but the latest revision is "
              + plan.latestRevision().get().number() + "."));
        }
      }
    }

    // champion-named
    boolean champion = false;
    for (Stakeholder person : stakeholders) {
      if (person.side() == Side.BUYER && person.hasRole(Role.CHAMPION)) {
        champion = true;
        break;
      }
    }
    if (!champion) {
      findings.add(new Finding("champion-named",
          "Nobody at " + buyer + " is named as the champion."));
    }

    // multi-threaded
    {
      List<StakeholderId> owners = new ArrayList<>(2);
      for (Milestone milestone : milestones) {
        if (owners.size() >= 2) {
          break;
        }
        if (milestone.buyerOwner().isPresent() && !owners.contains(milestone.buyerOwner().get())) {
          owners.add(milestone.buyerOwner().get());
        }
      }
      if (owners.size() < 2) {
        findings.add(new Finding("multi-threaded", "Only " + owners + " own steps at " + buyer
            + "; the plan should run through at least 2 people there."));
      }
    }

    // owner-assigned
    for (Milestone milestone : milestones) {
      if (milestone.buyerOwner().isEmpty() && milestone.sellerOwner().isEmpty()) {
        findings.add(new Finding("owner-assigned", name(milestone) + " has no owner."));
      }
    }

    // due-date-set
    for (Milestone milestone : milestones) {
      if (!milestone.isComplete() && milestone.due().isEmpty()) {
        findings.add(new Finding("due-date-set", name(milestone) + " has no due date."));
      }
    }

    // exit-criteria
    {
      for (Milestone milestone : milestones) {
        String vagueTitle = vagueTerm(milestone.title());
        Optional<String> criteria = milestone.exitCriteria();
        if (criteria.isEmpty() || criteria.get().isBlank()) {
          findings.add(new Finding("exit-criteria", name(milestone) + " has no exit criteria."));
          continue;
        }
        String vagueCriteria = vagueTerm(criteria.get());
        if (vagueCriteria != null) {
          findings.add(new Finding("exit-criteria", "The exit criteria of " + name(milestone)
              + " are vague: \"" + vagueCriteria + "\"."));
        } else if (vagueTitle != null) {
          findings.add(new Finding("exit-criteria", "The title of " + name(milestone)
              + " is vague: \"" + vagueTitle + "\"."));
        }
      }
    }

    // outcome-anchored
    WorkCalendar calendar = schedule != null ? schedule.calendar() : WorkCalendar.of(plan);
    LocalDate deadline = null;
    if (plan.outcome().isEmpty()) {
      findings.add(new Finding("outcome-anchored", "The plan has no outcome date."));
    } else {
      Outcome outcome = plan.outcome().get();
      deadline = schedule != null ? schedule.deadline().orElseThrow()
          : calendar.day(calendar.idx(outcome.date()) - outcome.leadTimeDays() - 1);
      for (Milestone milestone : milestones) {
        if (!milestone.isComplete() && milestone.due().isPresent()
            && milestone.due().get().isAfter(deadline)) {
          findings.add(new Finding("outcome-anchored", name(milestone) + " is due "
              + milestone.due().get() + ", after " + deadline + "."));
        }
      }
    }

    // outcome-set-by-buyer
    if (plan.outcome().isPresent()) {
      Optional<Stakeholder> setBy = plan.outcome().get().setBy().flatMap(plan::stakeholder);
      if (setBy.isEmpty()) {
        findings.add(new Finding("outcome-set-by-buyer",
            "Nobody is recorded as having set the outcome date."));
      } else if (setBy.get().side() == Side.SELLER) {
        findings.add(new Finding("outcome-set-by-buyer",
            "The outcome date was set by \"" + setBy.get().name() + "\" at " + seller + "."));
      }
    }

    // schedule-feasible
    if (schedule != null && !schedule.feasible()) {
      findings.add(new Finding("schedule-feasible", "From " + asOf + ", the plan is "
          + -schedule.slackDays() + " days short along the critical path "
          + schedule.criticalPath() + "."));
    }

    // due-date-realistic
    if (schedule != null) {
      for (int i = 0; i < count; i++) {
        Milestone milestone = milestones.get(i);
        if (milestone.isComplete() || milestone.due().isEmpty()
            || milestone.due().get().isBefore(asOf)) {
          continue;
        }
        LocalDate due = milestone.due().get();
        MilestoneSchedule line = schedule.milestone(i);
        if (due.isBefore(line.earlyFinish())) {
          findings.add(new Finding("due-date-realistic", name(milestone) + " is due " + due
              + " but cannot finish before " + line.earlyFinish() + "."));
        } else if (plan.outcome().isPresent() && due.isAfter(line.lateFinish())) {
          findings.add(new Finding("due-date-realistic", name(milestone) + " is due " + due
              + ", but it must finish by " + line.lateFinish() + "."));
        }
      }
    }

    // dates-respect-dependencies
    {
      for (Milestone successor : milestones) {
        if (successor.isComplete() || successor.due().isEmpty()
            || successor.dependsOn().isEmpty()) {
          continue;
        }
        long finish = calendar.idx(successor.due().get().plusDays(1));
        int duration = successor.scheduledDurationDays();
        for (Dependency dependency : successor.dependsOn()) {
          Optional<Milestone> found = plan.milestone(dependency.milestone());
          if (found.isEmpty()) {
            continue;
          }
          Milestone predecessor = found.get();
          Optional<LocalDate> date =
              predecessor.isComplete() ? predecessor.completed() : predecessor.due();
          if (date.isEmpty()) {
            continue;
          }
          long predecessorFinish = calendar.idx(date.get().plusDays(1));
          long predecessorStart = predecessorFinish - predecessor.scheduledDurationDays();
          long lag = dependency.lagDays();
          long earliest;
          switch (dependency.type()) {
            case FINISH_TO_START:
              earliest = predecessorFinish + lag + duration;
              break;
            case START_TO_START:
              earliest = predecessorStart + lag + duration;
              break;
            case FINISH_TO_FINISH:
              earliest = predecessorFinish + lag;
              break;
            default:
              earliest = predecessorStart + lag;
              break;
          }
          if (finish < earliest) {
            findings.add(new Finding("dates-respect-dependencies", name(successor) + " is due "
                + successor.due().get() + ", but it cannot be done before "
                + calendar.day(earliest - 1) + " after " + name(predecessor) + "."));
          }
        }
      }
    }

    // overdue
    for (Milestone milestone : milestones) {
      if (!milestone.isComplete() && milestone.due().isPresent()
          && milestone.due().get().isBefore(asOf)) {
        findings.add(new Finding("overdue", name(milestone) + " was due " + milestone.due().get()
            + ": " + ChronoUnit.DAYS.between(milestone.due().get(), asOf) + " days overdue."));
      }
    }

    // due-date-slipped
    for (Milestone milestone : milestones) {
      if (!milestone.isComplete() && milestone.due().isPresent()
          && milestone.baselineDue().isPresent()) {
        long slip = calendar.idx(milestone.due().get())
            - calendar.idx(milestone.baselineDue().get());
        if (slip > 10) {
          findings.add(new Finding("due-date-slipped", name(milestone) + " is due "
              + milestone.due().get() + ", " + slip + " working days after "
              + milestone.baselineDue().get() + "."));
        }
      }
    }

    // facts-not-in-future
    for (Milestone milestone : milestones) {
      if (milestone.started().isPresent() && milestone.started().get().isAfter(asOf)) {
        findings.add(new Finding("facts-not-in-future",
            name(milestone) + " started on " + milestone.started().get() + ", after " + asOf));
      }
      if (milestone.completed().isPresent() && milestone.completed().get().isAfter(asOf)) {
        findings.add(new Finding("facts-not-in-future",
            name(milestone) + " completed on " + milestone.completed().get() + ", after " + asOf));
      }
    }
    for (Revision revision : plan.revisions()) {
      LocalDate day = LocalDate.ofInstant(revision.at(), ZoneOffset.UTC);
      if (day.isAfter(asOf)) {
        findings.add(new Finding("facts-not-in-future",
            "Revision " + revision.number() + " is dated " + day + ", after " + asOf));
      }
    }
    for (SignOff signOff : plan.signOffs()) {
      if (signOff.on().isAfter(asOf)) {
        findings.add(new Finding("facts-not-in-future",
            "A sign-off is dated " + signOff.on() + ", after " + asOf));
      }
    }
    if (plan.createdOn().isPresent() && plan.createdOn().get().isAfter(asOf)) {
      findings.add(new Finding("facts-not-in-future",
          "The plan was drafted on " + plan.createdOn().get() + ", after " + asOf));
    }

    // blocked-has-note
    for (Milestone milestone : milestones) {
      if (milestone.status() == MilestoneStatus.BLOCKED
          && (milestone.notes().isEmpty() || milestone.notes().get().isBlank())) {
        findings.add(new Finding("blocked-has-note",
            name(milestone) + " is blocked, but nothing says why."));
      }
    }

    // buyer-engagement
    List<Revision> revisions = plan.revisions();
    for (int i = revisions.size() - 1; i >= 0; i--) {
      Revision revision = revisions.get(i);
      Optional<Stakeholder> author = plan.stakeholder(revision.author());
      if (author.isEmpty() || author.get().side() != Side.BUYER) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(revision.at(), ZoneOffset.UTC);
      long quiet = ChronoUnit.DAYS.between(day, asOf);
      if (quiet > 14) {
        findings.add(new Finding("buyer-engagement", "Nobody at " + buyer
            + " has edited the plan for " + quiet + " days."));
      }
      break;
    }

    // post-sale-steps, seller-internal-steps, paper-process
    {
      boolean paper = false;
      for (Milestone milestone : milestones) {
        if (milestone.kind().isPresent()
            && milestone.kind().get() == MilestoneKind.IMPLEMENTATION) {
          findings.add(new Finding("post-sale-steps",
              name(milestone) + " is implementation work."));
        }
      }
      for (Milestone milestone : milestones) {
        if (milestone.kind().isPresent() && milestone.kind().get() == MilestoneKind.INTERNAL) {
          findings.add(new Finding("seller-internal-steps",
              name(milestone) + " is internal to " + seller + "."));
        }
      }
      for (Milestone milestone : milestones) {
        if (milestone.kind().isPresent() && (milestone.kind().get() == MilestoneKind.LEGAL
            || milestone.kind().get() == MilestoneKind.PROCUREMENT)) {
          paper = true;
          break;
        }
      }
      if (!paper) {
        findings.add(new Finding("paper-process", "The plan has no legal or procurement step."));
      }

      // durations-estimated
      int unestimated = 0;
      for (Milestone milestone : milestones) {
        if (!milestone.isComplete() && milestone.durationDays().isEmpty()
            && milestone.estimate().isEmpty()) {
          unestimated++;
        }
      }
      if (unestimated > 0) {
        findings.add(new Finding("durations-estimated",
            unestimated + " incomplete milestones have no duration or estimate."));
      }
    }
    return findings;
  }

  private static String name(Milestone milestone) {
    return "\"" + milestone.title() + "\" (" + milestone.id().value() + ")";
  }

  /** The first vague term found as a whole word, case-insensitively, or null. */
  private static String vagueTerm(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String term : VAGUE_TERMS) {
      int from = 0;
      int at;
      while ((at = lower.indexOf(term, from)) >= 0) {
        int end = at + term.length();
        if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
            && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
          return term;
        }
        from = at + 1;
      }
    }
    return null;
  }
}

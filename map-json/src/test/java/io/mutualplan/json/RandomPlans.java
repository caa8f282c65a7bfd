package io.mutualplan.json;

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
import io.mutualplan.core.Revision;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.SignOff;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded valid plans for this module's tests, using every field of the format: optional fields
 * present or not, every dependency form, text with quotes, escapes, control characters and
 * characters outside the BMP, attribute keys with {@code /} and {@code ~}, exact amounts. The same
 * seed gives the same plan. (map-testkit has the full generators; it depends on this module.)
 */
final class RandomPlans {
  private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);
  private static final String[] CURRENCIES = {"USD", "EUR", "JPY", "GBP", "CHF"};
  private static final String[] WORDS = {"Security", "review", "MSA", "redlines", "agreed",
      "\"quoted\"", "back\\slash", "tab\there", "new\nline", "caf\u00e9", "\u00fcber",
      "\uD83D\uDE80", "\u65e5\u672c", "</script>", "a/b", "~tilde", "\u0001ctl", "  spaced  "};

  private final Random random;

  private RandomPlans(long seed) {
    this.random = new Random(seed);
  }

  /** A valid plan with up to {@code maxMilestones} milestones. */
  static MutualActionPlan plan(long seed, int maxMilestones) {
    return new RandomPlans(seed).plan(maxMilestones);
  }

  private MutualActionPlan plan(int maxMilestones) {
    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(PlanId.of(id("plan")))
        .title(text())
        .buyer(Organization.of(text()))
        .seller(Organization.of(text()));
    if (random.nextBoolean()) {
      plan.goal(text());
    }
    List<Stakeholder> stakeholders = stakeholders();
    plan.stakeholders(stakeholders);
    List<StakeholderId> buyers = new ArrayList<>();
    List<StakeholderId> sellers = new ArrayList<>();
    for (Stakeholder s : stakeholders) {
      (s.side() == Side.BUYER ? buyers : sellers).add(s.id());
    }
    if (random.nextInt(4) > 0) {
      Outcome.Builder outcome = Outcome.builder().date(date());
      if (random.nextBoolean()) {
        outcome.label(text());
      }
      if (random.nextBoolean()) {
        outcome.leadTimeDays(random.nextInt(60));
      }
      if (!stakeholders.isEmpty() && random.nextBoolean()) {
        outcome.setBy(pick(stakeholders).id());
      }
      plan.outcome(outcome.build());
    }
    if (random.nextInt(3) == 0) {
      plan.calendar(calendar());
    }
    if (random.nextBoolean()) {
      BigDecimal amount = new BigDecimal(new BigInteger(random.nextInt(60) + 1, random),
          random.nextInt(5));
      plan.dealValue(Money.of(amount, CURRENCIES[random.nextInt(CURRENCIES.length)]));
    }
    if (random.nextBoolean()) {
      plan.createdOn(date());
    }
    int count = maxMilestones == 0 ? 0 : random.nextInt(maxMilestones + 1);
    List<MilestoneId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Milestone milestone = milestone(i, ids, buyers, sellers);
      ids.add(milestone.id());
      plan.addMilestone(milestone);
    }
    if (!stakeholders.isEmpty() && random.nextBoolean()) {
      List<Integer> numbers = new ArrayList<>();
      Instant at = Instant.parse("2026-01-01T00:00:00Z");
      int number = 0;
      for (int r = random.nextInt(5); r >= 0; r--) {
        number += 1 + random.nextInt(3);
        at = at.plusSeconds(random.nextInt(100_000));
        if (random.nextInt(4) == 0) {
          at = at.plusNanos(random.nextInt(1_000_000_000));
        }
        Revision.Builder revision = Revision.builder().number(number)
            .author(pick(stakeholders).id()).at(at);
        if (random.nextBoolean()) {
          revision.summary(text());
        }
        plan.addRevision(revision.build());
        numbers.add(number);
      }
      for (int s = random.nextInt(3); s > 0; s--) {
        plan.addSignOff(SignOff.builder().by(pick(stakeholders).id())
            .revision(pick(numbers)).on(date()).build());
      }
    }
    if (random.nextInt(4) == 0) {
      attributes(plan::putAttribute);
    }
    return plan.build();
  }

  private List<Stakeholder> stakeholders() {
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      Stakeholder.Builder s = Stakeholder.builder()
          .id(StakeholderId.of("s" + stakeholders.size() + "." + random.nextInt(100)))
          .name(text())
          .side(random.nextBoolean() ? Side.BUYER : Side.SELLER);
      List<Role> roles = new ArrayList<>(List.of(Role.values()));
      Collections.shuffle(roles, random);
      s.roles(roles.subList(0, random.nextInt(3)));
      if (random.nextBoolean()) {
        s.title(text());
      }
      if (random.nextBoolean()) {
        s.email("p" + random.nextInt(1000) + "@example.com");
      }
      stakeholders.add(s.build());
    }
    return stakeholders;
  }

  private CalendarSettings calendar() {
    CalendarSettings.Builder calendar = CalendarSettings.builder();
    if (random.nextBoolean()) {
      List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.values()));
      if (random.nextBoolean()) {
        Collections.shuffle(days, random);
      }
      calendar.workingDays(days.subList(0, 1 + random.nextInt(7)));
    }
    Set<LocalDate> holidays = new HashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      LocalDate holiday = date();
      if (holidays.add(holiday)) {
        calendar.addHoliday(holiday);
      }
    }
    return calendar.build();
  }

  private Milestone milestone(int index, List<MilestoneId> earlier, List<StakeholderId> buyers,
      List<StakeholderId> sellers) {
    Milestone.Builder m = Milestone.builder()
        .id(MilestoneId.of("m" + index + (random.nextBoolean() ? "" : "_x-" + random.nextInt(9))))
        .title(text());
    if (random.nextBoolean()) {
      m.description(text());
    }
    if (random.nextBoolean()) {
      m.kind(MilestoneKind.values()[random.nextInt(MilestoneKind.values().length)]);
    }
    if (!buyers.isEmpty() && random.nextBoolean()) {
      m.buyerOwner(pick(buyers));
    }
    if (!sellers.isEmpty() && random.nextBoolean()) {
      m.sellerOwner(pick(sellers));
    }
    if (random.nextBoolean()) {
      m.due(date());
    }
    if (random.nextInt(4) == 0) {
      m.baselineDue(date());
    }
    if (random.nextBoolean()) {
      m.durationDays(random.nextInt(40));
    }
    if (random.nextInt(3) == 0) {
      int optimistic = random.nextInt(10);
      int likely = optimistic + random.nextInt(10);
      m.estimate(Estimate.of(optimistic, likely, likely + random.nextInt(20)));
    }
    if (random.nextBoolean()) {
      m.exitCriteria(text());
    }
    MilestoneStatus status = MilestoneStatus.values()[random.nextInt(MilestoneStatus.values().length)];
    m.status(status);
    LocalDate started = random.nextBoolean() ? date() : null;
    if (started != null) {
      m.started(started);
    }
    if (status == MilestoneStatus.COMPLETE) {
      m.completed((started != null ? started : date()).plusDays(random.nextInt(30)));
    }
    if (index > 0) {
      Set<Integer> predecessors = new HashSet<>();
      for (int d = random.nextInt(4); d > 0; d--) {
        predecessors.add(random.nextInt(index));
      }
      for (int predecessor : predecessors) {
        m.addDependsOn(dependency(earlier.get(predecessor)));
      }
    }
    if (random.nextInt(5) == 0) {
      m.atRisk(true);
    }
    if (random.nextInt(3) == 0) {
      m.notes(text());
    }
    if (random.nextInt(5) == 0) {
      attributes(m::putAttribute);
    }
    return m.build();
  }

  private Dependency dependency(MilestoneId predecessor) {
    if (random.nextBoolean()) {
      return Dependency.on(predecessor);
    }
    return Dependency.builder()
        .milestone(predecessor)
        .type(DependencyType.values()[random.nextInt(DependencyType.values().length)])
        .lagDays(random.nextInt(21) - 10)
        .build();
  }

  interface Put {
    Object put(String key, String value);
  }

  private void attributes(Put put) {
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String key = random.nextBoolean() ? "crm." + random.nextInt(100) : text();
      put.put(key, text());
    }
  }

  private LocalDate date() {
    return EPOCH.plusDays(random.nextInt(1500));
  }

  private String id(String prefix) {
    return prefix + "-" + random.nextInt(100_000);
  }

  private String text() {
    int words = 1 + random.nextInt(4);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)]
          : "w" + random.nextInt(1000));
    }
    return text.toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}

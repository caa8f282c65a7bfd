package io.mutualplan.testkit;

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
import io.mutualplan.testkit.internal.Draw;
import io.mutualplan.testkit.internal.Vocabulary;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The configurable generator of valid plans: size bounds, graph shape and density, calendar style,
 * dependency types and lags, and how often optional fields are filled in. Each setting returns a
 * new generator; a generator never changes, so one can be shared by many tests and threads.
 *
 * <p>Every plan it makes passes the plan model's build-time validation, with stakeholders on both
 * sides (when there are at least two), owners on the right side, statuses with consistent
 * completion dates, every dependency type, negative lags (leads), calendars with weekends and
 * holidays, edit history and sign-offs. Dependencies are acyclic (see {@link GraphShape}); to get
 * a cycle, use a defect generator.
 *
 * <pre>{@code
 * ValidPlanGenerator generator = PlanGenerators.validPlans()
 *     .milestones(5, 7)
 *     .shape(GraphShape.RANDOM_DAG)
 *     .edgeDensity(0.4)
 *     .calendar(CalendarStyle.WEEKDAYS_WITH_HOLIDAYS)
 *     .lagDays(-3, 5);
 * MutualActionPlan plan = generator.plan(new SplittableRandom(7));
 * }</pre>
 *
 * <p>Cost is linear in milestones plus dependencies, so the same class makes plans of a million
 * milestones (see {@link PlanGenerators#largePlans(int, long)}).
 */
public final class ValidPlanGenerator implements PlanGenerator {

  /** The default anchor: a Monday early in 2027. */
  static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2027, 1, 4);

  /** Monday to Friday, the working days of the generators' weekday calendars. */
  static final List<DayOfWeek> WEEKDAYS =
      List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF");

  private static final MilestoneKind[] KINDS = MilestoneKind.values();

  private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59Z");
  private static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  /** The settings, copied on every change and never changed after that. */
  private static final class Settings implements Cloneable {
    int minMilestones = 0;
    int maxMilestones = 12;
    int minStakeholders = 2;
    int maxStakeholders = 8;
    int minRevisions = 0;
    int maxRevisions = 5;
    List<GraphShape> shapes = List.of(GraphShape.values());
    double edgeDensity = 0.25;
    List<CalendarStyle> calendars = List.of(CalendarStyle.values());
    int maxHolidays = 12;
    List<DependencyType> dependencyTypes = List.of(DependencyType.values());
    int minLag = -5;
    int maxLag = 10;
    int minDuration = 0;
    int maxDuration = 30;
    List<MilestoneStatus> statuses = List.of(MilestoneStatus.values());
    boolean shuffled = true;
    LocalDate anchor = DEFAULT_ANCHOR;
    double optionalFields = 0.6;
    /** How often a milestone has an estimate; negative means 0.4 times {@link #optionalFields}. */
    double estimates = -1;
    double trickyText = 0.03;

    @Override
    protected Settings clone() {
      try {
        return (Settings) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Settings settings;

  private ValidPlanGenerator(Settings settings) {
    this.settings = settings;
  }

  /**
   * The generator with default settings; {@link PlanGenerators#validPlans()} is the usual way in.
   *
   * @return the default generator
   */
  static ValidPlanGenerator defaults() {
    return new ValidPlanGenerator(new Settings());
  }

  private ValidPlanGenerator with(Consumer<Settings> change) {
    Settings copy = settings.clone();
    change.accept(copy);
    return new ValidPlanGenerator(copy);
  }

  // ---- settings ---------------------------------------------------------------------------

  /**
   * How many milestones: drawn uniformly from {@code [min, max]}. Default 0 to 12.
   *
   * @param min the fewest, {@code >= 0}
   * @param max the most, {@code >= min} and at most {@link PlanLimits#MAX_MILESTONES}
   * @return the changed generator
   */
  public ValidPlanGenerator milestones(int min, int max) {
    checkRange("milestones", min, max, 0, PlanLimits.MAX_MILESTONES);
    return with(s -> {
      s.minMilestones = min;
      s.maxMilestones = max;
    });
  }

  /**
   * How many stakeholders: drawn uniformly from {@code [min, max]}. With two or more, both sides
   * always have someone. Default 2 to 8.
   *
   * @param min the fewest, {@code >= 0}
   * @param max the most, {@code >= min}
   * @return the changed generator
   */
  public ValidPlanGenerator stakeholders(int min, int max) {
    checkRange("stakeholders", min, max, 0, PlanLimits.MAX_STAKEHOLDERS);
    return with(s -> {
      s.minStakeholders = min;
      s.maxStakeholders = max;
    });
  }

  /**
   * How many revisions in the edit history (none when there are no stakeholders to author them).
   * Default 0 to 5.
   *
   * @param min the fewest, {@code >= 0}
   * @param max the most, {@code >= min}
   * @return the changed generator
   */
  public ValidPlanGenerator revisions(int min, int max) {
    checkRange("revisions", min, max, 0, 100_000);
    return with(s -> {
      s.minRevisions = min;
      s.maxRevisions = max;
    });
  }

  /**
   * Every plan's dependency graph has this shape.
   *
   * @param shape the shape
   * @return the changed generator
   */
  public ValidPlanGenerator shape(GraphShape shape) {
    return shapes(shape);
  }

  /**
   * Each plan's dependency graph has one of these shapes, chosen uniformly. Default: all of them.
   *
   * @param shapes one or more shapes
   * @return the changed generator
   */
  public ValidPlanGenerator shapes(GraphShape... shapes) {
    List<GraphShape> list = nonEmpty("shapes", shapes);
    return with(s -> s.shapes = list);
  }

  /**
   * The edge density of {@link GraphShape#RANDOM_DAG} and {@link GraphShape#LAYERED}: the
   * probability that a milestone depends on a given candidate predecessor. Default 0.25. For a
   * random DAG of {@code n} milestones the expected number of dependencies is {@code density * n
   * * (n - 1) / 2}.
   *
   * @param density in {@code [0, 1]}
   * @return the changed generator
   */
  public ValidPlanGenerator edgeDensity(double density) {
    if (!(density >= 0 && density <= 1)) {
      throw new IllegalArgumentException("edge density must be in [0, 1], was " + density);
    }
    return with(s -> s.edgeDensity = density);
  }

  /**
   * Every plan has this style of calendar.
   *
   * @param style the style
   * @return the changed generator
   */
  public ValidPlanGenerator calendar(CalendarStyle style) {
    return calendars(style);
  }

  /**
   * Each plan has one of these styles of calendar, chosen uniformly. Default: all of them.
   *
   * @param styles one or more styles
   * @return the changed generator
   */
  public ValidPlanGenerator calendars(CalendarStyle... styles) {
    List<CalendarStyle> list = nonEmpty("calendar styles", styles);
    return with(s -> s.calendars = list);
  }

  /**
   * The most holidays a calendar gets. Default 12.
   *
   * @param max {@code >= 0}
   * @return the changed generator
   */
  public ValidPlanGenerator holidays(int max) {
    checkRange("holidays", 0, max, 0, 100_000);
    return with(s -> s.maxHolidays = max);
  }

  /**
   * Dependencies have one of these types, chosen uniformly. Default: all four.
   *
   * @param types one or more types
   * @return the changed generator
   */
  public ValidPlanGenerator dependencyTypes(DependencyType... types) {
    List<DependencyType> list = nonEmpty("dependency types", types);
    return with(s -> s.dependencyTypes = list);
  }

  /**
   * The range of dependency lags; negative lags are leads. When the range contains 0, about half
   * of the lags are 0. Default -5 to 10.
   *
   * @param min the least lag, {@code >= -}{@link PlanLimits#MAX_DAYS}
   * @param max the greatest lag, {@code >= min} and {@code <=} {@link PlanLimits#MAX_DAYS}
   * @return the changed generator
   */
  public ValidPlanGenerator lagDays(int min, int max) {
    checkRange("lagDays", min, max, -PlanLimits.MAX_DAYS, PlanLimits.MAX_DAYS);
    return with(s -> {
      s.minLag = min;
      s.maxLag = max;
    });
  }

  /**
   * The range of durations and estimates, in working days. Default 0 to 30.
   *
   * @param min the least, {@code >= 0}
   * @param max the greatest, {@code >= min} and {@code <=} {@link PlanLimits#MAX_DAYS}
   * @return the changed generator
   */
  public ValidPlanGenerator durationDays(int min, int max) {
    checkRange("durationDays", min, max, 0, PlanLimits.MAX_DAYS);
    return with(s -> {
      s.minDuration = min;
      s.maxDuration = max;
    });
  }

  /**
   * Milestones have one of these statuses, chosen uniformly. Default: all five. A complete
   * milestone always has a completion date, on or before the anchor and not before its start.
   *
   * @param statuses one or more statuses
   * @return the changed generator
   */
  public ValidPlanGenerator statuses(MilestoneStatus... statuses) {
    List<MilestoneStatus> list = nonEmpty("statuses", statuses);
    return with(s -> s.statuses = list);
  }

  /**
   * Whether the document order of milestones is shuffled (default), so that a dependency may
   * point to a milestone further down the document, or kept in topological order.
   *
   * @param shuffled true to shuffle
   * @return the changed generator
   */
  public ValidPlanGenerator shuffled(boolean shuffled) {
    return with(s -> s.shuffled = shuffled);
  }

  /**
   * The "today" the plan's dates are drawn around: completion dates fall on or before it, due
   * dates from a few weeks before to a few months after it, outcomes after it. Pass the as-of date
   * your property schedules at. Default 2027-01-04. Dates are kept inside the format's range.
   *
   * @param anchor the date
   * @return the changed generator
   */
  public ValidPlanGenerator anchor(LocalDate anchor) {
    if (anchor.isBefore(PlanLimits.MIN_DATE) || anchor.isAfter(PlanLimits.MAX_DATE)) {
      throw new IllegalArgumentException("the anchor " + anchor + " is outside the format's dates");
    }
    return with(s -> s.anchor = anchor);
  }

  /**
   * How often each optional field (goal, outcome, owners, due dates, exit criteria, notes, ...) is
   * filled in: 0 gives plans with required fields only, 1 gives plans with everything. Default
   * 0.6.
   *
   * @param probability in {@code [0, 1]}
   * @return the changed generator
   */
  public ValidPlanGenerator optionalFields(double probability) {
    checkProbability("optionalFields", probability);
    return with(s -> s.optionalFields = probability);
  }

  /**
   * How often a milestone has a three-point estimate (optimistic, likely, pessimistic, drawn from
   * the range of {@link #durationDays(int, int)} and sorted), whether or not it also has {@code
   * durationDays}: 1 gives every milestone one, for properties of forecasts. Default 0.4 times
   * {@link #optionalFields(double)}.
   *
   * <pre>{@code
   * PlanGenerator estimated = PlanGenerators.validPlans().estimates(1.0).durationDays(1, 20);
   * }</pre>
   *
   * @param probability in {@code [0, 1]}
   * @return the changed generator
   */
  public ValidPlanGenerator estimates(double probability) {
    checkProbability("estimates", probability);
    return with(s -> s.estimates = probability);
  }

  /**
   * How often a text value carries characters that break careless code (quotes, backslashes, line
   * breaks, NUL, non-Latin scripts, emoji, JSON Pointer's {@code ~} and {@code /}) or is as long as
   * the format allows. Default 0.03.
   *
   * @param probability in {@code [0, 1]}
   * @return the changed generator
   */
  public ValidPlanGenerator trickyText(double probability) {
    checkProbability("trickyText", probability);
    return with(s -> s.trickyText = probability);
  }

  // ---- generation -------------------------------------------------------------------------

  @Override
  public MutualActionPlan plan(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return new Run(settings, new Draw(random)).plan();
  }

  /** One plan's worth of drawing: the settings, the randomness, and what is drawn so far. */
  private static final class Run {
    private final Settings settings;
    private final Draw draw;
    private final double optional;
    private final List<Stakeholder> buyers = new ArrayList<>();
    private final List<Stakeholder> sellers = new ArrayList<>();
    private final List<Stakeholder> stakeholders = new ArrayList<>();

    Run(Settings settings, Draw draw) {
      this.settings = settings;
      this.draw = draw;
      this.optional = settings.optionalFields;
    }

    MutualActionPlan plan() {
      String buyer = draw.pick(Vocabulary.BUYERS);
      String seller = draw.pick(Vocabulary.SELLERS);
      MutualActionPlan.Builder plan = MutualActionPlan.builder()
          .id(PlanId.of("plan-" + draw.between(1, 99_999)))
          .title(text(buyer + " x " + seller))
          .buyer(Organization.of(buyer))
          .seller(Organization.of(seller));
      if (draw.chance(optional)) {
        plan.goal(text(Vocabulary.goal(draw)));
      }
      drawStakeholders();
      plan.stakeholders(stakeholders);
      if (draw.chance(optional)) {
        plan.outcome(outcome());
      }
      calendar().ifPresent(plan::calendar);
      if (draw.chance(optional)) {
        BigDecimal amount = BigDecimal.valueOf(draw.between(0, 50_000_000), draw.between(0, 2));
        plan.dealValue(Money.of(amount, draw.pick(CURRENCIES)));
      }
      if (draw.chance(optional)) {
        plan.createdOn(day(-draw.between(0, 90)));
      }
      plan.milestones(milestones());
      List<Revision> revisions = revisions();
      plan.revisions(revisions);
      plan.signOffs(signOffs(revisions));
      plan.attributes(attributes(0.3 * optional));
      return plan.build();
    }

    // ---- stakeholders ----

    private void drawStakeholders() {
      int count = draw.between(settings.minStakeholders, settings.maxStakeholders);
      for (int i = 0; i < count; i++) {
        Side side;
        if (count >= 2 && i < 2) {
          side = i == 0 ? Side.BUYER : Side.SELLER; // both sides, always
        } else {
          side = draw.chance(0.6) ? Side.BUYER : Side.SELLER;
        }
        String name = Vocabulary.personName(draw);
        String first = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
        Stakeholder.Builder stakeholder = Stakeholder.builder()
            .id(StakeholderId.of(first + "-" + (i + 1)))
            .name(text(name))
            .side(side);
        if (draw.chance(optional)) {
          List<Role> pool = side == Side.BUYER ? Vocabulary.BUYER_ROLES : Vocabulary.SELLER_ROLES;
          Set<Role> roles = EnumSet.noneOf(Role.class);
          int wanted = draw.between(1, 3);
          for (int r = 0; r < wanted; r++) {
            roles.add(draw.chance(0.9) ? draw.pick(pool) : draw.pick(Role.values()));
          }
          List<Role> ordered = new ArrayList<>(roles);
          shuffle(ordered);
          stakeholder.roles(ordered);
        }
        if (draw.chance(optional)) {
          stakeholder.title(text(Vocabulary.jobTitle(draw)));
        }
        if (draw.chance(optional)) {
          stakeholder.email(first + (i + 1) + "@example.com");
        }
        Stakeholder built = stakeholder.build();
        stakeholders.add(built);
        (side == Side.BUYER ? buyers : sellers).add(built);
      }
    }

    // ---- plan-level values ----

    private Outcome outcome() {
      Outcome.Builder outcome = Outcome.builder().date(day(draw.between(14, 240)));
      if (draw.chance(optional)) {
        outcome.label(text(Vocabulary.label(draw)));
      }
      if (draw.chance(optional)) {
        outcome.leadTimeDays(draw.between(0, 30));
      }
      if (!stakeholders.isEmpty() && draw.chance(optional)) {
        outcome.setBy(draw.pick(stakeholders).id());
      }
      return outcome.build();
    }

    private Optional<CalendarSettings> calendar() {
      CalendarStyle style = draw.pick(settings.calendars);
      switch (style) {
        case EVERY_DAY:
          return Optional.empty();
        case WEEKDAYS:
          return Optional.of(CalendarSettings.builder().workingDays(WEEKDAYS).build());
        case WEEKDAYS_WITH_HOLIDAYS:
          return Optional.of(CalendarSettings.builder()
              .workingDays(WEEKDAYS)
              .holidays(holidays(Math.min(1, settings.maxHolidays)))
              .build());
        case RANDOM:
          List<DayOfWeek> days = new ArrayList<>();
          for (DayOfWeek day : DayOfWeek.values()) {
            if (draw.chance(0.6)) {
              days.add(day);
            }
          }
          if (days.isEmpty()) {
            days.add(draw.pick(DayOfWeek.values()));
          }
          shuffle(days);
          return Optional.of(CalendarSettings.builder()
              .workingDays(days)
              .holidays(holidays(0))
              .build());
        default:
          throw new IllegalStateException("unknown calendar style " + style);
      }
    }

    private List<LocalDate> holidays(int least) {
      int count = draw.between(least, settings.maxHolidays);
      Set<LocalDate> seen = new HashSet<>();
      List<LocalDate> holidays = new ArrayList<>(count);
      // Distinct dates from a span of a year and a half: a few draws may collide and are skipped.
      for (int attempt = 0; holidays.size() < count && attempt < 4 * count; attempt++) {
        LocalDate holiday = day(draw.between(-90, 450));
        if (seen.add(holiday)) {
          holidays.add(holiday);
        }
      }
      return holidays;
    }

    // ---- milestones ----

    private List<Milestone> milestones() {
      int count = draw.between(settings.minMilestones, settings.maxMilestones);
      GraphShape shape = draw.pick(settings.shapes);
      int[][] predecessors = ShapedGraph.draw(draw, shape, count, settings.edgeDensity);
      MilestoneKind[] kinds = new MilestoneKind[count];
      MilestoneId[] ids = new MilestoneId[count];
      for (int i = 0; i < count; i++) {
        kinds[i] = draw.chance(optional) ? draw.pick(KINDS) : null;
        ids[i] = MilestoneId.of((kinds[i] == null ? "step" : kinds[i].spelling()) + "-" + (i + 1));
      }
      int[] order = new int[count];
      Arrays.setAll(order, i -> i);
      if (settings.shuffled) {
        draw.shuffle(order);
      }
      List<Milestone> milestones = new ArrayList<>(count);
      for (int position = 0; position < count; position++) {
        int milestone = order[position];
        milestones.add(milestone(ids[milestone], kinds[milestone], predecessors[milestone], ids));
      }
      return milestones;
    }

    private Milestone milestone(
        MilestoneId id, MilestoneKind kind, int[] predecessors, MilestoneId[] ids) {
      Milestone.Builder milestone = Milestone.builder()
          .id(id)
          .title(text(Vocabulary.stepTitle(draw, kind)));
      if (kind != null) {
        milestone.kind(kind);
      }
      if (draw.chance(0.3 * optional)) {
        milestone.description(text(Vocabulary.goal(draw)));
      }
      if (!buyers.isEmpty() && draw.chance(optional)) {
        milestone.buyerOwner(draw.pick(buyers).id());
      }
      if (!sellers.isEmpty() && draw.chance(optional)) {
        milestone.sellerOwner(draw.pick(sellers).id());
      }
      if (draw.chance(optional)) {
        LocalDate due = day(draw.between(-45, 180));
        milestone.due(due);
        if (draw.chance(0.3 * optional)) {
          milestone.baselineDue(clamp(due, -draw.between(1, 21)));
        }
      }
      if (draw.chance(optional)) {
        milestone.durationDays(duration());
      }
      if (draw.chance(settings.estimates < 0 ? 0.4 * optional : settings.estimates)) {
        int[] points = {duration(), duration(), duration()};
        Arrays.sort(points);
        milestone.estimate(Estimate.of(points[0], points[1], points[2]));
      }
      if (draw.chance(optional)) {
        milestone.exitCriteria(text(Vocabulary.exitCriteria(draw)));
      }
      MilestoneStatus status = draw.pick(settings.statuses);
      milestone.status(status);
      if (status == MilestoneStatus.COMPLETE) {
        LocalDate completed = day(-draw.between(0, 60));
        milestone.completed(completed);
        if (draw.chance(optional)) {
          milestone.started(clamp(completed, -draw.between(0, 30)));
        }
      } else if (status == MilestoneStatus.IN_PROGRESS ? draw.chance(0.5 + 0.5 * optional)
          : draw.chance(0.05 * optional)) {
        milestone.started(day(-draw.between(0, 30)));
      }
      if (draw.chance(0.2 * optional)) {
        milestone.atRisk(true);
      }
      if (draw.chance(status == MilestoneStatus.BLOCKED ? optional : 0.2 * optional)) {
        milestone.notes(text(Vocabulary.notes(draw)));
      }
      List<Dependency> dependencies = new ArrayList<>(predecessors.length);
      for (int predecessor : predecessors) {
        dependencies.add(dependency(ids[predecessor]));
      }
      milestone.dependsOn(dependencies);
      milestone.attributes(attributes(0.2 * optional));
      return milestone.build();
    }

    private int duration() {
      return draw.between(settings.minDuration, settings.maxDuration);
    }

    private Dependency dependency(MilestoneId predecessor) {
      DependencyType type = draw.pick(settings.dependencyTypes);
      int lag;
      if (settings.minLag <= 0 && settings.maxLag >= 0 && draw.chance(0.5)) {
        lag = 0;
      } else {
        lag = draw.between(settings.minLag, settings.maxLag);
      }
      if (type == DependencyType.FINISH_TO_START && lag == 0) {
        return Dependency.on(predecessor);
      }
      return Dependency.builder().milestone(predecessor).type(type).lagDays(lag).build();
    }

    // ---- history ----

    private List<Revision> revisions() {
      if (stakeholders.isEmpty()) {
        return List.of();
      }
      int count = draw.between(settings.minRevisions, settings.maxRevisions);
      List<Revision> revisions = new ArrayList<>(count);
      int number = draw.chance(0.8) ? 1 : draw.between(1, 4);
      Instant at = instant(
          settings.anchor.minusDays(draw.between(0, 90)).atStartOfDay().toInstant(ZoneOffset.UTC),
          draw.between(0, 86_399));
      for (int i = 0; i < count; i++) {
        Revision.Builder revision = Revision.builder()
            .number(number)
            .author(draw.pick(stakeholders).id())
            .at(at);
        if (draw.chance(optional)) {
          revision.summary(text(Vocabulary.summary(draw)));
        }
        revisions.add(revision.build());
        number += draw.chance(0.9) ? 1 : draw.between(2, 4);
        // Zero seconds apart now and then: instants may repeat, they may not go backwards.
        at = instant(at, draw.chance(0.1) ? 0 : draw.between(1, 3 * 86_400));
      }
      return revisions;
    }

    private List<SignOff> signOffs(List<Revision> revisions) {
      if (revisions.isEmpty() || !draw.chance(optional)) {
        return List.of();
      }
      int count = draw.between(1, 3);
      List<SignOff> signOffs = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Revision revision = draw.pick(revisions);
        LocalDate day = revision.at().atOffset(ZoneOffset.UTC).toLocalDate();
        signOffs.add(SignOff.builder()
            .by(draw.pick(stakeholders).id())
            .revision(revision.number())
            .on(clamp(day, draw.between(0, 5)))
            .build());
      }
      return signOffs;
    }

    // ---- values ----

    private Map<String, String> attributes(double probability) {
      if (!draw.chance(probability)) {
        return Map.of();
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      int count = draw.between(1, 3);
      for (int i = 0; i < count; i++) {
        attributes.put(draw.pick(Vocabulary.ATTRIBUTE_NAMES), text("value-" + draw.between(0, 99)));
      }
      return attributes;
    }

    private String text(String plain) {
      return Vocabulary.text(draw, plain, settings.trickyText);
    }

    private LocalDate day(long offsetFromAnchor) {
      return clamp(settings.anchor, offsetFromAnchor);
    }

    private <T> void shuffle(List<T> list) {
      for (int i = list.size() - 1; i > 0; i--) {
        int j = draw.between(0, i);
        list.set(i, list.set(j, list.get(i)));
      }
    }
  }

  /** {@code date + days}, kept inside the format's range of dates. */
  private static LocalDate clamp(LocalDate date, long days) {
    long epochDay = date.toEpochDay() + days;
    long min = PlanLimits.MIN_DATE.toEpochDay();
    long max = PlanLimits.MAX_DATE.toEpochDay();
    return LocalDate.ofEpochDay(Math.max(min, Math.min(max, epochDay)));
  }

  /** {@code at + seconds}, kept inside the format's range of instants. */
  private static Instant instant(Instant at, long seconds) {
    Instant moved = at.plusSeconds(seconds);
    if (moved.isBefore(MIN_INSTANT)) {
      return MIN_INSTANT;
    }
    return moved.isAfter(MAX_INSTANT) ? MAX_INSTANT : moved;
  }

  // ---- argument checks --------------------------------------------------------------------

  private static void checkRange(String what, int min, int max, int least, int most) {
    if (min < least || max > most || min > max) {
      throw new IllegalArgumentException(what + ": need " + least + " <= min <= max <= " + most
          + ", got min " + min + " and max " + max);
    }
  }

  private static void checkProbability(String what, double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(what + " must be a probability in [0, 1], was "
          + probability);
    }
  }

  private static <T> List<T> nonEmpty(String what, T[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("give at least one of the " + what);
    }
    return List.of(values);
  }
}

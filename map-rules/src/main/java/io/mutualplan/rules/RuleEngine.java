package io.mutualplan.rules;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.rules.builtin.BuiltInRules;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.QualityRuleProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Checks mutual action plans against quality rules and reports what makes a plan a close plan in
 * disguise.
 *
 * <p>Build an engine once (built-in rules, rules passed in, rules discovered with {@link
 * ServiceLoader}, a profile and per-rule overrides), then evaluate any number of plans on any
 * number of threads:
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder()
 *     .profile(Profile.AUTO)
 *     .addRule(new ExecutiveSponsorNamed())
 *     .disable("post-sale-steps")
 *     .build();
 * QualityReport report = engine.evaluate(plan, LocalDate.parse("2026-11-22"));
 * }</pre>
 *
 * <p>Findings come in rule order: the built-in rules in the order of the rules table, then rules
 * passed to {@link Builder#addRule(QualityRule)} in the order given, then discovered rules; within
 * a rule, in milestone order (a rule that reports milestones out of order gets its whole-plan
 * findings first, then its milestone findings in order). A rule that fails (see {@link
 * QualityRule}) is replaced by one {@code rule-failed} error naming it; every other rule's
 * findings are kept.
 */
public final class RuleEngine {
  /** The rule id of the finding that takes the place of a rule that failed. */
  public static final String RULE_FAILED = RuleResolver.RULE_FAILED;

  /**
   * The deal value below which {@link Profile#AUTO} picks {@link Profile#LIGHTWEIGHT}, in the
   * plan's own currency: 15,000.
   */
  public static final BigDecimal DEFAULT_AUTO_THRESHOLD = BigDecimal.valueOf(15_000);

  private final Profile profile;
  private final BigDecimal autoThreshold;
  private final List<QualityRule> rules;
  private final ResolvedRule[] full;
  private final ResolvedRule[] lightweight;

  private RuleEngine(
      Profile profile,
      BigDecimal autoThreshold,
      List<QualityRule> rules,
      ResolvedRule[] full,
      ResolvedRule[] lightweight) {
    this.profile = profile;
    this.autoThreshold = autoThreshold;
    this.rules = rules;
    this.full = full;
    this.lightweight = lightweight;
  }

  /**
   * Starts building an engine: the built-in rules, profile {@link Profile#FULL}, no overrides.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks one plan. Thread-safe; the schedule is computed once and shared by the rules.
   *
   * @param plan the plan
   * @param asOf "today": the date overdue steps, the schedule and quiet periods are measured from
   * @return the report
   * @throws IllegalArgumentException when {@code asOf} is outside the plan format's date range
   */
  public QualityReport evaluate(MutualActionPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    checkAsOf(asOf);
    return report(new EvaluationContext(plan, asOf));
  }

  /**
   * Checks a plan already scheduled, as of the schedule's date: the rules share {@code schedule}
   * instead of scheduling the plan again. For a caller that needs both the schedule and the report
   * of a plan (a page, a portfolio row); a plan that cannot be scheduled is checked with {@link
   * #evaluate(MutualActionPlan, LocalDate)}, which reports its cycle.
   *
   * <p>The schedule must be this very plan's: what {@link Scheduler#schedule} gave for it, or that
   * schedule read back from its document (the working calendar is taken from the plan, since the
   * document does not carry it). The engine checks the plan's id but does not schedule the plan
   * again to compare: the schedule of another version of the plan, which has the same id, gives
   * a report of neither.
   *
   * @param plan the plan
   * @param schedule the plan's schedule
   * @return the report, as {@code evaluate(plan, schedule.asOf())} gives it
   * @throws IllegalArgumentException when the schedule is of another plan, or its as-of date is
   *     outside the plan format's date range
   */
  public QualityReport evaluate(MutualActionPlan plan, Schedule schedule) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(schedule, "schedule");
    if (!schedule.planId().equals(plan.id())) {
      throw new IllegalArgumentException("the schedule is of plan '" + schedule.planId()
          + "', not of plan '" + plan.id() + "'");
    }
    checkAsOf(schedule.asOf());
    return report(new EvaluationContext(plan, schedule));
  }

  private static void checkAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(PlanLimits.MIN_DATE) || asOf.isAfter(PlanLimits.MAX_DATE)) {
      throw new IllegalArgumentException("the as-of date " + asOf + " is out of range; it must be"
          + " between " + PlanLimits.MIN_DATE + " and " + PlanLimits.MAX_DATE);
    }
  }

  private QualityReport report(EvaluationContext evaluation) {
    MutualActionPlan plan = evaluation.plan();
    Profile applied = profileFor(plan);
    List<Finding> findings = evaluation.run(applied == Profile.LIGHTWEIGHT ? lightweight : full);
    return QualityReport.builder()
        .planId(plan.id())
        .asOf(evaluation.asOf())
        .profile(applied)
        .findings(findings)
        .build();
  }

  /**
   * The profile a plan is checked with: the engine's profile, or for {@link Profile#AUTO}, {@link
   * Profile#LIGHTWEIGHT} when the plan's deal value is below the threshold and {@link
   * Profile#FULL} otherwise, including when the plan has no deal value.
   *
   * @param plan a plan
   * @return {@link Profile#FULL} or {@link Profile#LIGHTWEIGHT}
   */
  public Profile profileFor(MutualActionPlan plan) {
    if (profile != Profile.AUTO) {
      return profile;
    }
    boolean small =
        plan.dealValue().isPresent() && plan.dealValue().get().amount().compareTo(autoThreshold) < 0;
    return small ? Profile.LIGHTWEIGHT : Profile.FULL;
  }

  /**
   * The profile the engine was built with; may be {@link Profile#AUTO}.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The deal value below which {@link Profile#AUTO} picks {@link Profile#LIGHTWEIGHT}.
   *
   * @return the threshold, in the plan's currency
   */
  public BigDecimal autoThreshold() {
    return autoThreshold;
  }

  /**
   * Every rule the engine knows, enabled or not, in report order.
   *
   * @return the rules
   */
  public List<QualityRule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "RuleEngine(" + profile.spelling() + ", " + rules.size() + " rules)";
  }

  /**
   * Builds a {@link RuleEngine}. Not thread-safe; the engine it builds is.
   *
   * <p>Settings apply in the order they are called: a later {@link #profile(Profile)} or {@link
   * #configure(RuleConfiguration)} replaces the profile, and a later override of a rule wins
   * where it gives a value.
   */
  public static final class Builder {
    private boolean builtInRules = true;
    private final List<QualityRule> added = new ArrayList<>();
    private final List<ClassLoader> discoverFrom = new ArrayList<>();
    private Profile profile = Profile.FULL;
    private BigDecimal autoThreshold = DEFAULT_AUTO_THRESHOLD;
    private final Map<String, RuleOverride> overrides = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Whether the built-in rules run (they do unless this is called with false).
     *
     * @param include false to run only the rules added or discovered
     * @return this builder
     */
    public Builder withBuiltInRules(boolean include) {
      this.builtInRules = include;
      return this;
    }

    /**
     * Adds a custom rule; its findings follow the built-in rules' and those of rules added
     * before it.
     *
     * @param rule the rule; stateless and thread-safe
     * @return this builder
     */
    public Builder addRule(QualityRule rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds custom rules, in order.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder addRules(Iterable<? extends QualityRule> rules) {
      for (QualityRule rule : rules) {
        addRule(rule);
      }
      return this;
    }

    /**
     * Adds the rules of every {@link QualityRuleProvider} that {@link ServiceLoader} finds through
     * the current thread's context class loader (or this library's, when there is none), when the
     * engine is built. Their findings follow those of the built-in and added rules.
     *
     * @return this builder
     */
    public Builder discoverRules() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return discoverRules(loader != null ? loader : RuleEngine.class.getClassLoader());
    }

    /**
     * Adds the rules of every {@link QualityRuleProvider} that {@link ServiceLoader} finds through
     * a class loader, when the engine is built.
     *
     * @param loader where to look for providers
     * @return this builder
     */
    public Builder discoverRules(ClassLoader loader) {
      discoverFrom.add(Objects.requireNonNull(loader, "loader"));
      return this;
    }

    /**
     * Chooses the profile: {@link Profile#FULL} (the default), {@link Profile#LIGHTWEIGHT}, or
     * {@link Profile#AUTO} to pick one per plan by deal value.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the deal value below which {@link Profile#AUTO} picks {@link Profile#LIGHTWEIGHT}.
     *
     * @param threshold the threshold, {@code >= 0}, in the plan's currency; 15,000 by default
     * @return this builder
     */
    public Builder autoThreshold(BigDecimal threshold) {
      AbstractRuleConfiguration.checkAutoThreshold(threshold);
      this.autoThreshold = threshold;
      return this;
    }

    /**
     * Applies a configuration: its profile and threshold when it has them, and its overrides on
     * top of any given before.
     *
     * @param configuration the configuration
     * @return this builder
     */
    public Builder configure(RuleConfiguration configuration) {
      configuration.profile().ifPresent(this::profile);
      configuration.autoThreshold().ifPresent(this::autoThreshold);
      configuration.rules().forEach(this::override);
      return this;
    }

    /**
     * Overrides one rule's settings. Whether the rule id and its parameters exist is checked
     * when the engine is built.
     *
     * @param ruleId the rule's id
     * @param override what to change
     * @return this builder
     */
    public Builder override(String ruleId, RuleOverride override) {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(override, "override");
      overrides.merge(ruleId, override, RuleOverride::then);
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule's id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      return override(ruleId, RuleOverride.builder().enabled(false).build());
    }

    /**
     * Loads discovered rules, checks every rule and the configuration, and builds the engine.
     *
     * @return the engine
     * @throws RuleConfigurationException listing every problem: an unknown rule id or parameter,
     *     a parameter value of the wrong type or out of range, two rules with one id, a rule
     *     provider that cannot be loaded
     */
    public RuleEngine build() {
      List<QualityRule> candidates = new ArrayList<>();
      if (builtInRules) {
        candidates.addAll(BuiltInRules.all());
      }
      candidates.addAll(added);
      List<String> problems = new ArrayList<>();
      for (ClassLoader loader : discoverFrom) {
        discover(loader, candidates, problems);
      }
      RuleResolver resolver = new RuleResolver(candidates, overrides, problems);
      boolean needsFull = profile != Profile.LIGHTWEIGHT;
      boolean needsLightweight = profile != Profile.FULL;
      ResolvedRule[] full = needsFull ? resolver.resolve(Profile.FULL) : new ResolvedRule[0];
      ResolvedRule[] lightweight =
          needsLightweight ? resolver.resolve(Profile.LIGHTWEIGHT) : new ResolvedRule[0];
      resolver.failOnProblems();
      return new RuleEngine(profile, autoThreshold, resolver.rules(), full, lightweight);
    }

    private static void discover(
        ClassLoader loader, List<QualityRule> candidates, List<String> problems) {
      try {
        for (QualityRuleProvider provider : ServiceLoader.load(QualityRuleProvider.class, loader)) {
          String name = provider.getClass().getName();
          try {
            List<QualityRule> rules = provider.rules();
            if (rules == null) {
              problems.add("rule provider " + name + " returned null instead of a list of rules");
              continue;
            }
            for (QualityRule rule : rules) {
              if (rule == null) {
                problems.add("rule provider " + name + " returned a null rule");
              } else {
                candidates.add(rule);
              }
            }
          } catch (RuntimeException e) {
            problems.add("rule provider " + name + " failed to list its rules: " + e);
          }
        }
      } catch (ServiceConfigurationError e) {
        problems.add("a rule provider could not be loaded: " + e.getMessage());
      }
    }
  }
}

package io.mutualplan.testkit;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.Profile;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.opentest4j.AssertionFailedError;

/**
 * A fluent harness for testing a custom {@link QualityRule}: given a plan, expect exactly these
 * findings, and fail listing the difference.
 *
 * <pre>{@code
 * RuleTester.forRule(new SecurityReviewPlanned())
 *     .withParameter("minDealValue", new BigDecimal("50000"))
 *     .givenFixture("acme-go-live", plan -> plan.milestones(List.of()))
 *     .expectFinding(Severity.ERROR)
 *         .withMessageContaining("security review")
 *     .verify();
 * }</pre>
 *
 * <p>The rule runs alone in a {@link RuleEngine} (no built-in rules, profile {@code full} unless
 * {@link #profile} says otherwise, the parameters given here), exactly as it would among the
 * others. Each {@code expectFinding}
 * starts an expected finding; {@code atMilestone}, {@code at}, {@code withMessageContaining} and
 * {@code withHintContaining} narrow the one started last. {@link #verify()} then requires a
 * one-to-one match between the expected findings and the findings reported, in any order; a
 * finding reported but not expected fails the test, as does a rule that throws (its {@code
 * rule-failed} finding is unexpected). The as-of date is 2027-01-04 unless {@link #asOf} says
 * otherwise.
 *
 * <p>A tester is a mutable builder for one test; it is not thread-safe.
 */
public final class RuleTester {
  private final QualityRule rule;
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final List<Expected> expected = new ArrayList<>();
  private LocalDate asOf = ValidPlanGenerator.DEFAULT_ANCHOR;
  private Profile profile = Profile.FULL;
  private MutualActionPlan plan;
  private boolean expectNone;

  private RuleTester(QualityRule rule) {
    this.rule = rule;
  }

  /**
   * A tester for one rule.
   *
   * @param rule the rule under test
   * @return the tester
   */
  public static RuleTester forRule(QualityRule rule) {
    return new RuleTester(rule);
  }

  /**
   * Sets one of the rule's parameters, as a configuration would.
   *
   * @param name the parameter's name, as the rule declares it
   * @param value its value (a number, a {@code BigDecimal}, a list of words, ...)
   * @return this tester
   */
  public RuleTester withParameter(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  /**
   * The as-of date of the evaluation.
   *
   * @param asOf the date; 2027-01-04 by default
   * @return this tester
   */
  public RuleTester asOf(LocalDate asOf) {
    this.asOf = asOf;
    return this;
  }

  /**
   * The profile of the evaluation: {@link Profile#LIGHTWEIGHT} applies what the rule's {@link
   * QualityRule#lightweight()} changes, under the parameters given here.
   *
   * @param profile the profile; {@link Profile#FULL} by default
   * @return this tester
   */
  public RuleTester profile(Profile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    return this;
  }

  /**
   * The plan to check.
   *
   * @param plan the plan
   * @return this tester
   */
  public RuleTester given(MutualActionPlan plan) {
    this.plan = plan;
    return this;
  }

  /**
   * One of the example plans (see {@link Fixtures}), as it is.
   *
   * @param name the example's name, e.g. {@code acme-go-live}
   * @return this tester
   */
  public RuleTester givenFixture(String name) {
    return given(Fixtures.plan(name));
  }

  /**
   * One of the example plans, changed through a builder that starts from it.
   *
   * <pre>{@code
   * tester.givenFixture("acme-go-live", plan -> plan.outcome(Optional.empty()))
   * }</pre>
   *
   * @param name the example's name, e.g. {@code acme-go-live}
   * @param tweak changes to the example, on a builder filled from it; the plan is built (and
   *     validated) after the tweak
   * @return this tester
   */
  public RuleTester givenFixture(String name, Consumer<MutualActionPlan.Builder> tweak) {
    MutualActionPlan.Builder builder = MutualActionPlan.builder().from(Fixtures.plan(name));
    tweak.accept(builder);
    return given(builder.build());
  }

  /**
   * Expects one finding of this severity; the calls that follow narrow it down.
   *
   * @param severity the finding's severity
   * @return this tester
   */
  public RuleTester expectFinding(Severity severity) {
    if (expectNone) {
      throw new IllegalStateException("expectNoFindings() was already called; a test expects"
          + " findings or none, not both");
    }
    expected.add(new Expected(severity));
    return this;
  }

  /**
   * The finding started last concerns this milestone.
   *
   * @param milestoneId the milestone's id
   * @return this tester
   */
  public RuleTester atMilestone(String milestoneId) {
    last("atMilestone").milestone = Optional.of(MilestoneId.of(milestoneId));
    return this;
  }

  /**
   * The finding started last points at this place in the plan document.
   *
   * @param path a JSON Pointer, e.g. {@code /milestones/2/exitCriteria}
   * @return this tester
   */
  public RuleTester at(String path) {
    last("at").path = Optional.of(path);
    return this;
  }

  /**
   * The message of the finding started last contains this text (call again for more parts).
   *
   * @param part text the message must contain
   * @return this tester
   */
  public RuleTester withMessageContaining(String part) {
    last("withMessageContaining").messageParts.add(part);
    return this;
  }

  /**
   * The hint of the finding started last contains this text (call again for more parts).
   *
   * @param part text the hint must contain
   * @return this tester
   */
  public RuleTester withHintContaining(String part) {
    last("withHintContaining").hintParts.add(part);
    return this;
  }

  /**
   * Expects the rule to report nothing on the plan.
   *
   * @return this tester
   */
  public RuleTester expectNoFindings() {
    if (!expected.isEmpty()) {
      throw new IllegalStateException("findings are already expected; a test expects findings or"
          + " none, not both");
    }
    expectNone = true;
    return this;
  }

  /**
   * Runs the rule and compares.
   *
   * @throws AssertionFailedError listing the findings expected but not reported, those reported
   *     but not expected, and every finding reported
   * @throws IllegalStateException when no plan was given, or nothing was expected
   */
  public void verify() {
    if (plan == null) {
      throw new IllegalStateException("give the plan to check: given(plan) or givenFixture(name)");
    }
    if (expected.isEmpty() && !expectNone) {
      throw new IllegalStateException(
          "say what to expect: expectFinding(severity)... or expectNoFindings()");
    }
    RuleOverride.Builder override = RuleOverride.builder();
    parameters.forEach(override::putParameter);
    RuleEngine engine = RuleEngine.builder()
        .withBuiltInRules(false)
        .addRule(rule)
        .profile(profile)
        .override(rule.id(), override.build())
        .build();
    List<Finding> reported = engine.evaluate(plan, asOf).findings();
    int[] findingOwner = match(reported);
    boolean[] matched = new boolean[expected.size()];
    List<Finding> unexpected = new ArrayList<>();
    for (int f = 0; f < reported.size(); f++) {
      if (findingOwner[f] < 0) {
        unexpected.add(reported.get(f));
      } else {
        matched[findingOwner[f]] = true;
      }
    }
    List<Expected> missing = new ArrayList<>();
    for (int e = 0; e < expected.size(); e++) {
      if (!matched[e]) {
        missing.add(expected.get(e));
      }
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder()
        .append("Rule ").append(rule.id()).append(" on plan ").append(plan.id())
        .append(" as of ").append(asOf).append(" did not report what was expected.\n");
    if (!missing.isEmpty()) {
      message.append("  Expected but not reported:\n");
      missing.forEach(e -> message.append("    - ").append(e).append('\n'));
    }
    if (!unexpected.isEmpty()) {
      message.append("  Reported but not expected:\n");
      unexpected.forEach(f -> message.append("    - ").append(describe(f)).append('\n'));
    }
    message.append("  Every finding reported:").append(reported.isEmpty() ? " none\n" : "\n");
    for (int f = 0; f < reported.size(); f++) {
      message.append("    ").append(f + 1).append(". ").append(describe(reported.get(f)))
          .append('\n');
    }
    List<String> expectedText = new ArrayList<>();
    expected.forEach(e -> expectedText.add(e.toString()));
    List<String> reportedText = new ArrayList<>();
    reported.forEach(f -> reportedText.add(describe(f)));
    throw new AssertionFailedError(message.toString().stripTrailing(),
        String.join("\n", expectedText), String.join("\n", reportedText));
  }

  /**
   * A maximum matching of expected findings to reported ones (Kuhn's augmenting paths), so that a
   * loose expectation never takes the only finding a stricter one could match.
   *
   * @return for each reported finding, the index of the expected finding it matches, or -1
   */
  private int[] match(List<Finding> reported) {
    int[] findingOwner = new int[reported.size()];
    Arrays.fill(findingOwner, -1);
    for (int e = 0; e < expected.size(); e++) {
      augment(e, reported, findingOwner, new boolean[reported.size()]);
    }
    return findingOwner;
  }

  /** Recursion depth is bounded by the number of expected findings a test writes down. */
  private boolean augment(int e, List<Finding> reported, int[] findingOwner, boolean[] seen) {
    for (int f = 0; f < reported.size(); f++) {
      if (seen[f] || !expected.get(e).matches(reported.get(f))) {
        continue;
      }
      seen[f] = true;
      if (findingOwner[f] < 0 || augment(findingOwner[f], reported, findingOwner, seen)) {
        findingOwner[f] = e;
        return true;
      }
    }
    return false;
  }

  private Expected last(String method) {
    if (expected.isEmpty()) {
      throw new IllegalStateException(method + "(...) narrows a finding: call expectFinding("
          + "severity) first");
    }
    return expected.get(expected.size() - 1);
  }

  private static String describe(Finding finding) {
    StringBuilder text = new StringBuilder()
        .append(finding.severity().name()).append(' ').append(finding.ruleId());
    finding.path().ifPresent(p -> text.append(" at ").append(p));
    finding.milestone().ifPresent(m -> text.append(" (milestone ").append(m).append(')'));
    return text.append(": \"").append(finding.message()).append("\" hint: \"")
        .append(finding.hint()).append('"').toString();
  }

  /** One expected finding, as far as the test narrowed it down. */
  private final class Expected {
    final Severity severity;
    Optional<MilestoneId> milestone = Optional.empty();
    Optional<String> path = Optional.empty();
    final List<String> messageParts = new ArrayList<>();
    final List<String> hintParts = new ArrayList<>();

    Expected(Severity severity) {
      this.severity = severity;
    }

    boolean matches(Finding finding) {
      return finding.ruleId().equals(rule.id())
          && finding.severity() == severity
          && (milestone.isEmpty() || milestone.equals(finding.milestone()))
          && (path.isEmpty() || path.equals(finding.path()))
          && messageParts.stream().allMatch(finding.message()::contains)
          && hintParts.stream().allMatch(finding.hint()::contains);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(severity.name()).append(' ').append(rule.id());
      path.ifPresent(p -> text.append(" at ").append(p));
      milestone.ifPresent(m -> text.append(" (milestone ").append(m).append(')'));
      messageParts.forEach(p -> text.append(", message containing \"").append(p).append('"'));
      hintParts.forEach(p -> text.append(", hint containing \"").append(p).append('"'));
      return text.toString();
    }
  }
}

/**
 * MAP testkit: seeded plan generators, a shrinker, fixtures, a JUnit property runner, a
 * rule-testing harness and ArchUnit rules, for testing code built on MAP.
 *
 * <p>The generators take a {@link java.util.random.RandomGenerator} and depend on no
 * property-testing engine. JUnit and ArchUnit are optional: the generators, the shrinker and the
 * fixtures run without them; {@code @PlanProperty}, {@code PlanProperties} and {@code RuleTester}
 * need JUnit's API, and {@code QualityRuleConventions} needs ArchUnit, which the tests that use
 * them have anyway.
 */
module io.mutualplan.testkit {
  requires transitive io.mutualplan.core;
  requires transitive io.mutualplan.rules;
  requires io.mutualplan.json;
  requires com.fasterxml.jackson.databind;
  // Optional, and not transitive: a module that requires this one would then need them to
  // compile. A test module that uses @PlanProperty, PlanProperties or RuleTester requires JUnit's
  // API itself, and one that uses QualityRuleConventions requires ArchUnit.
  requires static org.junit.jupiter.api;
  requires static org.junit.platform.commons;
  requires static com.tngtech.archunit;

  exports io.mutualplan.testkit;
  exports io.mutualplan.testkit.archunit;

  // JUnit instantiates the @PlanProperty extension, which is not API, reflectively.
  opens io.mutualplan.testkit to org.junit.platform.commons;
}
